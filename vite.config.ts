import {defineConfig} from 'vite';

// `npm start` serves index.html (the demo page); `npm run build` (scripts/build.mjs) builds the
// library with its own settings.
export default defineConfig({
  server: {host: '127.0.0.1', port: 5173},
});
