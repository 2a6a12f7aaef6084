import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {ArticleErrorEvent, ArticleRenderEvent, ArticleWarningEvent} from '../../events.js';
import {pendingLocaleSwitch} from '../../localization.js';
import type {ParseResult} from '../../model/parse.js';
import {issueDetail} from './issue-messages.js';

/** What both elements share: locale-aware scheduling and reporting of their data's fate. */
export class ArticleElement extends LitElement {
  /** `light` or `dark` forces a color theme; unset, the theme follows `prefers-color-scheme`. */
  @property({reflect: true}) theme?: 'light' | 'dark';

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

  /**
   * Dispatches one `article-warning` per warning, then `article-render` or `article-error`.
   * Call once the result is on screen.
   */
  protected report(result: ParseResult<unknown>): void {
    for (const warning of result.warnings) {
      this.dispatchEvent(new ArticleWarningEvent(issueDetail(warning)));
    }
    this.dispatchEvent(
      result.ok ? new ArticleRenderEvent() : new ArticleErrorEvent(issueDetail(result.error)),
    );
  }
}
