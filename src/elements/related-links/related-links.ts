import {msg, str} from '@lit/localize';
import {html, isServer, nothing, type PropertyValues} from 'lit';
import {getLocale} from '../../localization.js';
import type {RelatedLink} from '../../model/article.js';
import {validateRelatedLinks, type ParseResult} from '../../model/validate.js';
import {dedupeLinks, type RelatedLinkModel} from '../../model/related-links.js';
import {ArticleElement, takesOverServerDom} from '../shared/article-element.js';
import {headingLevel, renderHeading} from '../shared/heading.js';
import {tokenStyles} from '../shared/tokens.styles.js';
import {linkItems, type LinkOptions} from './link-items.js';
import {relatedLinksStyles} from './related-links.styles.js';

/**
 * Lists longer than `PROGRESSIVE_FROM` render progressively: `FIRST_CHUNK` items at once, so the
 * list shows at once, then `NEXT_CHUNK` more after each paint until every item is in the DOM (for
 * find-in-page, keyboard and screen readers). `updateComplete` resolves when all are rendered.
 * Shorter lists render whole: a second pass would cost more than it saves. Items are plain DOM
 * (see link-items.ts): 10,000 take about 40 ms to build, one task, then one layout.
 */
const PROGRESSIVE_FROM = 1000;
const FIRST_CHUNK = 200;
const NEXT_CHUNK = 10000;

/** Resolves after the next paint of `view` (at once in a hidden page, which does not paint). */
function afterNextPaint(view: Window): Promise<void> {
  return new Promise((resolve) => {
    if (view.document.visibilityState === 'hidden') view.setTimeout(resolve, 0);
    else view.requestAnimationFrame(() => view.setTimeout(resolve, 0));
  });
}

/**
 * Links that the article's own parse already validated, handed by `<article-view>` to its inner
 * list through `links`, so they are neither parsed nor reported twice. JSON cannot make one of
 * these: untrusted data always goes through the validator.
 * @internal
 */
export class ValidatedLinks {
  constructor(readonly links: readonly RelatedLinkModel[]) {}
}

/**
 * A list of related links, with duplicates removed and an optional "Show N more".
 * Links with an `href` are the same when their normalized `href`s are; links without one when
 * their titles are.
 *
 * @summary A localized "Related content" list from JSON.
 * @tag related-links
 *
 * @event article-render - The links were rendered.
 * @event article-error - `links` could not be parsed or validated; `detail: {message, path, code}`.
 * @event article-warning - A link was changed to plain text (unsafe URL); `detail: {message, path, code}`.
 *
 * @csspart base - The `<section>` around the list.
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Each link (items with a safe `href`).
 * @csspart text - Each item without a link.
 * @csspart show-more - The "Show N more" / "Show fewer" button.
 * @csspart error - The alert shown for bad data.
 *
 * @cssprop --article-font-family - Font for Latin text.
 * @cssprop --article-cjk-font-family - Font for Chinese text.
 * @cssprop --article-font-size - Base font size.
 * @cssprop --article-line-height - Line height for Latin text.
 * @cssprop --article-cjk-line-height - Line height for Chinese text.
 * @cssprop --article-color - Text color.
 * @cssprop --article-background - Background of the element (default: white, or dark in the dark theme).
 * @cssprop --article-link-color - Color of links and buttons.
 * @cssprop --article-focus-color - Focus ring color.
 * @cssprop --article-spacing - Base spacing between blocks.
 * @cssprop --article-error-color - Text color of the error alert.
 * @cssprop --article-error-background - Background of the error alert.
 */

export class RelatedLinks extends ArticleElement {
  static override styles = [tokenStyles, relatedLinksStyles];

  // Declared here rather than with decorators, whose helpers cost more bytes than this list.
  static override get properties() {
    return {
      links: {},
      heading: {},
      headingLevel: {attribute: 'heading-level', type: Number},
      limit: {type: Number},
      linkTarget: {attribute: 'link-target'},
      keepDuplicates: {attribute: 'keep-duplicates', type: Boolean},
      expanded: {state: true},
      renderedCount: {state: true},
      result: {state: true},
    };
  }

  /** The links: an array of `{title, href?}`, or (as the attribute) its JSON text. */
  declare links?: RelatedLink[] | string | ValidatedLinks;

  /** Replaces the localized default heading ("Related content" / "相关内容"). */
  declare heading?: string;

  /** The heading's level, 1–6 (higher levels use `role="heading"`). */
  headingLevel = 2;

  /** Show only the first N links, then a "Show N more" button. Unset: show all. */
  declare limit?: number;

  /**
   * Where links open, as the `target` of each `<a>`, e.g. `_blank` for a new tab. Links that leave
   * the site then get `rel="noopener noreferrer"`, and a new tab is announced to screen readers.
   */
  declare linkTarget?: string;

  /** Keep repeated links instead of removing them (same normalized `href`, else same title). */
  keepDuplicates = false;

  private expanded = false;
  /** How many of the visible items are in the DOM; grows after each paint for long lists. */
  private renderedCount = Infinity;
  /** The pending step of a progressive render, for `updateComplete` to wait on. */
  #nextChunk?: Promise<void>;
  declare private result?: ParseResult<readonly RelatedLinkModel[]>;

  #shown: readonly RelatedLinkModel[] = [];
  #announce = false;
  #focusAfterUpdate: 'first-revealed' | 'toggle' | undefined;
  #firstRevealed = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('links')) {
      // Removing the attribute sets null: that clears the element, like no links at all.
      const links = this.links ?? undefined;
      if (links instanceof ValidatedLinks) {
        this.result = {ok: true, value: links.links, warnings: []};
        this.#announce = false;
      } else {
        this.result = links === undefined ? undefined : validateRelatedLinks(links);
        this.#announce = links !== undefined;
        this.prepareIssues(this.result);
      }
      // A new list starts collapsed.
      this.expanded = false;
    }
    if (changed.has('result' as keyof RelatedLinks) || changed.has('keepDuplicates')) {
      const links = this.result?.ok ? this.result.value : [];
      const kept = this.keepDuplicates ? links : dedupeLinks(links);
      // The same array when nothing was dropped: one list of links in memory, not two.
      this.#shown = kept.length < links.length ? kept : links;
    }
    const listChanged =
      changed.has('result' as keyof RelatedLinks) ||
      changed.has('keepDuplicates') ||
      changed.has('expanded' as keyof RelatedLinks) ||
      changed.has('limit');
    if (listChanged) {
      // On the server, and when taking over server-rendered DOM (which holds every item), the
      // whole list renders at once.
      const whole =
        isServer || takesOverServerDom(this) || this.#visibleLinks.length <= PROGRESSIVE_FROM;
      // Revealing more keeps what was shown and adds a first chunk after it (where focus goes).
      this.renderedCount = whole ? Infinity : (this.#effectiveLimit ?? 0) + FIRST_CHUNK;
    }
  }

  /** Items of the current view: all, or the first `limit` while collapsed. */
  get #visibleLinks(): readonly RelatedLinkModel[] {
    const limit = this.#effectiveLimit;
    const collapsed = limit !== undefined && limit < this.#shown.length;
    return collapsed && !this.expanded ? this.#shown.slice(0, limit) : this.#shown;
  }

  /** The valid `limit`, or undefined when every link shows. */
  get #effectiveLimit(): number | undefined {
    const limit = Math.trunc(Number(this.limit));
    return this.limit == null || !Number.isFinite(limit) || limit < 0 ? undefined : limit;
  }

  protected override render() {
    const result = this.result;
    if (result === undefined) return nothing;
    if (!result.ok) {
      // On one line, so the alert's text is the message alone, without white space around it.
      // prettier-ignore
      return html`<div role="alert" part="error" lang=${getLocale()}>${this.issueDetail(result.error)?.message}</div>`;
    }
    if (this.#shown.length === 0) return nothing;
    const limit = this.#effectiveLimit;
    const collapsed = limit !== undefined && limit < this.#shown.length;
    const visible = this.#visibleLinks;
    // The default heading and the button are the library's words, in the UI locale, which can
    // differ from the language around the list (an English article in a Chinese page). A given
    // heading is the page's own text and keeps the language around it.
    const locale = getLocale();
    // An empty heading would be an empty <h2>: the default takes its place.
    const heading =
      this.heading ||
      html`<span lang=${locale}>${msg('Related content', {id: 'related.heading'})}</span>`;
    // The visible items are the first of the shown ones.
    const count = Math.min(visible.length, this.renderedCount);
    return html`
      <section part="base" aria-labelledby="heading">
        ${renderHeading(headingLevel(this.headingLevel, 2), {id: 'heading', part: 'heading'}, heading)}
        <ul part="list" id="list">
          ${linkItems(this.#shown, count, this.#linkOptions(), takesOverServerDom(this))}
        </ul>
        ${collapsed ? this.#renderToggle(this.#shown.length - visible.length, locale) : nothing}
      </section>
    `;
  }

  /** Where the links open: `link-target`, and the new-tab words it calls for. */
  #linkOptions(): LinkOptions {
    const target = this.linkTarget || undefined;
    if (target === undefined || target.toLowerCase() === '_self') return {};
    return {
      target,
      // On the server the page's address is unknown: only root-relative links count as its own.
      page: isServer ? 'https://server.invalid/' : this.ownerDocument.baseURI,
      newTab:
        target.toLowerCase() === '_blank'
          ? {text: msg('(opens in a new tab)', {id: 'related.new-tab'}), lang: getLocale()}
          : undefined,
    };
  }

  /** "Show N more" while links are hidden, "Show fewer" once they are all shown. */
  #renderToggle(hidden: number, locale: string) {
    const expanded = hidden === 0;
    return html`<button
      part="show-more"
      lang=${locale}
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="list"
      @click=${expanded ? this.#showFewer : this.#showMore}
    >
      ${
        expanded
          ? msg('Show fewer', {id: 'related.show-fewer'})
          : msg(str`Show ${hidden} more`, {id: 'related.show-more'})
      }
    </button>`;
  }

  #showMore(): void {
    // Focus moves to the first revealed item, where the reader continues.
    this.#firstRevealed = this.#effectiveLimit ?? 0;
    this.#focusAfterUpdate = 'first-revealed';
    this.expanded = true;
  }

  #showFewer(): void {
    // The button stays in place at the end of the shortened list and keeps focus.
    this.#focusAfterUpdate = 'toggle';
    this.expanded = false;
  }

  /** Resolves once every item of the current view is in the DOM. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#nextChunk) {
      await this.#nextChunk;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override updated(): void {
    if (this.#focusAfterUpdate === 'first-revealed') {
      const item = this.renderRoot.querySelectorAll('li')[this.#firstRevealed];
      (item?.querySelector('a') ?? item)?.focus();
    } else if (this.#focusAfterUpdate === 'toggle') {
      this.renderRoot.querySelector<HTMLButtonElement>('[part="show-more"]')?.focus();
    }
    this.#focusAfterUpdate = undefined;

    // More items to add: after the next paint, so the first part shows first.
    if (this.renderedCount < this.#visibleLinks.length) {
      const step = afterNextPaint(this.ownerDocument.defaultView ?? window).then(() => {
        if (this.#nextChunk === step) this.renderedCount += NEXT_CHUNK;
      });
      this.#nextChunk = step;
      return;
    }
    this.#nextChunk = undefined;

    if (this.#announce && this.result && this.report(this.result)) this.#announce = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-links': RelatedLinks;
  }
}
