import {parseArgs, type ParseArgsConfig} from 'node:util';
import {commandError, PROGRAM} from './diagnostics.js';
import type {CliIo} from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = {help: {type: 'boolean', short: 'h'}} as const;

/** The values `parseArgs` gives for `options` and help. */
type Values<T extends Options> = ReturnType<
  typeof parseArgs<{args: string[]; allowPositionals: true; strict: true; options: T & typeof HELP}>
>['values'];

/**
 * A subcommand's command line: its `options` (and -h/--help) and one input file. Returns the
 * values and the file, `'help'`, or the message saying what is wrong (`oneFile` when there is not
 * exactly one file).
 */
export function parseCommandLine<const T extends Options>(
  args: string[],
  options: T,
  oneFile: string,
): {values: Values<T>; file: string} | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {...options, ...HELP} as T & typeof HELP,
    });
  } catch (error) {
    return (error as Error).message;
  }
  const {values, positionals} = parsed;
  // Generic here, so TypeScript cannot see the help flag the options always include.
  if ((values as {help?: boolean}).help) return 'help';
  if (positionals.length !== 1) return oneFile;
  return {values, file: positionals[0]};
}

/**
 * Answers a command line that `parseCommandLine` did not accept: prints `usage` for `'help'`
 * (exit 0), else the message with a pointer to the help (exit 2, bad usage).
 */
export function answerUsage(io: CliIo, command: string, usage: string, answer: string): number {
  if (answer === 'help') {
    io.stdout(usage);
    return 0;
  }
  io.stderr(commandError(command, `${answer}\nSee "${PROGRAM} ${command} --help".`));
  return 2;
}
