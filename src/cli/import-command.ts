/// <reference types="node" />
import {isValidTimeZone} from '../model/dates.js';
import {answerUsage, parseCommandLine} from './command-line.js';
import {diagnostic, PROGRAM} from './diagnostics.js';
import {formatOf, IMPORTERS, type ImporterOptions, type InputFormat} from './importers.js';
import {readInput, type CliIo} from './io.js';

export const USAGE = `Usage: ${PROGRAM} import [options] <file>

Converts an article to article JSON, printed to standard output (2-space indent).
The format follows the extension: .md and .markdown are Markdown, .txt the plain-text
format of the seed article. "-" reads standard input (Markdown unless --format says).
Warnings and errors go to standard error as "file:line:column: warning: …".

Options:
  --format <md|txt>    Read the input as this format, whatever its extension
  --time-zone <zone>   IANA time zone when the input names none (plain text: Asia/Shanghai)
  --lang <tag>         Content language when the input names none
  -h, --help           Show this help

Exit status: 0 converted (maybe with warnings), 1 the input has an error, 2 bad usage.
`;

interface ImportArgs {
  file: string;
  format: InputFormat;
  options: ImporterOptions;
}

/** The command line, or the message saying what is wrong with it. */
function parse(args: string[]): ImportArgs | 'help' | string {
  const parsed = parseCommandLine(
    args,
    {format: {type: 'string'}, 'time-zone': {type: 'string'}, lang: {type: 'string'}},
    'expected one file to import (or "-" for standard input)',
  );
  if (typeof parsed === 'string') return parsed;
  const {values, file} = parsed;
  const format = values.format ?? formatOf(file);
  if (format === undefined) return `cannot tell the format of "${file}": use --format md or txt`;
  if (format !== 'md' && format !== 'txt') return `unknown format "${format}": use md or txt`;
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    return `unknown time zone "${timeZone}": use an IANA name such as Asia/Shanghai`;
  }
  const lang = values.lang;
  if (lang !== undefined) {
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      return `"${lang}" is not a language tag: use one such as zh-Hans or en`;
    }
  }
  const options: ImporterOptions = {
    ...(timeZone !== undefined ? {timeZone} : {}),
    ...(lang !== undefined ? {lang} : {}),
  };
  return {file, format, options};
}

/** `article-elements import <file>`: converts, prints the JSON, reports problems by line. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') return answerUsage(io, 'import', USAGE, parsed);
  const {file, format, options} = parsed;
  const input = await readInput(io, 'import', file);
  if (input === undefined) return 1;
  const {name, text} = input;
  const result = IMPORTERS[format](text, options);
  for (const warning of result.warnings) io.stderr(diagnostic(name, 'warning', warning));
  if (!result.ok) {
    io.stderr(diagnostic(name, 'error', result.error));
    return 1;
  }
  io.stdout(JSON.stringify(result.article, null, 2) + '\n');
  return 0;
}
