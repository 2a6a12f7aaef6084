import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {getLocale} from '../../localization.js';
import type {Article} from '../../model/article.js';
import type {ArticleModel} from '../../model/article-model.js';
import {formatArticleDate, type ArticleDate} from '../../model/dates.js';
import {numberingStyleFor, type NumberingStyle} from '../../model/numbering.js';
import {articleOutline, type OutlineEntry} from '../../model/outline.js';
import {validateArticle, type ParseResult} from '../../model/validate.js';
// <article-view> renders <related-links> and <article-toc>: make sure they are defined wherever
// this class is used.
import '../../article-toc.js';
import '../../back-to-top.js';
import '../../related-links.js';
import type {BackToTop} from '../back-to-top/back-to-top.js';
import {ValidatedLinks} from '../related-links/related-links.js';
import {ArticleElement, takesOverServerDom} from '../shared/article-element.js';
import {headingLevel, renderHeading} from '../shared/heading.js';
import {tokenStyles} from '../shared/tokens.styles.js';
import {articleBlocks} from './article-blocks.js';
import {articleViewStyles} from './article-view.styles.js';

/** How section headings are numbered. */
export type Numbering = 'auto' | 'none';

/**
 * A complete article from JSON: title, localized publish time, author, reading time, numbered
 * sections with permalinks, optional contents, related links and a "back to top" control, in the
 * active locale (en or zh-Hans). Opening the page at `#section-id` (or following such a link)
 * scrolls that section into view inside the shadow root and moves focus to its heading.
 *
 * @summary Renders an article from JSON, localized, as semantic HTML.
 * @tag article-view
 *
 * @event article-render - The article was rendered from new data.
 * @event article-error - `article` could not be parsed or validated; the element shows an alert. `detail: {message, path, code}`.
 * @event article-warning - Part of the data was skipped (unknown block type, unsafe URL, unknown field). `detail: {message, path, code}`.
 *
 * @csspart article - The `<article>` element.
 * @csspart header - The header: title, meta line and summary.
 * @csspart title - The title heading.
 * @csspart meta - The line with dates, author and reading time.
 * @csspart published - The publish time (`<time>`).
 * @csspart updated - The update time (`<time>`).
 * @csspart author - The author.
 * @csspart reading-time - The estimated reading time.
 * @csspart summary - The summary paragraph.
 * @csspart body - The container of the article's blocks.
 * @csspart section - Each `<section>`.
 * @csspart heading - Each section heading.
 * @csspart number - The number in front of a section heading.
 * @csspart permalink - The link to a section, shown on hover or focus of its heading.
 * @csspart toc - The contents (`<article-toc>`), with the `toc` attribute.
 * @csspart paragraph - Each paragraph.
 * @csspart list - Each list.
 * @csspart quote - Each quote (`<figure>`).
 * @csspart related - The inner `<related-links>`.
 * @csspart related-base - The inner list's `<section>`.
 * @csspart related-heading - The inner list's heading.
 * @csspart related-list - The inner list's `<ul>`.
 * @csspart related-item - Each item of the inner list.
 * @csspart related-link - Each link of the inner list.
 * @csspart related-text - Each inner list item without a link.
 * @csspart related-show-more - The inner list's "Show N more" button (not shown: no limit).
 * @csspart footer - The footer holding "back to top".
 * @csspart back-to-top - The closing `<back-to-top>`.
 * @csspart back-to-top-button - Its button.
 * @csspart error - The alert shown for bad data.
 *
 * @cssprop --article-font-family - Font for Latin text.
 * @cssprop --article-cjk-font-family - Font for Chinese text.
 * @cssprop --article-font-size - Base font size.
 * @cssprop --article-title-font-size - Size of the title.
 * @cssprop --article-line-height - Line height for Latin text.
 * @cssprop --article-cjk-line-height - Line height for Chinese text.
 * @cssprop --article-color - Text color.
 * @cssprop --article-background - Background of the element (default: white, or dark in the dark theme).
 * @cssprop --article-muted-color - Color of the meta line and captions.
 * @cssprop --article-link-color - Color of links and buttons.
 * @cssprop --article-focus-color - Focus ring color.
 * @cssprop --article-border-color - Color of rules and quote bars.
 * @cssprop --article-max-width - Width of the text column.
 * @cssprop --article-spacing - Base spacing between blocks.
 * @cssprop --article-scroll-offset - Height of a sticky site header: deep links land below it.
 * @cssprop --article-error-color - Text color of the error alert.
 * @cssprop --article-error-background - Background of the error alert.
 */
export class ArticleView extends ArticleElement {
  static override styles = [tokenStyles, articleViewStyles];

  // Declared here rather than with decorators, whose helpers cost more bytes than this list.
  static override get properties() {
    return {
      article: {},
      headingLevel: {attribute: 'heading-level', type: Number},
      numbering: {},
      toc: {type: Boolean},
      linkTarget: {attribute: 'link-target'},
    };
  }

  /** The article: an object, or (as the attribute) its JSON text. See `article.schema.json`. */
  declare article?: Article | string;

  /** Level of the title heading, 1–6; sections go one level below their parent. */
  headingLevel = 1;

  /** `auto`: number sections (一、/1.1 for Chinese content, 1./1.1 otherwise). `none`: as written. */
  numbering: Numbering = 'auto';

  /** Show the contents (an `<article-toc>`) between the header and the body. */
  toc = false;

  /** Where related links open, e.g. `_blank`; see `<related-links link-target>`. */
  declare linkTarget?: string;

  #result?: ParseResult<ArticleModel>;
  /** The article's related links for the inner list; a new object only when the article changes. */
  #related?: ValidatedLinks;
  #announce = false;
  /** The location hash last brought into view, so a re-render does not jump back to it. */
  #shownHash = '';
  /** The window whose hash is followed while connected (a frame's, once moved into one). */
  #hashWindow?: Window | null;

  /** The article's sections as a tree, numbered as the headings are (empty without an article). */
  get outline(): OutlineEntry[] {
    const result = this.#result;
    if (!result?.ok) return [];
    return articleOutline(result.value.body, this.#numberingStyle(result.value));
  }

  /** The `<section>` with this id, or null. */
  sectionElement(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById?.(id) ?? null;
  }

  /**
   * Scrolls the section with this id into view (below `--article-scroll-offset`) and moves focus
   * to its heading. Returns false when there is no such section.
   */
  showSection(id: string, options: {smooth?: boolean} = {}): boolean {
    const section = this.sectionElement(id);
    const heading = section?.querySelector<HTMLElement>(':scope > [part="heading"]');
    if (!section || !heading) return false;
    const smooth = options.smooth ?? !matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({behavior: smooth ? 'smooth' : 'auto', block: 'start'});
    heading.focus({preventScroll: true});
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#hashWindow = this.ownerDocument.defaultView;
    this.#hashWindow?.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hashWindow?.removeEventListener('hashchange', this.#onHashChange);
    this.#hashWindow = undefined;
  }

  readonly #onHashChange = () => {
    this.#shownHash = '';
    this.#showHashTarget(true);
  };

  /** Brings the section named by the location hash into view, once per hash. */
  #showHashTarget(smooth: boolean): void {
    // The hash of the window the element is in: none in a document without one.
    const hash = this.ownerDocument.defaultView?.location.hash ?? '';
    if (hash.length < 2 || hash === this.#shownHash) return;
    // As browsers find a fragment's element: the fragment as it is (`#50%`), then decoded
    // (`#%E6%B3%95` for `法`); `#%41` is the id `%41`, not `A`, when there is one.
    const fragment = hash.slice(1);
    let decoded = fragment;
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      // Not percent-encoded (a lone `%`): only the fragment as it is.
    }
    // A hash change scrolls like any navigation; landing on load jumps straight there.
    const options = smooth ? {} : {smooth: false};
    if (this.showSection(fragment, options) || this.showSection(decoded, options)) {
      this.#shownHash = hash;
    }
  }

  #numberingStyle(article: ArticleModel): NumberingStyle | undefined {
    return this.numbering === 'none' ? undefined : numberingStyleFor(article.lang ?? getLocale());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article')) {
      // Removing the attribute sets null: that clears the element, like no article at all.
      const article = this.article ?? undefined;
      this.#result = article === undefined ? undefined : validateArticle(article);
      this.#announce = article !== undefined;
      this.prepareIssues(this.#result);
      const related = this.#result?.ok ? this.#result.value.related : undefined;
      this.#related = related ? new ValidatedLinks(related) : undefined;
    }
  }

  protected override updated(): void {
    const result = this.#result;
    // The closing "back to top" returns focus to this article's title.
    const backToTop = this.renderRoot.querySelector<BackToTop>('back-to-top');
    if (backToTop) backToTop.target = this.renderRoot.querySelector<HTMLElement>('[part="title"]');
    if (result?.ok) this.#showHashTarget(false);
    if (!this.#announce || !result) return;
    this.#announce = false;
    // Reported once the whole tree, inner list included, is on screen (and the problem messages
    // are in: updateComplete waits for them), unless newer data came.
    void this.updateComplete.then(() => {
      if (this.#result === result) this.report(result);
    });
  }

  /** Also waits for the inner `<related-links>`, so the whole article is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const inner = this.renderRoot.querySelector('related-links');
    return inner ? (await inner.updateComplete) && complete : complete;
  }

  protected override render() {
    const result = this.#result;
    if (result === undefined) return nothing;
    if (!result.ok) {
      // The library's words, in the UI locale, which can differ from the page's.
      return html`<div role="alert" part="error" lang=${getLocale()}>
        <p>${msg('The article cannot be shown.', {id: 'article.error-title'})}</p>
        <p>${this.issueDetail(result.error)?.message}</p>
      </div>`;
    }
    const article = result.value;
    const level = Math.min(headingLevel(this.headingLevel, 1), 6);
    const style = this.#numberingStyle(article);
    const body = articleBlocks(
      article.body,
      level + 1,
      style,
      permalinkLabel(),
      takesOverServerDom(this),
    );
    return html`
      <article part="article" lang=${ifDefined(article.lang)}>
        <header part="header">
          ${renderHeading(level, {part: 'title', focusable: true}, article.title)}
          ${this.#renderMeta(article)}
          ${
            article.summary !== undefined ? html`<p part="summary">${article.summary}</p>` : nothing
          }
        </header>
        ${
          this.toc
            ? html`<article-toc
                part="toc"
                theme=${ifDefined(this.theme)}
                .source=${this}
              ></article-toc>`
            : nothing
        }
        <div part="body">${body}</div>
        ${
          this.#related
            ? html`<related-links
                part="related"
                theme=${ifDefined(this.theme)}
                exportparts=${RELATED_PARTS}
                heading-level=${level + 1}
                link-target=${ifDefined(this.linkTarget)}
                .links=${this.#related}
              ></related-links>`
            : nothing
        }
        <footer part="footer">
          <back-to-top
            part="back-to-top"
            exportparts="button: back-to-top-button"
            threshold="0"
            theme=${ifDefined(this.theme)}
          ></back-to-top>
        </footer>
      </article>
    `;
  }

  #renderMeta(article: ArticleModel): TemplateResult | typeof nothing {
    const locale = getLocale();
    const items: TemplateResult[] = [];
    const date = (value: ArticleDate, part: string, label: string) =>
      html`<span lang=${locale}
        >${label}
        <time part=${part} datetime=${value.datetime}
          >${formatArticleDate(value, locale, article.timeZone)}</time
        ></span
      >`;
    if (article.published) {
      items.push(date(article.published, 'published', msg('Published', {id: 'meta.published'})));
    }
    if (article.updated) {
      items.push(date(article.updated, 'updated', msg('Updated', {id: 'meta.updated'})));
    }
    // Not for an author of only white space, which would leave "By" alone.
    if (article.author?.trim()) {
      items.push(
        // Without the UI locale's lang: most of it is the name, in the article's language.
        html`<span part="author">${msg(str`By ${article.author}`, {id: 'meta.author'})}</span>`,
      );
    }
    if (article.readingMinutes > 0) {
      items.push(
        html`<span part="reading-time" lang=${locale}
          >${readingTime(article.readingMinutes, locale)}</span
        >`,
      );
    }
    return items.length ? html`<p part="meta">${items}</p>` : nothing;
  }
}

/** The inner list's parts, exposed as `related-…` parts of `<article-view>`. */
const RELATED_PARTS = ['base', 'heading', 'list', 'item', 'link', 'text', 'show-more']
  .map((part) => `${part}: related-${part}`)
  .join(', ');

/** The permalinks' words, in the UI locale. */
const permalinkLabel = () => ({
  text: msg('Link to this section', {id: 'article.permalink'}),
  lang: getLocale(),
});

/** Plural rules by locale: building them costs more than the rest of the meta line. */
const pluralRules = new Map<string, Intl.PluralRules>();

function readingTime(minutes: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(minutes) === 'one'
    ? msg(str`Reading time: ${minutes} minute`, {id: 'meta.reading-time.one'})
    : msg(str`Reading time: ${minutes} minutes`, {id: 'meta.reading-time.other'});
}

declare global {
  interface HTMLElementTagNameMap {
    'article-view': ArticleView;
  }
}
