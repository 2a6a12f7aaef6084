/** What test/csp/page.html exposes on its window (`cspPage`), for csp.test.ts. */

/** A `securitypolicyviolation` event, as recorded by violations.js. */
export interface Violation {
  effectiveDirective: string;
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  disposition: string;
}

/** The library as the page loaded it (the CDN bundle or src/index.ts): the locale API. */
export interface PageLibrary {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
}

export interface CspPage {
  /** `rendered` once `<article-view>` and `<related-links>` have dispatched `article-render`. */
  status: 'loading' | 'rendered' | 'failed';
  /** Why the page failed. */
  error?: string;
  /** Every violation since the page's first script ran. */
  violations: Violation[];
  library?: PageLibrary;
}

export type CspPageWindow = Window & typeof globalThis & {cspPage?: CspPage};
