import {defineConfig} from 'vite';

// `npm start` serves index.html (the demo); `npm run build` (scripts/build.mjs) builds the library.
export default defineConfig({
  server: {host: '127.0.0.1', port: 5173},
  esbuild: {target: 'es2022'},
});
