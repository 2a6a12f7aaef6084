import {localized, msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {getLocale} from '../../localization.js';
import type {Article} from '../../model/article.js';
import type {ArticleModel, BlockModel, SectionModel} from '../../model/article-model.js';
import {formatArticleDate, type ArticleDate} from '../../model/dates.js';
import {numberingStyleFor, sectionNumber, type NumberingStyle} from '../../model/numbering.js';
import {parseArticle, type ParseResult} from '../../model/parse.js';
// <article-view> renders a <related-links>: make sure it is defined wherever this class is used.
import '../../related-links.js';
import {showValidatedLinks} from '../related-links/related-links.js';
import {ArticleElement} from '../shared/article-element.js';
import {headingLevel, renderHeading} from '../shared/heading.js';
import {issueDetail} from '../shared/issue-messages.js';
import {tokenStyles} from '../shared/tokens.styles.js';
import {articleViewStyles} from './article-view.styles.js';

/** How section headings are numbered. */
export type Numbering = 'auto' | 'none';

/**
 * A complete article from JSON: title, localized publish time, author, reading time, numbered
 * sections, related links and a "back to top" control, in the active locale (en or zh-Hans).
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
 * @csspart back-to-top - The "back to top" button.
 * @csspart error - The alert shown for bad data.
 *
 * @cssprop --article-font-family - Font for Latin text.
 * @cssprop --article-cjk-font-family - Font for Chinese text.
 * @cssprop --article-font-size - Base font size.
 * @cssprop --article-title-font-size - Size of the title.
 * @cssprop --article-line-height - Line height for Latin text.
 * @cssprop --article-cjk-line-height - Line height for Chinese text.
 * @cssprop --article-color - Text color.
 * @cssprop --article-muted-color - Color of the meta line and captions.
 * @cssprop --article-link-color - Color of links and buttons.
 * @cssprop --article-focus-color - Focus ring color.
 * @cssprop --article-border-color - Color of rules and quote bars.
 * @cssprop --article-max-width - Width of the text column.
 * @cssprop --article-spacing - Base spacing between blocks.
 * @cssprop --article-error-color - Text color of the error alert.
 * @cssprop --article-error-background - Background of the error alert.
 */
@localized()
export class ArticleView extends ArticleElement {
  static override styles = [tokenStyles, articleViewStyles];

  /** The article: an object, or (as the attribute) its JSON text. See `article.schema.json`. */
  @property() article?: Article | string;

  /** Level of the title heading, 1–6; sections go one level below their parent. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 1;

  /** `auto`: number sections (一、/1.1 for Chinese content, 1./1.1 otherwise). `none`: as written. */
  @property() numbering: Numbering = 'auto';

  private result?: ParseResult<ArticleModel>;
  private announce = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article')) {
      // Removing the attribute sets null: that clears the element, like no article at all.
      const article = this.article ?? undefined;
      this.result = article === undefined ? undefined : parseArticle(article);
      this.announce = article !== undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const result = this.result;
    if (changed.has('article') && result?.ok && result.value.related) {
      this.renderRoot.querySelector('related-links')?.[showValidatedLinks]?.(result.value.related);
    }
    if (!this.announce || !result) return;
    this.announce = false;
    // Reported once the whole tree, inner list included, is on screen, unless newer data came.
    void this.updateComplete.then(() => {
      if (this.result === result) this.report(result);
    });
  }

  /** Also waits for the inner `<related-links>`, so the whole article is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const inner = this.renderRoot.querySelector('related-links');
    return inner ? (await inner.updateComplete) && complete : complete;
  }

  protected override render() {
    const result = this.result;
    if (result === undefined) return nothing;
    if (!result.ok) {
      return html`<div role="alert" part="error">
        <p>${msg('The article cannot be shown.', {id: 'article.error-title'})}</p>
        <p>${issueDetail(result.error).message}</p>
      </div>`;
    }
    const article = result.value;
    const level = Math.min(headingLevel(this.headingLevel, 1), 6);
    const style = numberingStyleFor(article.lang ?? getLocale());
    return html`
      <article part="article" lang=${ifDefined(article.lang)}>
        <header part="header">
          ${renderHeading(level, {part: 'title', focusable: true}, article.title)}
          ${this.renderMeta(article)}
          ${
            article.summary !== undefined ? html`<p part="summary">${article.summary}</p>` : nothing
          }
        </header>
        <div part="body">${this.renderBlocks(article.body, level + 1, style)}</div>
        ${
          article.related
            ? html`<related-links
                part="related"
                exportparts=${RELATED_PARTS}
                heading-level=${level + 1}
              ></related-links>`
            : nothing
        }
        <footer part="footer" lang=${getLocale()}>
          <button part="back-to-top" type="button" @click=${this.backToTop}>
            ${msg('Back to top', {id: 'article.back-to-top'})}
          </button>
        </footer>
      </article>
    `;
  }

  private renderMeta(article: ArticleModel): TemplateResult | typeof nothing {
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
    if (article.author !== undefined) {
      items.push(
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

  private renderBlocks(blocks: BlockModel[], level: number, style: NumberingStyle): unknown[] {
    return blocks.map((block) => {
      switch (block.type) {
        case 'paragraph':
          return html`<p part="paragraph">${block.text}</p>`;
        case 'list': {
          const items = block.items.map((item) => html`<li>${item}</li>`);
          return block.ordered
            ? html`<ol part="list">
                ${items}
              </ol>`
            : html`<ul part="list">
                ${items}
              </ul>`;
        }
        case 'quote':
          return html`<figure part="quote">
            <blockquote><p>${block.text}</p></blockquote>
            ${block.cite !== undefined ? html`<figcaption>${block.cite}</figcaption>` : nothing}
          </figure>`;
        case 'section':
          return this.renderSection(block, level, style);
      }
    });
  }

  private renderSection(section: SectionModel, level: number, style: NumberingStyle) {
    const number =
      this.numbering === 'none'
        ? nothing
        : html`<span part="number">${sectionNumber(section.numbers, style)}</span>`;
    return html`<section part="section" id=${section.id}>
      ${renderHeading(level, {part: 'heading'}, html`${number}${section.heading}`)}
      ${this.renderBlocks(section.body, level + 1, style)}
    </section>`;
  }

  /** Scrolls back to the title and moves focus there, so keyboard users continue from the top. */
  private backToTop(): void {
    const title = this.renderRoot.querySelector<HTMLElement>('[part="title"]');
    if (!title) return;
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    title.scrollIntoView({behavior: reduceMotion ? 'auto' : 'smooth', block: 'start'});
    title.focus({preventScroll: true});
  }
}

/** The inner list's parts, exposed as `related-…` parts of `<article-view>`. */
const RELATED_PARTS = ['base', 'heading', 'list', 'item', 'link', 'text', 'show-more']
  .map((part) => `${part}: related-${part}`)
  .join(', ');

function readingTime(minutes: number, locale: string): string {
  return new Intl.PluralRules(locale).select(minutes) === 'one'
    ? msg(str`${minutes} minute read`, {id: 'meta.reading-time.one'})
    : msg(str`${minutes} minutes read`, {id: 'meta.reading-time.other'});
}

declare global {
  interface HTMLElementTagNameMap {
    'article-view': ArticleView;
  }
}
