import {configureHost, describeBothLocalizations, loadLibrary} from './shared.js';

describeBothLocalizations('configured after the library loads', async () => {
  const library = await loadLibrary();
  const host = configureHost();
  return {host, library};
});
