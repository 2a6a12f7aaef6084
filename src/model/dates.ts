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
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

/** Zones already found valid: building a formatter to check one costs more than a render. */
const knownZones = new Set<string>();

/** True when `timeZone` is an IANA zone name (or offset zone) this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', {timeZone});
  } catch {
    return false;
  }
  // Bounded, since the names come from data.
  if (knownZones.size >= 64) knownZones.clear();
  knownZones.add(timeZone);
  return true;
}

/** `Date.UTC`, except that years 0–99 are those years, not 1900–1999. */
function utc(year: number, monthIndex: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes that `timeZone` is ahead of UTC at the instant `epochMs`. */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  let beforeCommonEra = false;
  for (const part of format.formatToParts(epochMs)) {
    if (part.type === 'era') beforeCommonEra = part.value === 'BC';
    else if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  // Intl writes the year 0 as 1 BC.
  const year = beforeCommonEra ? 1 - parts.year : parts.year;
  const wallClock = utc(year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wallClock - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/**
 * Parses a date or date-time from the data. `timeZone` (already validated) is needed only for
 * a date-time written without an offset.
 */
export function parseArticleDate(value: string, timeZone: string | undefined): DateResult {
  const m = DATE_TIME.exec(value);
  if (!m) return {ok: false, reason: 'invalid'};
  const [, y, mo, d, h, mi, s, fraction, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {ok: false, reason: 'invalid'};
  }
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) {
    return {ok: true, date: {kind: 'date', epochMs: utc(year, month - 1, day), datetime: date}};
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return {ok: false, reason: 'invalid'};
  const ms = fraction ? Math.round(Number(`0${fraction}`) * 1000) : 0;
  const wallClock = utc(year, month - 1, day, hour, minute, second, ms);
  const time = `${h}:${mi}:${s ?? '00'}${fraction ?? ''}`;

  let offsetMinutes: number;
  if (offset !== undefined) {
    if (offset === 'Z' || offset === 'z') {
      offsetMinutes = 0;
    } else {
      const oh = Number(offset.slice(1, 3));
      const om = Number(offset.slice(4, 6));
      if (oh > 23 || om > 59) return {ok: false, reason: 'invalid'};
      offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  } else {
    if (timeZone === undefined) return {ok: false, reason: 'needs-zone'};
    // The zone's offset at that wall-clock time: guess with the offset at the naive instant,
    // then correct once for a transition between the guess and the answer.
    offsetMinutes = zoneOffsetMinutes(wallClock, timeZone);
    offsetMinutes = zoneOffsetMinutes(wallClock - offsetMinutes * 60000, timeZone);
  }
  const suffix =
    offsetMinutes === 0 && offset?.toUpperCase() === 'Z' ? 'Z' : formatOffset(offsetMinutes);
  return {
    ok: true,
    date: {
      kind: 'date-time',
      epochMs: wallClock - offsetMinutes * 60000,
      datetime: `${date}T${time}${suffix}`,
    },
  };
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The date as a reader of `locale` expects it, in `timeZone` (else the viewer's zone).
 * Calendar dates are shown as the day written, whatever the zone.
 */
export function formatArticleDate(
  date: ArticleDate,
  locale: string,
  timeZone: string | undefined,
): string {
  const zone = date.kind === 'date' ? 'UTC' : timeZone;
  const key = `${locale}|${date.kind}|${zone ?? ''}`;
  let format = displayFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(date.kind === 'date-time' ? {timeStyle: 'short'} : {}),
      ...(zone !== undefined ? {timeZone: zone} : {}),
    });
    displayFormatters.set(key, format);
  }
  return format.format(date.epochMs);
}
