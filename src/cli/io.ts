/// <reference types="node" />
// (tsconfig.build.json emits declarations with "types": [], which would hide Node's.)
import {readFile} from 'node:fs/promises';
import process from 'node:process';

/** What a command may do to the world: all of it goes through here, so commands stay testable. */
export interface CliIo {
  /** Writes to standard output, as is. */
  stdout(text: string): void;
  /** Writes to standard error, as is. */
  stderr(text: string): void;
  /** A file's text, decoded as UTF-8. */
  readFile(path: string): Promise<string>;
  /** All of standard input, decoded as UTF-8. */
  readStdin(): Promise<string>;
}

/** The real process: its streams and the file system. */
export function nodeIo(): CliIo {
  // A closed pipe (`article-elements import a.md | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}
