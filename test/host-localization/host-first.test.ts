import {configureHost, describeBothLocalizations, loadLibrary} from './shared.js';

describeBothLocalizations('configured before the library loads', async () => {
  const host = configureHost();
  const library = await loadLibrary();
  return {host, library};
});
