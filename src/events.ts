import type {IssueCode} from './model/issues.js';

/** What went wrong (or was skipped), and where in the data. */
export interface ArticleIssueDetail {
  /** Localized, human-readable: `body[3].heading: expected a non-empty string`. */
  message: string;
  /** Where in the data: `body[3].heading`; empty for the whole document. */
  path: string;
  /** Stable, unlocalized kind of problem, for code that reacts to it. */
  code: IssueCode;
}

const bubbling = {bubbles: true, composed: true} as const;

/** The data could not be shown: it failed to parse or to validate. The element shows an alert. */
export class ArticleErrorEvent extends CustomEvent<ArticleIssueDetail> {
  static readonly eventName = 'article-error';
  constructor(detail: ArticleIssueDetail) {
    super(ArticleErrorEvent.eventName, {...bubbling, detail});
  }
}

/** Part of the data was skipped (an unknown block type, an unsafe URL…); the rest rendered. */
export class ArticleWarningEvent extends CustomEvent<ArticleIssueDetail> {
  static readonly eventName = 'article-warning';
  constructor(detail: ArticleIssueDetail) {
    super(ArticleWarningEvent.eventName, {...bubbling, detail});
  }
}

/** New data was rendered successfully. */
export class ArticleRenderEvent extends Event {
  static readonly eventName = 'article-render';
  constructor() {
    super(ArticleRenderEvent.eventName, bubbling);
  }
}

declare global {
  interface HTMLElementEventMap {
    'article-error': ArticleErrorEvent;
    'article-warning': ArticleWarningEvent;
    'article-render': ArticleRenderEvent;
  }
}
