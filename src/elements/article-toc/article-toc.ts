import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {getLocale} from '../../localization.js';
import type {OutlineEntry} from '../../model/outline.js';
import type {ArticleView} from '../article-view/article-view.js';
import {ArticleElement} from '../shared/article-element.js';
import {tokenStyles} from '../shared/tokens.styles.js';
import {articleTocStyles} from './article-toc.styles.js';

/** Screens narrower than this start with the contents collapsed. */
const NARROW = '(max-width: 48rem)';

/**
 * The contents of an `<article-view>`: a nested list of links numbered like the headings. The
 * section being read is marked `aria-current="location"` as the page, or the scrolling container
 * around the article, scrolls. Collapsible; starts collapsed on narrow screens.
 *
 * @summary Contents of an article, with the section being read marked.
 * @tag article-toc
 *
 * @csspart base - The `<nav>`.
 * @csspart details - The collapsible `<details>`.
 * @csspart label - The "Contents" toggle (`<summary>`).
 * @csspart list - Each `<ol>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Each link; `current` is added to the section being read.
 * @csspart current - The link of the section being read.
 * @csspart number - The number in front of an entry.
 *
 * @cssprop --article-font-family - Font for Latin text.
 * @cssprop --article-cjk-font-family - Font for Chinese text.
 * @cssprop --article-font-size - Base font size.
 * @cssprop --article-line-height - Line height for Latin text.
 * @cssprop --article-cjk-line-height - Line height for Chinese text.
 * @cssprop --article-color - Text color.
 * @cssprop --article-background - Background of the element.
 * @cssprop --article-link-color - Color of links and buttons.
 * @cssprop --article-focus-color - Focus ring color.
 * @cssprop --article-current-background - Background of the entry being read.
 * @cssprop --article-spacing - Base spacing between blocks.
 * @cssprop --article-error-color - Text color of the error alert.
 * @cssprop --article-error-background - Background of the error alert.
 */
export class ArticleToc extends ArticleElement {
  static override styles = [tokenStyles, articleTocStyles];

  // Declared here rather than with decorators, whose helpers cost more bytes than this list.
  static override get properties() {
    return {
      for: {},
      source: {attribute: false},
      current: {state: true},
      open: {state: true},
    };
  }

  /** The id of the `<article-view>` to list, in the same document or shadow root. */
  declare for?: string;

  /** The `<article-view>` to list, set directly (wins over `for`). */
  declare source?: ArticleView | null;

  /** The id of the section being read, or undefined before the first heading. */
  declare private current?: string;

  private open = true;

  private frame = 0;

  /**
   * The document (and its window) listened to while connected: the one the element is in, which
   * is no longer its `ownerDocument` by the time it is disconnected after a move to another one.
   */
  private listening?: {document: Document; window: Window | null};

  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    const view = doc.defaultView;
    this.open = !(view ?? window).matchMedia(NARROW).matches;
    // Capturing on document sees the page's scroll and any scrolling container's.
    doc.addEventListener('scroll', this.scheduleTracking, {capture: true, passive: true});
    view?.addEventListener('resize', this.scheduleTracking, {passive: true});
    doc.addEventListener('article-render', this.onArticleRender);
    this.listening = {document: doc, window: view};
    // The article may have changed while this was disconnected (its article-render unheard).
    this.requestUpdate();
    this.scheduleTracking();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const listening = this.listening;
    listening?.document.removeEventListener('scroll', this.scheduleTracking, {capture: true});
    listening?.window?.removeEventListener('resize', this.scheduleTracking);
    listening?.document.removeEventListener('article-render', this.onArticleRender);
    this.listening = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The article this lists: `source`, else the element named by `for`. */
  get article(): ArticleView | null {
    if (this.source) return this.source;
    if (!this.for) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(this.for);
    return isArticleView(found) ? found : null;
  }

  private readonly onArticleRender = (event: Event) => {
    if (event.target === this.article) {
      this.requestUpdate();
      this.scheduleTracking();
    }
  };

  private readonly scheduleTracking = () => {
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.track();
      });
    }
  };

  /** Marks the last section whose top has passed the reading line. */
  private track(): void {
    const article = this.article;
    const ids = flatten(article?.outline ?? []);
    if (!article || ids.length === 0) {
      this.current = undefined;
      return;
    }
    const scroller = scrollingAncestor(article);
    const doc = article.ownerDocument;
    const offset = parseFloat(styleOf(article).getPropertyValue('--article-scroll-offset'));
    // A little below the sticky header (and below where a deep link lands) counts as read.
    const line =
      (scroller ? scroller.getBoundingClientRect().top : 0) +
      (Number.isNaN(offset) ? 0 : offset) +
      8;
    let current: string | undefined;
    for (const id of ids) {
      const section = article.sectionElement(id);
      if (!section || section.getBoundingClientRect().top > line) break;
      current = id;
    }
    // At the very end, a last section too short to reach the line is the one being read.
    const box = scroller ?? doc.scrollingElement ?? doc.documentElement;
    const scrolled = box.scrollTop > 0;
    const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
    if (scrolled && atEnd && current !== undefined) current = ids[ids.length - 1];
    this.current = current;
  }

  protected override render() {
    const outline = this.article?.outline ?? [];
    if (outline.length === 0) return nothing;
    const locale = getLocale();
    return html`<nav part="base" aria-labelledby="label">
      <details part="details" ?open=${this.open} @toggle=${this.onToggle}>
        <summary part="label" id="label" lang=${locale}>
          ${msg('Contents', {id: 'toc.label'})}
        </summary>
        ${this.renderList(outline)}
      </details>
    </nav>`;
  }

  private renderList(entries: readonly OutlineEntry[]): TemplateResult {
    return html`<ol part="list">
      ${entries.map(
        (entry) =>
          html`<li part="item">
            <a
              part=${entry.id === this.current ? 'link current' : 'link'}
              href="#${entry.id}"
              aria-current=${entry.id === this.current ? 'location' : 'false'}
              @click=${this.onLinkClick}
              data-section=${entry.id}
              >${
                entry.number ? html`<span part="number">${entry.number}</span>` : nothing
              }${entry.heading}</a
            >
            ${entry.children.length ? this.renderList(entry.children) : nothing}
          </li>`,
      )}
    </ol>`;
  }

  private onToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }

  /** The section lives in a shadow root, where the browser's own fragment navigation can't go. */
  private onLinkClick(event: MouseEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset.section;
    const article = this.article;
    if (!id || !article || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    const {history} = article.ownerDocument.defaultView ?? window;
    history.pushState(history.state, '', `#${encodeURIComponent(id)}`);
    article.showSection(id);
  }
}

/**
 * Whether this is an `<article-view>`, or an element of a subclass of it under another tag name
 * (checked by what the contents use: this module cannot import the class, which imports it).
 */
function isArticleView(element: Element | null | undefined): element is ArticleView {
  return (
    element != null &&
    'outline' in element &&
    typeof (element as Partial<ArticleView>).sectionElement === 'function'
  );
}

/** The computed style of an element, from the window of its own document when it has one. */
function styleOf(element: Element): CSSStyleDeclaration {
  return (element.ownerDocument.defaultView ?? window).getComputedStyle(element);
}

function flatten(entries: readonly OutlineEntry[]): string[] {
  return entries.flatMap((entry) => [entry.id, ...flatten(entry.children)]);
}

/** The nearest ancestor (across shadow roots) that scrolls vertically, or null for the page. */
function scrollingAncestor(element: Element): HTMLElement | null {
  let node: Node | null = element.parentNode;
  while (node) {
    // Node types, not instanceof: in a frame's document, nodes may come from its own realm.
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node) {
      node = (node as ShadowRoot).host;
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as HTMLElement;
      const doc = element.ownerDocument;
      if (element === doc.body || element === doc.documentElement) return null;
      const {overflowY} = styleOf(element);
      if (/(auto|scroll|overlay)/.test(overflowY) && element.scrollHeight > element.clientHeight) {
        return element;
      }
    }
    node = node.parentNode;
  }
  return null;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-toc': ArticleToc;
  }
}
