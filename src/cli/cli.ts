/**
 * The `article-elements` command (bin/article-elements.js runs the build of this file):
 *
 *     article-elements import page.md > article.json
 *     article-elements --help | --version
 *
 * This module only dispatches: each subcommand lives in its own module, listed in commands.ts.
 */
import {COMMANDS} from './commands.js';
import {commandError, PROGRAM} from './diagnostics.js';
import type {CliIo} from './io.js';
import {packageVersion} from './version.js';

export {nodeIo, type CliIo} from './io.js';

function usage(): string {
  const commands = Object.entries(COMMANDS).map(([name, c]) => [
    `${name} ${c.synopsis}`,
    c.summary,
  ]);
  const options = [
    ['-h, --help', `Show this help ("${PROGRAM} <command> --help" for a command's)`],
    ['-v, --version', 'Show the version'],
  ];
  const width = Math.max(...[...commands, ...options].map(([label]) => label.length));
  const rows = (list: string[][]) =>
    list.map(([label, text]) => `  ${label.padEnd(width)}   ${text}`).join('\n');
  return `Usage: ${PROGRAM} <command> [options]

Commands:
${rows(commands)}

Options:
${rows(options)}

Example:
  ${PROGRAM} import page.md > article.json
`;
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    io.stdout(usage());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const what = first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`;
    io.stderr(`${PROGRAM}: ${what}\nSee "${PROGRAM} --help".\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (error) {
    // A bug, not bad input: say so plainly, with the stack for the report.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(commandError(first, `internal error: ${detail}`));
    // Apart from 1 (bad input): sysexits' EX_SOFTWARE.
    return 70;
  }
}
