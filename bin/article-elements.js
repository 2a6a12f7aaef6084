#!/usr/bin/env node
// The `article-elements` command. Its code is src/cli/, built into dist/cli/ by `npm run build`.
import process from 'node:process';

let cli;
try {
  cli = await import('../dist/cli/cli.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/cli.js')) {
    process.stderr.write('article-elements: dist/cli/cli.js is missing; run "npm run build".\n');
    process.exit(1);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo());
