import {isChineseTag} from './language.js';

/** How section numbers look: Chinese (`一、`, then `1.1`) or Latin (`1.`, then `1.1`). */
export type NumberingStyle = 'chinese' | 'latin';

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/**
 * Writes 1–9999 in Chinese numerals as used for section numbers (十一, 二十, 一百零五).
 * Larger numbers fall back to Arabic digits, which Chinese text also uses.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = String(n);
  // Each digit but 0 with its unit, after one 零 for the zeros before it (never leading ones).
  return (
    digits
      .replace(/./g, (digit, i) =>
        digit === '0'
          ? ''
          : (digits[i - 1] === '0' ? DIGITS[0] : '') +
            DIGITS[+digit] +
            UNITS[digits.length - 1 - i],
      )
      // 10–19 read 十, 十一 … rather than 一十, 一十一.
      .replace(/^一十/, '十')
  );
}

/** Chinese numbering for Chinese content, Latin numbering for everything else. */
export function numberingStyleFor(lang: string | undefined): NumberingStyle {
  return isChineseTag(lang) ? 'chinese' : 'latin';
}

/**
 * The label in front of a heading, separator included, for a section at `path`
 * (1-based positions from the top): `[2]` → `二、` or `2. `; `[2, 1]` → `2.1 `.
 */
export function sectionNumber(path: readonly number[], style: NumberingStyle): string {
  if (path.length === 1) {
    return style === 'chinese' ? `${chineseNumeral(path[0])}、` : `${path[0]}. `;
  }
  return `${path.join('.')} `;
}
