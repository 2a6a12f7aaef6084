// `npx vite examples/react` reads this file (Vite looks for its config in the folder it serves).
// JSX needs no plugin: Vite 8 compiles .jsx with React's automatic runtime.
import {defineConfig} from 'vite';

export default defineConfig({
  server: {host: '127.0.0.1'},
  // A dependency cache of its own, so this example and `npm start` do not re-bundle each other's.
  cacheDir: '../../node_modules/.vite-example-react',
});
