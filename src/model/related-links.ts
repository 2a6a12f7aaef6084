import type {RelatedLink} from './article.js';
import {normalizedHref} from './url-safety.js';

/** A related link ready to render: `href` is present only when it is safe to follow. */
export interface RelatedLinkModel {
  title: string;
  href?: string;
}

/**
 * Drops repeated links, keeping the first: the same target (normalized `href`), or, for links
 * without one, the same title (differing only in Unicode form, case or spacing).
 */
export function dedupeLinks<T extends RelatedLinkModel>(links: readonly T[]): T[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const size = seen.size;
    // `h` and `t` keep a target apart from a title with the same text.
    seen.add(
      link.href !== undefined
        ? `h${normalizedHref(link.href)}`
        : `t${link.title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()}`,
    );
    // New only if the set grew.
    return seen.size > size;
  });
}

export type {RelatedLink};
