import type {BlockModel} from './article-model.js';
import {sectionNumber, type NumberingStyle} from './numbering.js';

/** One entry of an article's contents: a section, with its number as the headings show it. */
export interface OutlineEntry {
  id: string;
  /** The number in front of the heading (`一、`, `1.2 `), or `''` when sections are not numbered. */
  number: string;
  heading: string;
  children: OutlineEntry[];
}

/** The section tree of `body`, numbered in `style`, or unnumbered when `style` is undefined. */
export function articleOutline(
  body: readonly BlockModel[],
  style: NumberingStyle | undefined,
): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const block of body) {
    if (block.type !== 'section') continue;
    entries.push({
      id: block.id,
      number: style === undefined ? '' : sectionNumber(block.numbers, style),
      heading: block.heading,
      children: articleOutline(block.body, style),
    });
  }
  return entries;
}
