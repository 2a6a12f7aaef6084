/**
 * Dates in article JSON: an RFC 3339 date-time, or a calendar date.
 * A date-time without an offset is a wall-clock time in the article's `timeZone`.
 */

export interface ArticleDate {
  /** `date`: a calendar day, shown without a time. `date-time`: an instant. */
  kind: 'date' | 'date-time';
  /** The instant (for `date`, midnight UTC of that day, only used for formatting). */
  epochMs: number;
  /** Machine-readable value for `<time datetime>`: `2025-07-16` or `2025-07-16T15:00:09+08:00`. */
  datetime: string;
}

export type DateResult =
  {ok: true; date: ArticleDate} | {ok: false; reason: 'invalid' | 'needs-zone'};

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;

/** Formatters already built: building one costs more than a render. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    // Bounded, since zone names come from data.
    if (formats.size >= 64) formats.clear();
    formats.set(key, format);
  }
  return format;
}

/** True when `timeZone` is an IANA zone name (or offset zone) this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    zoneOffsetMinutes(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes in an offset `±hh:mm` or `±hh:mm:ss` (rounded to the minute); 0 for `Z` or ``. */
function minutesOf(offset: string): number {
  const [h, m = 0, s = 0] = offset.slice(1).split(':').map(Number);
  return Math.round((offset[0] === '-' ? -1 : 1) * (h * 60 + m + s / 60));
}

/** Minutes that `timeZone` is ahead of UTC at the instant `epochMs`. */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  // `7/16/2025, GMT+08:00` (`GMT` alone, in some engines, for no offset).
  const text = formatter('en-US', {timeZone, timeZoneName: 'longOffset'}).format(epochMs);
  return minutesOf(text.split('GMT')[1]);
}

/**
 * Parses a date or date-time from the data. `timeZone` (already validated) is needed only for
 * a date-time written without an offset.
 */
export function parseArticleDate(value: string, timeZone: string | undefined): DateResult {
  const m = DATE_TIME.exec(value);
  if (!m) return {ok: false, reason: 'invalid'};
  const [, date, hm, s = '00', fraction = '', offset] = m;
  // Date.parse reads this form as UTC, years 0–99 as written; an impossible day or time does not
  // come back unchanged.
  const iso = `${date}T${hm ?? '00:00'}:${s}.000Z`;
  let epochMs = Date.parse(iso);
  if (new Date(epochMs).toJSON() !== iso) return {ok: false, reason: 'invalid'};
  if (!hm) return {ok: true, date: {kind: 'date', epochMs, datetime: date}};
  epochMs += Math.round(Number(`0${fraction}`) * 1000);

  let minutes: number;
  if (offset) {
    minutes = minutesOf(offset);
  } else {
    if (timeZone === undefined) return {ok: false, reason: 'needs-zone'};
    // The zone's offset at that wall-clock time: guess with the offset at the naive instant,
    // then correct once for a transition between the guess and the answer.
    minutes = zoneOffsetMinutes(epochMs - zoneOffsetMinutes(epochMs, timeZone) * 60000, timeZone);
  }
  // `±hh:mm` from the clock time of an instant that many minutes (less than a day) after 1970.
  const suffix =
    offset?.toUpperCase() === 'Z'
      ? 'Z'
      : (minutes < 0 ? '-' : '+') + new Date(Math.abs(minutes) * 60000).toJSON().slice(11, 16);
  return {
    ok: true,
    date: {
      kind: 'date-time',
      epochMs: epochMs - minutes * 60000,
      datetime: `${date}T${hm}:${s}${fraction}${suffix}`,
    },
  };
}

/**
 * The date as a reader of `locale` expects it, in `timeZone` (else the viewer's zone).
 * Calendar dates are shown as the day written, whatever the zone.
 */
export function formatArticleDate(
  date: ArticleDate,
  locale: string,
  timeZone: string | undefined,
): string {
  const day = date.kind === 'date';
  return formatter(locale, {
    dateStyle: 'long',
    timeStyle: day ? undefined : 'short',
    timeZone: day ? 'UTC' : timeZone,
  }).format(date.epochMs);
}
