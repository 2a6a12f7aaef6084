/**
 * Reading time, counted the way each script is read: per character for Chinese, Japanese and
 * Korean text, per word for everything else. Word counters that split on spaces see a whole
 * Chinese paragraph as one word; this does not.
 */

/** Characters per minute for CJK text (common estimates run 300–500). */
export const CJK_CHARS_PER_MINUTE = 400;
/** Words per minute for text written with spaces between words. */
export const WORDS_PER_MINUTE = 230;

/** Han, Hiragana, Katakana and Hangul, by their short Unicode script names. */
const CJK = /[\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export interface TextCount {
  cjkCharacters: number;
  words: number;
}

export function countText(text: string): TextCount {
  const cjkCharacters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return {cjkCharacters, words};
}

export function addCounts(a: TextCount, b: TextCount): TextCount {
  return {cjkCharacters: a.cjkCharacters + b.cjkCharacters, words: a.words + b.words};
}

/** Whole minutes, at least 1 for any text at all, 0 for none. */
export function readingMinutes(count: TextCount): number {
  const minutes = count.cjkCharacters / CJK_CHARS_PER_MINUTE + count.words / WORDS_PER_MINUTE;
  return minutes === 0 ? 0 : Math.max(1, Math.round(minutes));
}
