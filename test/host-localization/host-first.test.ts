import {configureHost, describeBothLocalizations} from './shared.js';

describeBothLocalizations('configured before the library loads', async () => {
  const host = configureHost();
  const library = await import('../../dist/index.js');
  return {host, library};
});
