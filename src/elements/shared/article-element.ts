import {updateWhenLocaleChanges} from '@lit/localize';
import {
  adoptStyles,
  isServer,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
  supportsAdoptingStyleSheets,
  type CSSResultOrNative,
} from 'lit';
import {ArticleErrorEvent, ArticleRenderEvent, ArticleWarningEvent} from '../../events.js';
import {getLocale, pendingLocaleSwitch} from '../../localization.js';
import type {ParseResult} from '../../model/parse.js';
import type {ArticleIssueDetail} from '../../events.js';
import type {Issue} from '../../model/issues.js';
import {hydratable} from './hydratable.js';
import {issueDetailNow, loadIssueMessages} from './issue-messages-loader.js';

/**
 * Style sheets made for other windows than the library's: a constructed sheet can only be
 * adopted in the document it was made for, so an element in a same-origin frame needs its own.
 */
const sheetsByWindow = new WeakMap<Window, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

function sheetFor(style: CSSResultOrNative, view: Window & typeof globalThis): CSSStyleSheet {
  let sheets = sheetsByWindow.get(view);
  if (sheets === undefined) {
    sheets = new WeakMap();
    sheetsByWindow.set(view, sheets);
  }
  let sheet = sheets.get(style);
  if (sheet === undefined) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(
      style instanceof CSSStyleSheet
        ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n')
        : style.cssText,
    );
    sheets.set(style, sheet);
  }
  return sheet;
}

/**
 * Whether the element's update takes over server-rendered DOM, whose repeated content stays Lit
 * templates: only a first update can find the shadow root filled.
 */
export function takesOverServerDom(element: LitElement): boolean {
  return hydratable && !isServer && !element.hasUpdated && element.renderRoot.childNodes.length > 0;
}

/**
 * What every element shares: locale-aware scheduling, reporting of their data's fate, and
 * styles in whatever document the element is in.
 */
export class ArticleElement extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {theme: {reflect: true}};
  }

  /** `light` or `dark` forces a color theme; unset, the theme follows `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';

  constructor() {
    super();
    // What @localized() would do, once for every element: re-render when the locale changes.
    updateWhenLocaleChanges(this);
  }

  /**
   * Lit adopts the style sheets it made for the library's document, which a shadow root in
   * another document refuses (NotAllowedError, thrown from `connectedCallback`): an element first
   * connected in a same-origin frame, or in a document made by `createHTMLDocument()`, gets
   * sheets made for its own document instead.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document || !supportsAdoptingStyleSheets) {
      return super.createRenderRoot();
    }
    const root =
      this.shadowRoot ??
      this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.#restyle(root);
    // As LitElement does: render before any node already in the root.
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /**
   * Moving to another document empties a shadow root's adopted style sheets (in every engine):
   * adopt them again, made for the new document, so the element is styled there and once back.
   */
  adoptedCallback(): void {
    // No render root yet: createRenderRoot will style it, on the first connection.
    if (this.renderRoot !== undefined && supportsAdoptingStyleSheets) {
      this.#restyle(this.renderRoot);
    }
  }

  /** Adopts the element's styles in `root`, as sheets made for the element's document. */
  #restyle(root: HTMLElement | DocumentFragment): void {
    if (!('adoptedStyleSheets' in root)) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (view === window) {
      adoptStyles(root as ShadowRoot, styles);
    } else if (view !== null) {
      (root as ShadowRoot).adoptedStyleSheets = styles.map((style) => sheetFor(style, view));
    }
    // A document without a window (createHTMLDocument) shows nothing, and only accepts sheets
    // made for itself, which no script can make: the element is styled again once adopted back.
  }

  /** The locale of the last render. */
  #renderedLocale?: string;

  /**
   * Re-renders in a locale that changed while the element was out of the page, when it heard no
   * switch (the localize controller listens only while connected).
   */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.#renderedLocale !== getLocale()) this.requestUpdate();
  }

  protected override update(changed: PropertyValues): void {
    this.#renderedLocale = getLocale();
    super.update(changed);
  }

  /**
   * Holds a render while the page's locale is still loading, so a Chinese page never shows
   * English labels first (and never reports an English render).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const switching = pendingLocaleSwitch();
    if (switching === undefined) return super.scheduleUpdate();
    const render = () => super.scheduleUpdate();
    return switching.then(render, render);
  }

  /** The pending load of the problem messages, which ends in an update; see `issueDetail`. */
  #messages?: Promise<void>;

  /**
   * The localized detail of `issue`. Undefined while the messages load, on the page's first bad
   * data: the element updates again once they are in, and `updateComplete` waits for that.
   */
  protected issueDetail(issue: Issue): ArticleIssueDetail | undefined {
    const detail = issueDetailNow(issue);
    if (detail === undefined) {
      this.#messages ??= loadIssueMessages().then(() => {
        this.#messages = undefined;
        this.requestUpdate();
      });
    }
    return detail;
  }

  /** Starts loading the messages if `result` has problems to show or report. */
  protected prepareIssues(result: ParseResult<unknown> | undefined): void {
    const issue = result && (result.ok ? result.warnings[0] : result.error);
    if (issue) this.issueDetail(issue);
  }

  /** Also waits for the problem messages and the update they bring. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#messages) {
      await this.#messages;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /**
   * Dispatches one `article-warning` per warning, then `article-render` or `article-error`, once
   * the result is on screen. Returns false, and dispatches nothing, while the messages load: call
   * it again on the next update.
   */
  protected report(result: ParseResult<unknown>): boolean {
    this.prepareIssues(result);
    if (this.#messages) return false;
    // Not loading: the messages are in, so every issue has its detail.
    for (const warning of result.warnings) {
      this.dispatchEvent(new ArticleWarningEvent(issueDetailNow(warning)!));
    }
    this.dispatchEvent(
      result.ok ? new ArticleRenderEvent() : new ArticleErrorEvent(issueDetailNow(result.error)!),
    );
    return true;
  }
}
