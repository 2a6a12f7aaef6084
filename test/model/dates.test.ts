import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatArticleDate,
  isValidTimeZone,
  parseArticleDate,
  zoneOffsetMinutes,
  type ArticleDate,
} from '../../src/model/dates.js';

function date(value: string, timeZone?: string): ArticleDate {
  const result = parseArticleDate(value, timeZone);
  if (!result.ok) throw new Error(`${value} (${timeZone}): ${result.reason}`);
  return result.date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseArticleDate', () => {
  it('reads RFC 3339 date-times with an offset', () => {
    expect(date('2025-07-16T15:00:09+08:00')).to.deep.equal({
      kind: 'date-time',
      epochMs: Date.UTC(2025, 6, 16, 7, 0, 9),
      datetime: '2025-07-16T15:00:09+08:00',
    });
    expect(date('2025-07-16T15:00:09-03:30').epochMs).to.equal(Date.UTC(2025, 6, 16, 18, 30, 9));
    expect(date('2025-07-16T15:00:09+05:45').epochMs).to.equal(Date.UTC(2025, 6, 16, 9, 15, 9));
    expect(date('2025-07-16T15:00:09+00:00').datetime).to.equal('2025-07-16T15:00:09+00:00');
    expect(date('2025-07-16T15:00:09+23:59').epochMs).to.equal(Date.UTC(2025, 6, 15, 15, 1, 9));
    expect(date('2025-07-16T15:00:09-23:59').epochMs).to.equal(Date.UTC(2025, 6, 17, 14, 59, 9));
  });

  it('reads Z (either case) as UTC and keeps it', () => {
    for (const value of ['2025-07-16T07:00:09Z', '2025-07-16T07:00:09z']) {
      expect(date(value)).to.deep.equal({
        kind: 'date-time',
        epochMs: Date.UTC(2025, 6, 16, 7, 0, 9),
        datetime: '2025-07-16T07:00:09Z',
      });
    }
  });

  it('accepts t or a space as the separator, and no seconds, writing them out', () => {
    for (const value of ['2025-07-16t15:00:09+08:00', '2025-07-16 15:00:09+08:00']) {
      expect(date(value).datetime).to.equal('2025-07-16T15:00:09+08:00');
    }
    expect(date('2025-07-16T15:00+08:00')).to.deep.equal({
      kind: 'date-time',
      epochMs: Date.UTC(2025, 6, 16, 7, 0, 0),
      datetime: '2025-07-16T15:00:00+08:00',
    });
  });

  it('keeps fractions of a second, to the millisecond in the instant', () => {
    expect(date('2025-07-16T15:00:09.5Z')).to.deep.equal({
      kind: 'date-time',
      epochMs: Date.UTC(2025, 6, 16, 15, 0, 9, 500),
      datetime: '2025-07-16T15:00:09.5Z',
    });
    expect(date('2025-07-16T15:00:09.123456789+08:00').epochMs).to.equal(
      Date.UTC(2025, 6, 16, 7, 0, 9, 123),
    );
  });

  it('reads a calendar date as that day, at midnight UTC', () => {
    expect(date('2025-07-16')).to.deep.equal({
      kind: 'date',
      epochMs: Date.UTC(2025, 6, 16),
      datetime: '2025-07-16',
    });
    // The zone does not move a calendar date.
    expect(date('2025-07-16', 'Pacific/Kiritimati')).to.deep.equal(date('2025-07-16'));
  });

  it('reads years before 100 as written, not as 19xx', () => {
    expect(date('0050-01-01').epochMs).to.equal(Date.parse('0050-01-01T00:00:00Z'));
    expect(date('0099-12-31T23:59:59Z').epochMs).to.equal(Date.parse('0099-12-31T23:59:59Z'));
    expect(date('0000-02-29').epochMs).to.equal(Date.parse('0000-02-29T00:00:00Z'));
    expect(date('0001-03-01T12:00:00', 'UTC').epochMs).to.equal(Date.parse('0001-03-01T12:00:00Z'));
    expect(date('0000-01-01T12:00:00', 'UTC').epochMs).to.equal(Date.parse('0000-01-01T12:00:00Z'));
  });

  it('refuses impossible months, days, hours, minutes, seconds and offsets', () => {
    const invalid = [
      '2025-00-10',
      '2025-13-10',
      '2025-01-00',
      '2025-01-32',
      '2025-04-31',
      '2025-06-31',
      '2025-09-31',
      '2025-11-31',
      '2025-02-30',
      '2025-07-16T24:00:00Z',
      '2025-07-16T23:60:00Z',
      '2025-07-16T23:59:60Z',
      '2025-07-16T15:00:09+24:00',
      '2025-07-16T15:00:09+08:60',
    ];
    for (const value of invalid) {
      expect(parseArticleDate(value, 'UTC'), value).to.deep.equal({ok: false, reason: 'invalid'});
    }
  });

  it('refuses other forms', () => {
    const invalid = [
      '',
      'yesterday',
      '16/07/2025',
      '2025/07/16',
      '2025-7-16',
      '25-07-16',
      '+002025-07-16',
      '20250716',
      '2025-07',
      '2025-07-16T',
      '2025-07-16T15',
      '2025-07-16T15:00:09+0800',
      '2025-07-16T15:00:09+08',
      '2025-07-16T15:00:09 +08:00',
      '2025-07-16T15:00:09.Z',
      '2025-07-16T15:00:09.1234567890Z',
      '2025-07-16T15:00.5Z',
      '2025-07-16_15:00:09Z',
      ' 2025-07-16',
      '2025-07-16 ',
      '2025-07-16\n',
      '２０２５-07-16',
      '٢٠٢٥-07-16',
      'Wed, 16 Jul 2025 07:00:09 GMT',
    ];
    for (const value of invalid) {
      expect(parseArticleDate(value, 'UTC'), JSON.stringify(value)).to.deep.equal({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('knows leap years', () => {
    for (const year of [2024, 2000, 1600, 2400, 1996, 4]) {
      expect(parseArticleDate(`${pad(year, 4)}-02-29`, undefined).ok, String(year)).to.equal(true);
    }
    for (const year of [2025, 1900, 2100, 1800, 2023, 1]) {
      expect(parseArticleDate(`${pad(year, 4)}-02-29`, undefined).ok, String(year)).to.equal(false);
    }
  });

  it('needs a zone for a date-time without an offset', () => {
    expect(parseArticleDate('2025-07-16T15:00:09', undefined)).to.deep.equal({
      ok: false,
      reason: 'needs-zone',
    });
    expect(parseArticleDate('2025-07-16T15:00', undefined)).to.deep.equal({
      ok: false,
      reason: 'needs-zone',
    });
    // The date alone needs none, and an impossible date is invalid whatever the zone.
    expect(parseArticleDate('2025-07-16', undefined).ok).to.equal(true);
    expect(parseArticleDate('2025-02-30T15:00:09', undefined)).to.deep.equal({
      ok: false,
      reason: 'invalid',
    });
  });

  it('reads an offset-less time in the given zone', () => {
    expect(date('2025-07-16T15:00:09', 'Asia/Shanghai')).to.deep.equal(
      date('2025-07-16T15:00:09+08:00'),
    );
    expect(date('2025-07-16T15:00:09', 'UTC').datetime).to.equal('2025-07-16T15:00:09+00:00');
    expect(date('2025-07-16T15:00:09', 'Asia/Kolkata').datetime).to.equal(
      '2025-07-16T15:00:09+05:30',
    );
    expect(date('2025-07-16T15:00:09', 'Asia/Kathmandu').datetime).to.equal(
      '2025-07-16T15:00:09+05:45',
    );
    expect(date('2025-01-16T15:00:09', 'America/St_Johns').datetime).to.equal(
      '2025-01-16T15:00:09-03:30',
    );
    expect(date('2025-07-16T15:00:09.25', 'Asia/Tokyo')).to.deep.equal(
      date('2025-07-16T15:00:09.25+09:00'),
    );
  });

  it('uses the offset in force on that day: New York in July and in January', () => {
    expect(date('2025-07-16T15:00:09', 'America/New_York')).to.deep.equal({
      kind: 'date-time',
      epochMs: Date.UTC(2025, 6, 16, 19, 0, 9),
      datetime: '2025-07-16T15:00:09-04:00',
    });
    expect(date('2025-01-16T15:00:09', 'America/New_York')).to.deep.equal({
      kind: 'date-time',
      epochMs: Date.UTC(2025, 0, 16, 20, 0, 9),
      datetime: '2025-01-16T15:00:09-05:00',
    });
    // Southern hemisphere: summer time in January.
    expect(date('2025-01-16T15:00:09', 'Australia/Sydney').datetime).to.equal(
      '2025-01-16T15:00:09+11:00',
    );
    expect(date('2025-07-16T15:00:09', 'Australia/Sydney').datetime).to.equal(
      '2025-07-16T15:00:09+10:00',
    );
  });

  it('resolves the hours next to a DST change', () => {
    // Just before and just after the 2 a.m. jump on 9 March 2025.
    expect(date('2025-03-09T01:59:59', 'America/New_York').datetime).to.equal(
      '2025-03-09T01:59:59-05:00',
    );
    expect(date('2025-03-09T03:00:00', 'America/New_York').datetime).to.equal(
      '2025-03-09T03:00:00-04:00',
    );
    // 1:30 on 2 November 2025 happens twice; the first (daylight time) is taken.
    expect(date('2025-11-02T01:30:00', 'America/New_York').datetime).to.equal(
      '2025-11-02T01:30:00-04:00',
    );
    expect(date('2025-11-02T02:00:00', 'America/New_York').datetime).to.equal(
      '2025-11-02T02:00:00-05:00',
    );
  });

  it('gives a datetime that names the same instant as epochMs, in any zone', () => {
    const zones = [
      'UTC',
      'Asia/Shanghai',
      'America/New_York',
      'America/Los_Angeles',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Pacific/Chatham',
      'Pacific/Apia',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          // Any wall-clock time, read in `zone`.
          const wall = instant.toISOString().slice(0, 23);
          const result = date(wall, zone);
          expect(Date.parse(result.datetime), `${wall} ${zone}`).to.equal(result.epochMs);
          expect(result.datetime.slice(0, 23)).to.equal(wall);
        },
      ),
      {numRuns: 500},
    );
  });

  it('agrees with Date.parse on every date and date-time with an offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        fc.integer({min: -(23 * 60 + 59), max: 23 * 60 + 59}),
        fc.boolean(),
        (instant, offset, dateOnly) => {
          const iso = instant.toISOString().slice(0, 23);
          if (dateOnly) {
            const day = iso.slice(0, 10);
            expect(date(day).epochMs, day).to.equal(Date.parse(`${day}T00:00:00Z`));
            return;
          }
          const sign = offset < 0 ? '-' : '+';
          const text = `${iso}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          expect(date(text).epochMs, text).to.equal(Date.parse(text));
          expect(date(text).datetime, text).to.equal(text);
        },
      ),
      {numRuns: 1000},
    );
  });
});

describe('zoneOffsetMinutes', () => {
  it("gives the zone's offset at an instant", () => {
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 16), 'Asia/Shanghai')).to.equal(480);
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 16), 'America/New_York')).to.equal(-240);
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 16), 'America/New_York')).to.equal(-300);
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 16), 'Asia/Kolkata')).to.equal(330);
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 16, 12, 0, 0, 999), 'UTC')).to.equal(0);
    expect(zoneOffsetMinutes(Date.parse('0000-06-01T00:00:00Z'), 'UTC')).to.equal(0);
    expect(zoneOffsetMinutes(Date.parse('0050-06-01T00:00:00Z'), 'Etc/GMT-3')).to.equal(180);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones, in any case', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/New_York', 'asia/shanghai', 'Etc/GMT+8']) {
      expect(isValidTimeZone(zone), zone).to.equal(true);
    }
  });

  it('refuses empty, padded and unknown zones', () => {
    for (const zone of ['', ' ', 'Asia/Shanghai ', ' UTC', 'Mars/Olympus_Mons', 'Asia', 'GMT+25']) {
      expect(isValidTimeZone(zone), JSON.stringify(zone)).to.equal(false);
    }
  });
});

describe('formatArticleDate', () => {
  const published = date('2025-07-16T15:00:09+08:00');

  it('runs in a browser far from Shanghai (the test setup)', () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    expect(new Date(published.epochMs).getHours()).to.equal(0);
  });

  it("shows the article's zone, not the viewer's", () => {
    expect(formatArticleDate(published, 'en', 'Asia/Shanghai')).to.match(
      /July 16, 2025.*3:00\s?PM/,
    );
    expect(formatArticleDate(published, 'zh-Hans', 'Asia/Shanghai')).to.match(
      /2025年7月16日.*15:00/,
    );
    expect(formatArticleDate(published, 'en', 'America/New_York')).to.match(
      /July 16, 2025.*3:00\s?AM/,
    );
  });

  it("falls back to the viewer's zone", () => {
    expect(formatArticleDate(published, 'en', undefined)).to.match(/July 16, 2025.*12:00\s?AM/);
    expect(formatArticleDate(published, 'zh-Hans', undefined)).to.match(/2025年7月16日.*00:00/);
  });

  it('shows a calendar date as written, without a time, in any zone', () => {
    const day = date('2025-07-16');
    for (const zone of [undefined, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Shanghai']) {
      const en = formatArticleDate(day, 'en', zone);
      const zh = formatArticleDate(day, 'zh-Hans', zone);
      expect(en, String(zone)).to.equal('July 16, 2025');
      expect(zh, String(zone)).to.equal('2025年7月16日');
    }
  });

  it('does not mix up formats cached for different locales, kinds and zones', () => {
    const a = formatArticleDate(published, 'en', 'Asia/Shanghai');
    formatArticleDate(published, 'en', 'UTC');
    formatArticleDate(date('2025-07-16'), 'en', 'Asia/Shanghai');
    expect(formatArticleDate(published, 'en', 'UTC')).to.match(/July 16, 2025.*7:00\s?AM/);
    expect(formatArticleDate(published, 'en', 'Asia/Shanghai')).to.equal(a);
  });
});
