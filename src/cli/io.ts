/// <reference types="node" />
// (tsconfig.build.json emits declarations with "types": [], which would hide Node's.)
import {readFile} from 'node:fs/promises';
import process from 'node:process';
import {commandError} from './diagnostics.js';

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

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
};

/**
 * A command's input: the file's text, or standard input's for `-`, with the name to use in
 * messages (`<stdin>`). When it cannot be read, says why on standard error and returns undefined.
 */
export async function readInput(
  io: CliIo,
  command: string,
  file: string,
): Promise<{name: string; text: string} | undefined> {
  const name = file === '-' ? '<stdin>' : file;
  try {
    const text = file === '-' ? await io.readStdin() : await io.readFile(file);
    // A byte order mark belongs to the encoding, not the text (as TextDecoder drops it for fetch).
    return {name, text: text.replace(/^\uFEFF/, '')};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? (error as Error).message;
    io.stderr(commandError(command, `cannot read ${name}: ${reason}`));
    return undefined;
  }
}
