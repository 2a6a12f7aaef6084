import {msg} from '@lit/localize';
import {html, nothing, type ReactiveController, type TemplateResult} from 'lit';
import {getLocale} from '../../localization.js';
import type {OutlineEntry} from '../../model/outline.js';
import type {ArticleView} from '../article-view/article-view.js';
import {ArticleElement} from '../shared/article-element.js';
import {tokenStyles} from '../shared/tokens.styles.js';
import {articleTocStyles} from './article-toc.styles.js';

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

  /** The pending tracking's animation frame, or 0. */
  #frame = 0;

  /**
   * Removes the listeners added on connection, from the document (and window) the element was in:
   * no longer its `ownerDocument` by the time it is disconnected after a move to another one.
   */
  #unlisten?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    const view = doc.defaultView;
    const schedule = this.#scheduleTracking;
    const onRender = this.#onArticleRender;
    // Where an article named by `for` is: its article-render reaches this root (for the contents
    // inside <article-view>, whose source is set, the article follows on the first update).
    const root = this.getRootNode();
    // Narrow screens start with the contents collapsed. Only before the first update: after it,
    // the reader's choice stays when the element is moved or re-added.
    if (!this.hasUpdated) this.open = !(view ?? window).matchMedia('(max-width: 48rem)').matches;
    // Capturing on document sees the page's scroll and any scrolling container's.
    doc.addEventListener('scroll', schedule, {capture: true, passive: true});
    view?.addEventListener('resize', schedule, {passive: true});
    root.addEventListener('article-render', onRender);
    this.#unlisten = () => {
      doc.removeEventListener('scroll', schedule, {capture: true});
      view?.removeEventListener('resize', schedule);
      root.removeEventListener('article-render', onRender);
    };
    // The article may have changed while this was disconnected (and not followed).
    this.#refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#follow(null);
    // Frame ids start at 1: cancelling 0 does nothing.
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /**
   * The article this lists: `source`, else the element named by `for`; null until it is an
   * `<article-view>` (defined, upgraded).
   */
  get article(): ArticleView | null {
    const found =
      this.source ||
      (this.for && (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for));
    // Checked by a method only an article has, not instanceof: an element of a subclass under
    // another tag name counts, and this module cannot import the class (which imports it).
    return typeof (found as Partial<ArticleView> | undefined)?.sectionElement === 'function'
      ? (found as ArticleView)
      : null;
  }

  /** Finds an article named by `for` that rendered after this did (the update follows it). */
  readonly #onArticleRender = (event: Event) => {
    if (event.target === this.article && this.#followed !== this.article) this.requestUpdate();
  };

  /**
   * The article whose every update (new data, bad data, none, numbering) this one follows, and
   * its removal from the page (after which `for` may name another, or none).
   */
  #followed: ArticleView | null = null;
  readonly #follower: ReactiveController = {
    hostUpdated: () => this.#refresh(),
    hostDisconnected: () => this.#refresh(),
  };

  #follow(article: ArticleView | null): void {
    if (article === this.#followed) return;
    this.#followed?.removeController(this.#follower);
    this.#followed = article;
    article?.addController(this.#follower);
  }

  protected override willUpdate(): void {
    this.#follow(this.isConnected ? this.article : null);
  }

  /** Tracks at the next frame: on scroll and resize, when the layout is already up to date. */
  readonly #scheduleTracking = () => this.#schedule(false);

  /**
   * Renders again, then tracks once the page is laid out and painted. After a render, reading
   * positions at the next frame would force a layout of the new page in the middle of it
   * (Lighthouse measured 30 ms of that for the demo on a phone).
   */
  #refresh(): void {
    this.requestUpdate();
    this.#schedule(true);
  }

  #schedule(afterPaint: boolean): void {
    this.#frame ||= requestAnimationFrame(() => {
      const track = () => {
        // Not once disconnected, which clears the frame.
        if (!this.#frame) return;
        this.#frame = 0;
        this.#track();
      };
      if (afterPaint) setTimeout(track);
      else track();
    });
  }

  /** Marks the last section whose top has passed the reading line. */
  #track(): void {
    const article = this.article;
    const ids = flatten(article?.outline ?? []);
    let current: string | undefined;
    if (article && ids.length) {
      const scroller = scrollingAncestor(article);
      const doc = article.ownerDocument;
      // A little below the sticky header (and below where a deep link lands) counts as read.
      const line =
        (scroller?.getBoundingClientRect().top ?? 0) +
        (parseFloat(styleOf(article).getPropertyValue('--article-scroll-offset')) || 0) +
        8;
      for (const id of ids) {
        const section = article.sectionElement(id);
        if (!section || section.getBoundingClientRect().top > line) break;
        current = id;
      }
      // At the very end, a last section too short to reach the line is the one being read.
      const box = scroller ?? doc.scrollingElement ?? doc.documentElement;
      const top = box.scrollTop;
      if (current !== undefined && top > 0 && top + box.clientHeight >= box.scrollHeight - 2) {
        current = ids.at(-1);
      }
    }
    this.current = current;
  }

  protected override render() {
    const outline = this.article?.outline ?? [];
    if (!outline.length) return nothing;
    return html`<nav part="base" aria-labelledby="label">
      <details
        part="details"
        ?open=${this.open}
        @toggle=${(event: Event) => (this.open = (event.target as HTMLDetailsElement).open)}
      >
        <summary part="label" id="label" lang=${getLocale()}>
          ${msg('Contents', {id: 'toc.label'})}
        </summary>
        ${this.#renderList(outline)}
      </details>
    </nav>`;
  }

  #renderList(entries: readonly OutlineEntry[]): TemplateResult {
    return html`<ol part="list">
      ${entries.map(
        (entry) =>
          html`<li part="item">
            <a
              part=${entry.id === this.current ? 'link current' : 'link'}
              href="#${entry.id}"
              aria-current=${entry.id === this.current ? 'location' : 'false'}
              @click=${this.#onLinkClick}
              data-section=${entry.id}
              >${
                entry.number ? html`<span part="number">${entry.number}</span>` : nothing
              }${entry.heading}</a
            >
            ${entry.children.length ? this.#renderList(entry.children) : nothing}
          </li>`,
      )}
    </ol>`;
  }

  /** The section lives in a shadow root, where the browser's own fragment navigation can't go. */
  #onLinkClick(event: MouseEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset.section;
    const article = this.article;
    if (!id || !article || event.button || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    const {history} = article.ownerDocument.defaultView ?? window;
    history.pushState(history.state, '', `#${encodeURIComponent(id)}`);
    article.showSection(id);
  }
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
  // Node types, not instanceof: in a frame's document, nodes may come from its own realm. From a
  // document fragment (11), on to its host if it is a shadow root; elements are 1.
  for (
    let node: Node | null | undefined = element.parentNode;
    node;
    node = node.nodeType === 11 ? (node as ShadowRoot).host : node.parentNode
  ) {
    if (node.nodeType === 1) {
      const element = node as HTMLElement;
      const doc = element.ownerDocument;
      if (element === doc.body || element === doc.documentElement) return null;
      if (
        /auto|scroll|overlay/.test(styleOf(element).overflowY) &&
        element.scrollHeight > element.clientHeight
      ) {
        return element;
      }
    }
  }
  return null;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-toc': ArticleToc;
  }
}
