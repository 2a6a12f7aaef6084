/**
 * Server rendering of `<article-view>` through @lit-labs/ssr: the article's text is in the HTML,
 * inside Declarative Shadow DOM, before any script runs; the element hydrates on the client
 * from the same `article` attribute without re-creating the DOM.
 */
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {msg, str} from '@lit/localize';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../article-view.js';
import {provideIssueMessages} from '../elements/shared/issue-messages-loader.js';
import {issueMessages} from '../elements/shared/issue-messages.js';
import {getLocale, resolveLocale, setLocale, type SupportedLocale} from '../localization.js';
import type {ArticleModel} from '../model/article-model.js';
import type {Issue} from '../model/issues.js';
import {articleJsonLd, jsonLdScriptText} from '../model/json-ld.js';
import {LIMITS, parseArticle} from '../model/parse.js';

export interface RenderArticleOptions {
  /** The UI locale (labels, date format): any tag. Default: the article's `lang`, else `en`. */
  locale?: string;
  /** Render the contents (`<article-view toc>`). */
  toc?: boolean;
  /** Force a color theme. */
  theme?: 'light' | 'dark';
  /** `<article-view link-target>`, e.g. `_blank`. */
  linkTarget?: string;
}

export interface RenderedArticle {
  /** The validated article, or undefined when the data is invalid. */
  article?: ArticleModel;
  /** The first problem, when the data is invalid (the HTML then holds the element's alert). */
  error?: Issue;
  warnings: Issue[];
  /** The UI locale the HTML was rendered in. */
  locale: SupportedLocale;
  /** `<article-view article="…">` with its shadow tree as Declarative Shadow DOM. */
  html: string;
  /** `<script type="application/ld+json">` with schema.org `Article` data; empty when invalid. */
  jsonLd: string;
  /**
   * CSP sources (`'sha256-…'`) for the inline `<style>` elements of the shadow roots in `html`:
   * add them to `style-src` on a page with a strict policy. They are the elements' own CSS, the
   * same for every article of a build.
   */
  styleHashes: string[];
}

// Rendering is synchronous here: the problem messages, which browsers load on demand, are
// provided up front.
provideIssueMessages(issueMessages({msg, str, getLocale}));

/** Lit escapes every `<` in data, so each `<style>` here is an element's own. */
const STYLE_ELEMENT = /<style>([^<]*)<\/style>/g;

async function styleHashes(html: string): Promise<string[]> {
  const styles = new Set(Array.from(html.matchAll(STYLE_ELEMENT), (match) => match[1]));
  const hashes = [];
  for (const css of styles) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    hashes.push(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  }
  return hashes;
}

// @lit-labs/ssr writes both the standard `shadowrootmode` and the legacy `shadowroot` attribute,
// which no browser needs any more and the HTML checker rejects. Data cannot produce this exact
// text: Lit escapes every `<` in it.
const LEGACY_SHADOWROOT = /<template shadowroot="(open|closed)" shadowrootmode="\1"/g;

/**
 * The `article` attribute for `input`: JSON text, compacted when valid (invalid text goes as given,
 * to show the same error on both sides). Data that cannot become JSON (a cycle, a BigInt, a
 * getter that throws, nesting deeper than the stack) gives empty text: an error, not a throw.
 */
function attributeText(input: unknown): string {
  if (typeof input === 'string') {
    // Over the limit, the parse refuses it at once; no need to copy it into the page.
    if (input.length > LIMITS.inputLength) return input.slice(0, LIMITS.inputLength + 1);
    try {
      return JSON.stringify(JSON.parse(input));
    } catch {
      return input;
    }
  }
  try {
    return JSON.stringify(input) ?? '';
  } catch {
    return '';
  }
}

/** The locale is page-wide state: renders run one at a time, each in its own locale. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * @lit/localize announces a locale switch with an event on `window`, which Node lacks: lend it
 * an EventTarget for the switch only (while it loads, other code in the process can see it).
 */
async function switchLocale(locale: SupportedLocale): Promise<void> {
  const global = globalThis as {window?: unknown};
  if (global.window !== undefined) return setLocale(locale);
  global.window = new EventTarget();
  try {
    await setLocale(locale);
  } finally {
    delete global.window;
  }
}

async function inLocale<T>(locale: SupportedLocale, work: () => T): Promise<T> {
  const run = async () => {
    await switchLocale(locale);
    // The switch has happened; render synchronously before anything else can switch it.
    if (getLocale() !== locale) throw new Error(`locale ${locale} did not load`);
    return work();
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Renders an article (an object, or its JSON text) to HTML. Never throws for bad data: the
 * result then has `error`, and `html` shows the element's localized alert.
 */
export async function renderArticle(
  input: unknown,
  options: RenderArticleOptions = {},
): Promise<RenderedArticle> {
  // The attribute carries the data to the client, which hydrates from it. What is reported and
  // rendered here is the parse of that very text, so server and client always agree.
  const json = attributeText(input);
  const parsed = parseArticle(json);
  const article = parsed.ok ? parsed.value : undefined;
  const locale = resolveLocale(options.locale ?? article?.lang);
  const template = html`<article-view
    article=${json}
    ?toc=${options.toc === true}
    theme=${ifDefined(options.theme)}
    link-target=${ifDefined(options.linkTarget)}
  ></article-view>`;
  const rendered = await inLocale(locale, () => collectResultSync(render(template)));
  const markup = rendered.replace(LEGACY_SHADOWROOT, '<template shadowrootmode="$1"');
  return {
    ...(article ? {article} : {}),
    ...(parsed.ok ? {} : {error: parsed.error}),
    warnings: parsed.warnings,
    locale,
    html: markup,
    styleHashes: await styleHashes(markup),
    jsonLd: article
      ? `<script type="application/ld+json">${jsonLdScriptText(articleJsonLd(article))}</script>`
      : '',
  };
}
