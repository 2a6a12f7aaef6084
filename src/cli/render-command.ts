/// <reference types="node" />
import {describeIssue} from '../import/describe-issue.js';
import type {Issue} from '../model/issues.js';
import {answerUsage, parseCommandLine} from './command-line.js';
import {PROGRAM} from './diagnostics.js';
import {readInput, type CliIo} from './io.js';

export const USAGE = `Usage: ${PROGRAM} render [options] <file>

Renders article JSON to HTML on standard output: by default a whole page (<html lang>,
<title>, <meta name="description">, schema.org Article JSON-LD) whose text shows without
JavaScript. "-" reads standard input.

Options:
  --fragment             Print only <article-view> (Declarative Shadow DOM) and the JSON-LD
  --locale <tag>         UI language for labels and dates (default: the article's lang, else en)
  --toc                  Include the contents
  --theme <light|dark>   Force a color theme
  --link-target <name>   Where related links open, e.g. _blank (links that leave the site get
                         rel="noopener noreferrer")
  --script <url>         Add a module script to the page, e.g. the hydrating bundle (repeatable)
  --stylesheet <url>     Link a stylesheet (repeatable)
  -h, --help             Show this help

Exit status: 0 rendered, 1 the article has an error (the HTML still shows it), 2 bad usage.
`;

interface RenderArgs {
  file: string;
  fragment: boolean;
  locale?: string;
  toc: boolean;
  theme?: 'light' | 'dark';
  linkTarget?: string;
  scripts: string[];
  stylesheets: string[];
}

function parse(args: string[]): RenderArgs | 'help' | string {
  const parsed = parseCommandLine(
    args,
    {
      fragment: {type: 'boolean'},
      locale: {type: 'string'},
      toc: {type: 'boolean'},
      theme: {type: 'string'},
      'link-target': {type: 'string'},
      script: {type: 'string', multiple: true},
      stylesheet: {type: 'string', multiple: true},
    },
    'expected one article JSON file (or "-" for standard input)',
  );
  if (typeof parsed === 'string') return parsed;
  const {values, file} = parsed;
  const theme = values.theme;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') {
    return `unknown theme "${theme}": use light or dark`;
  }
  return {
    file,
    fragment: values.fragment ?? false,
    ...(values.locale !== undefined ? {locale: values.locale} : {}),
    toc: values.toc ?? false,
    ...(theme !== undefined ? {theme} : {}),
    ...(values['link-target'] !== undefined ? {linkTarget: values['link-target']} : {}),
    scripts: values.script ?? [],
    stylesheets: values.stylesheet ?? [],
  };
}

/** `file:line:col: error: …` for JSON syntax, `file: error: path: …` for the rest. */
function describeError(name: string, issue: Issue): string {
  if (issue.line === undefined) return `${name}: error: ${describeIssue(issue)}\n`;
  // The place is said once, in front: not again in the message.
  const {code, path} = issue;
  return `${name}:${issue.line}:${issue.column ?? 1}: error: ${describeIssue({code, path})}\n`;
}

/** `article-elements render <file>`: server-renders the article (article-elements/ssr). */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') return answerUsage(io, 'render', USAGE, parsed);
  const input = await readInput(io, 'render', parsed.file);
  if (input === undefined) return 1;
  const {name, text} = input;
  // Loaded here, so `import` never pays for Lit and the renderer.
  const {renderArticlePage} = await import('../ssr/index.js');
  const options = {
    toc: parsed.toc,
    ...(parsed.locale !== undefined ? {locale: parsed.locale} : {}),
    ...(parsed.theme !== undefined ? {theme: parsed.theme} : {}),
    ...(parsed.linkTarget !== undefined ? {linkTarget: parsed.linkTarget} : {}),
    scripts: parsed.scripts,
    stylesheets: parsed.stylesheets,
  };
  const rendered = await renderArticlePage(text, options);
  for (const warning of rendered.warnings) {
    io.stderr(`${name}: warning: ${describeIssue(warning)}\n`);
  }
  io.stdout(parsed.fragment ? `${rendered.html}\n${rendered.jsonLd}\n` : rendered.page);
  if (rendered.error) {
    io.stderr(describeError(name, rendered.error));
    return 1;
  }
  return 0;
}
