import {configureHost, describeBothLocalizations} from './shared.js';

describeBothLocalizations('configured after the library loads', async () => {
  const library = await import('../../dist/index.js');
  const host = configureHost();
  return {host, library};
});
