import type {RelatedLink} from './article.js';
import {normalizedHref} from './url-safety.js';

/** A related link ready to render: `href` is present only when it is safe to follow. */
export interface RelatedLinkModel {
  title: string;
  href?: string;
}

/** Titles compare equal when they differ only in Unicode form, case or spacing. */
function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Drops repeated links, keeping the first: the same target (normalized `href`), or, for links
 * without one, the same title.
 */
export function dedupeLinks<T extends RelatedLinkModel>(links: readonly T[]): T[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key =
      link.href !== undefined
        ? `href:${normalizedHref(link.href)}`
        : `title:${titleKey(link.title)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type {RelatedLink};
