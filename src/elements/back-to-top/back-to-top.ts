import {msg} from '@lit/localize';
import {html, nothing, type PropertyValues} from 'lit';
import {getLocale} from '../../localization.js';
import {ArticleElement} from '../shared/article-element.js';
import {tokenStyles} from '../shared/tokens.styles.js';
import {backToTopStyles} from './back-to-top.styles.js';

/** What scrolls: the window, or a scrolling container. */
type Scroller = Window | Element;

/**
 * A "Back to top" button that appears once the reader has scrolled past `threshold` pixels. A
 * click scrolls back to the top (smoothly, unless the reader prefers reduced motion) and moves
 * focus to the top of the article, so keyboard and screen-reader users continue from there too.
 *
 * The window's scrolling counts by default; `scroller` names a scrolling container instead. The
 * element does not position itself: it sits where it is placed, and the page can float it, e.g.
 *
 * ```css
 * back-to-top::part(button) {
 *   position: fixed;
 *   inset-block-end: 1rem;
 *   inset-inline-end: 1rem;
 *   box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
 * }
 * ```
 *
 * While hidden, the button is not rendered at all: not focusable, not in the accessibility tree.
 * It stays while it has focus (after a click with no `for` target, say) and hides once focus
 * leaves it, so focus is never dropped.
 *
 * @summary A localized "back to top" button, shown past a scroll threshold.
 * @tag back-to-top
 *
 * @csspart button - The "Back to top" button (not rendered while hidden).
 *
 * @cssprop --article-font-family - Font for Latin text.
 * @cssprop --article-cjk-font-family - Font for Chinese text.
 * @cssprop --article-font-size - Base font size.
 * @cssprop --article-line-height - Line height for Latin text.
 * @cssprop --article-cjk-line-height - Line height for Chinese text.
 * @cssprop --article-color - Text color.
 * @cssprop --article-background - Background of the button (default: white, or dark in the dark theme).
 * @cssprop --article-link-color - Color of links and buttons.
 * @cssprop --article-focus-color - Focus ring color.
 * @cssprop --article-spacing - Base spacing between blocks.
 * @cssprop --article-error-color - Text color of the error alert (shared styles; this element shows none).
 * @cssprop --article-error-background - Background of the error alert (shared styles; this element shows none).
 */
export class BackToTop extends ArticleElement {
  static override styles = [tokenStyles, backToTopStyles];

  // Declared here rather than with decorators, whose helpers cost more bytes than this list.
  static override get properties() {
    return {
      threshold: {type: Number},
      scroller: {},
      htmlFor: {attribute: 'for'},
      target: {attribute: false},
      past: {state: true},
      focused: {state: true},
    };
  }

  /**
   * How far, in pixels, the reader must scroll before the button shows (strictly more than
   * this). `0` shows it always; a negative value counts as 0, a non-number as 400.
   */
  threshold = 400;

  /**
   * The scrolling container to watch and scroll: an element, or (as the attribute) the id of one
   * in this element's root node (the document, or the shadow root it is in). Unset, or an id that
   * names nothing: the window.
   */
  declare scroller?: Element | string | null;

  /**
   * Id of the element at the top of the article, in this element's root node; it gets focus
   * after a click (and `tabindex="-1"` if it is not focusable). `target` takes precedence.
   */
  declare htmlFor?: string | null;

  /** The element to focus after a click, instead of the one named by `for`. */
  declare target?: Element | null;

  /** The scroll position is past the threshold. */
  private past = false;

  /** The button has focus: it stays until focus leaves it. */
  private focused = false;

  /** Where the scroll listener is, while connected. */
  #watched?: Scroller;
  /** The pending measurement's animation frame, or 0. */
  #frame = 0;
  /** The document whose DOMContentLoaded is awaited, if any. */
  #waitingFor?: Document;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first render, the scroll position is read at the next frame (#watch schedules
    // it): reading it now would force a layout in the middle of the page's rendering. Later, the
    // page exists: measuring at once forces no extra layout. A threshold of 0 reads nothing.
    const now = this.hasUpdated || !this.#threshold();
    if (changed.has('scroller') && this.isConnected) {
      this.#watch();
      if (now) this.#measure();
    } else if (changed.has('threshold') && now) {
      this.#measure();
    }
  }

  protected override render() {
    if (!this.past && !this.focused) return nothing;
    return html`<button
      part="button"
      type="button"
      lang=${getLocale()}
      @click=${this.#backToTop}
      @focus=${() => (this.focused = true)}
      @blur=${() => (this.focused = false)}
    >
      ${msg('Back to top', {id: 'back-to-top.label'})}
    </button>`;
  }

  /**
   * The window of the element's document (moved into a frame, the frame's), or the container
   * named by `scroller`.
   */
  #resolveScroller(): Scroller {
    const scroller = this.scroller;
    const element = typeof scroller === 'string' ? this.#byId(scroller) : scroller;
    const doc = this.ownerDocument;
    // The document's own scrolling element (its root, or its body in quirks mode) scrolls, and
    // fires scroll events, as the window.
    return !element || element === doc.documentElement || element === doc.body
      ? (doc.defaultView ?? window)
      : element;
  }

  /**
   * The element with this id in the element's root node (document or shadow root); none for `''`.
   * A disconnected element's root is an element, without getElementById.
   */
  #byId(id: string): Element | null | undefined {
    return (this.getRootNode() as Partial<Document | ShadowRoot>).getElementById?.(id);
  }

  /** Listens to the current scroller (and only to it), then measures. Safe to call again. */
  #watch(): void {
    const scroller = this.#resolveScroller();
    if (scroller !== this.#watched) {
      this.#unwatch();
      scroller.addEventListener('scroll', this.#onScroll, {passive: true});
      this.#watched = scroller;
    }
    // An id read while the page is still parsing may name an element further down: look again
    // once the document is complete.
    const doc = this.ownerDocument;
    if (
      typeof this.scroller === 'string' &&
      isWindow(scroller) &&
      doc.readyState === 'loading' &&
      !this.#waitingFor
    ) {
      doc.addEventListener('DOMContentLoaded', this.#onDocumentLoaded, {once: true});
      this.#waitingFor = doc;
    }
    // Measured at the next frame, not now: reading the scroll position while the page is being
    // built would force a layout in the middle of it (the benchmark saw this cost 20× the render
    // of a long article). The next frame also catches a position a script sets and undoes before
    // the page renders, for which Chromium was seen to send no scroll event.
    if (this.#threshold()) this.#onScroll();
    else this.#measure();
  }

  #unwatch(): void {
    this.#watched?.removeEventListener('scroll', this.#onScroll);
    this.#watched = undefined;
    // Frame ids start at 1: cancelling 0 does nothing.
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#waitingFor?.removeEventListener('DOMContentLoaded', this.#onDocumentLoaded);
    this.#waitingFor = undefined;
  }

  /** The threshold in pixels, at least 0; `threshold`'s default, 400, if it is not a number. */
  #threshold(): number {
    const threshold = Number(this.threshold ?? NaN);
    return Number.isFinite(threshold) ? Math.max(0, threshold) : 400;
  }

  /** Compares the scroll position with the threshold. */
  #measure(): void {
    const threshold = this.#threshold();
    // Nothing to compare: no scroller to resolve (there is none in server rendering), and no
    // scroll position to read, which forces a layout.
    if (!threshold) {
      this.past = true;
      return;
    }
    const scroller = this.#watched ?? this.#resolveScroller();
    this.past = (isWindow(scroller) ? scroller.scrollY : scroller.scrollTop) > threshold;
  }

  /** At most one measurement per frame, however many scroll events arrive. */
  readonly #onScroll = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  readonly #onDocumentLoaded = (): void => {
    this.#waitingFor = undefined;
    if (this.isConnected) this.#watch();
  };

  /**
   * Scrolls the scroller to the top and moves focus to the top of the article: to `target`, else
   * to the element named by `for`.
   */
  #backToTop(): void {
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.#resolveScroller().scrollTo({top: 0, behavior: reduceMotion ? 'auto' : 'smooth'});
    const target = (this.target ?? (this.htmlFor && this.#byId(this.htmlFor))) as HTMLElement;
    // Whatever can take focus, by duck typing: in a frame's document, the target comes from the
    // frame's realm, where instanceof HTMLElement (ours) is false.
    if (typeof target?.focus === 'function') {
      target.focus({preventScroll: true});
      // Not focused (not focusable: a heading, a section): focusable by script only, then focus it.
      // (A host that delegates focus shows as focused itself.)
      if ((target.getRootNode() as Document | ShadowRoot).activeElement !== target) {
        target.tabIndex = -1;
        target.focus({preventScroll: true});
      }
    }
  }
}

/** Whether this scroller is a window (of this realm or of a frame's: not instanceof Window). */
function isWindow(scroller: Scroller): scroller is Window {
  return 'scrollY' in scroller;
}

declare global {
  interface HTMLElementTagNameMap {
    'back-to-top': BackToTop;
  }
}
