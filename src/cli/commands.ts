import type {CliIo} from './io.js';

/** A subcommand's module: `run` gets the arguments after the command's name; returns the exit code. */
export interface CommandModule {
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CommandEntry {
  /** `<file>`-style arguments, for the help's command list. */
  synopsis: string;
  summary: string;
  /** Loaded only when the command runs, so one command's dependencies never slow another. */
  load(): Promise<CommandModule>;
}

/** Every subcommand. Adding one: write `src/cli/<name>-command.ts` exporting `run`, list it here. */
export const COMMANDS: Record<string, CommandEntry> = {
  import: {
    synopsis: '<file>',
    summary: 'Convert Markdown (.md) or plain text (.txt) to article JSON',
    load: () => import('./import-command.js'),
  },
  render: {
    synopsis: '<file>',
    summary: 'Render article JSON to an HTML page that shows without JavaScript',
    load: () => import('./render-command.js'),
  },
};
