import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { crampsOnNight, nightToAskAbout } from '../../../core/journal/check-in';

const none = new Set<string>();

describe('the morning check-in', () => {
  it('asks in the morning about last night, once', () => {
    const morning = Date.parse('2026-11-26T07:30:00Z');
    expect(nightToAskAbout(morning, 'Europe/London', none)).toBe('2026-11-25');
    expect(nightToAskAbout(morning, 'Europe/London', new Set(['2026-11-25']))).toBeNull();
  });

  it('does not ask in the small hours or in the evening', () => {
    expect(nightToAskAbout(Date.parse('2026-11-26T02:00:00Z'), 'Europe/London', none)).toBeNull();
    expect(nightToAskAbout(Date.parse('2026-11-26T19:00:00Z'), 'Europe/London', none)).toBeNull();
    expect(nightToAskAbout(Date.parse('2026-11-26T17:59:00Z'), 'Europe/London', none)).toBe(
      '2026-11-25',
    );
  });

  it('works in the user’s zone, across midnight and a month’s and a year’s end', () => {
    // 23:30 on 31 December in UTC is 10:30 on 1 January in Sydney: last night was 31 December.
    const instant = Date.parse('2026-12-31T23:30:00Z');
    expect(nightToAskAbout(instant, 'Australia/Sydney', none)).toBe('2026-12-31');
    expect(nightToAskAbout(instant, 'America/New_York', none)).toBeNull(); // 18:30 there
    expect(nightToAskAbout(Date.parse('2027-01-01T12:00:00Z'), 'America/New_York', none)).toBe(
      '2026-12-31',
    );
    // Kolkata (+05:30): 03:00 UTC is 08:30 there.
    expect(nightToAskAbout(Date.parse('2026-03-01T03:00:00Z'), 'Asia/Kolkata', none)).toBe(
      '2026-02-28',
    );
  });

  it('on the morning the clocks go forward, still asks about the night before', () => {
    // New York springs forward at 02:00 on 8 March 2026; 06:30 local is 10:30 UTC.
    expect(nightToAskAbout(Date.parse('2026-03-08T10:30:00Z'), 'America/New_York', none)).toBe(
      '2026-03-07',
    );
  });

  it('counts an unanswered morning as unknown, never as a night without cramps', () => {
    const cramps = new Set(['2026-11-24']);
    const saidNone = new Set(['2026-11-23']);
    expect(crampsOnNight('2026-11-24', cramps, saidNone)).toBe('cramps');
    expect(crampsOnNight('2026-11-23', cramps, saidNone)).toBe('none');
    expect(crampsOnNight('2026-11-22', cramps, saidNone)).toBe('unknown');
  });
});

/**
 * One morning in one zone: the instants (written out in UTC, by hand) of 03:59, 04:00, 17:59 and
 * 18:00 local time, and the night the question is about (the previous date).
 */
interface Morning {
  readonly zone: string;
  readonly what: string;
  readonly date: string;
  readonly night: string;
  readonly at: Readonly<Record<'03:59' | '04:00' | '17:59' | '18:00', string>>;
}

const MORNINGS: readonly Morning[] = [
  {
    zone: 'Europe/London',
    what: 'a winter morning (GMT)',
    date: '2026-11-26',
    night: '2026-11-25',
    at: {
      '03:59': '2026-11-26T03:59Z',
      '04:00': '2026-11-26T04:00Z',
      '17:59': '2026-11-26T17:59Z',
      '18:00': '2026-11-26T18:00Z',
    },
  },
  {
    zone: 'Europe/London',
    what: 'a summer morning (BST)',
    date: '2026-07-15',
    night: '2026-07-14',
    at: {
      '03:59': '2026-07-15T02:59Z',
      '04:00': '2026-07-15T03:00Z',
      '17:59': '2026-07-15T16:59Z',
      '18:00': '2026-07-15T17:00Z',
    },
  },
  {
    zone: 'Europe/London',
    what: 'the morning the clocks go back',
    date: '2026-10-25',
    night: '2026-10-24',
    at: {
      '03:59': '2026-10-25T03:59Z',
      '04:00': '2026-10-25T04:00Z',
      '17:59': '2026-10-25T17:59Z',
      '18:00': '2026-10-25T18:00Z',
    },
  },
  {
    zone: 'Europe/London',
    what: 'the morning the clocks go forward',
    date: '2026-03-29',
    night: '2026-03-28',
    at: {
      '03:59': '2026-03-29T02:59Z',
      '04:00': '2026-03-29T03:00Z',
      '17:59': '2026-03-29T16:59Z',
      '18:00': '2026-03-29T17:00Z',
    },
  },
  {
    zone: 'America/New_York',
    what: 'a winter morning (EST)',
    date: '2026-11-26',
    night: '2026-11-25',
    at: {
      '03:59': '2026-11-26T08:59Z',
      '04:00': '2026-11-26T09:00Z',
      '17:59': '2026-11-26T22:59Z',
      '18:00': '2026-11-26T23:00Z',
    },
  },
  {
    zone: 'America/New_York',
    what: 'the morning the clocks go back',
    date: '2026-11-01',
    night: '2026-10-31',
    at: {
      '03:59': '2026-11-01T08:59Z',
      '04:00': '2026-11-01T09:00Z',
      '17:59': '2026-11-01T22:59Z',
      '18:00': '2026-11-01T23:00Z',
    },
  },
  {
    zone: 'America/New_York',
    what: 'the morning the clocks go forward',
    date: '2026-03-08',
    night: '2026-03-07',
    at: {
      '03:59': '2026-03-08T07:59Z',
      '04:00': '2026-03-08T08:00Z',
      '17:59': '2026-03-08T21:59Z',
      '18:00': '2026-03-08T22:00Z',
    },
  },
  {
    zone: 'Pacific/Auckland',
    what: 'a summer morning (NZDT, a day ahead of UTC)',
    date: '2026-11-26',
    night: '2026-11-25',
    at: {
      '03:59': '2026-11-25T14:59Z',
      '04:00': '2026-11-25T15:00Z',
      '17:59': '2026-11-26T04:59Z',
      '18:00': '2026-11-26T05:00Z',
    },
  },
  {
    zone: 'Pacific/Auckland',
    what: 'the morning the clocks go back',
    date: '2026-04-05',
    night: '2026-04-04',
    at: {
      '03:59': '2026-04-04T15:59Z',
      '04:00': '2026-04-04T16:00Z',
      '17:59': '2026-04-05T05:59Z',
      '18:00': '2026-04-05T06:00Z',
    },
  },
  {
    zone: 'Pacific/Auckland',
    what: 'New Year’s morning, while it is still last year in UTC',
    date: '2027-01-01',
    night: '2026-12-31',
    at: {
      '03:59': '2026-12-31T14:59Z',
      '04:00': '2026-12-31T15:00Z',
      '17:59': '2027-01-01T04:59Z',
      '18:00': '2027-01-01T05:00Z',
    },
  },
];

describe('the morning check-in, from 04:00 to 18:00 local, across zones and clock changes', () => {
  it('has its instants written right (each is that wall time in that zone)', () => {
    for (const { zone, date, at } of MORNINGS) {
      for (const [wall, iso] of Object.entries(at)) {
        const local = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
        expect(
          `${local.toPlainDate().toString()} ${local.toPlainTime().toString().slice(0, 5)}`,
          `${zone} ${iso}`,
        ).toBe(`${date} ${wall}`);
      }
    }
  });

  for (const { zone, what, night, at } of MORNINGS) {
    it(`${zone}, ${what}: asks about ${night} from 04:00 until 18:00, not before or after`, () => {
      expect(nightToAskAbout(Date.parse(at['03:59']), zone, none)).toBeNull();
      expect(nightToAskAbout(Date.parse(at['04:00']), zone, none)).toBe(night);
      expect(nightToAskAbout(Date.parse(at['17:59']), zone, none)).toBe(night);
      expect(nightToAskAbout(Date.parse(at['18:00']), zone, none)).toBeNull();
    });

    it(`${zone}, ${what}: does not ask again once ${night} is answered, only about that night`, () => {
      const answered = new Set([night]);
      expect(nightToAskAbout(Date.parse(at['04:00']), zone, answered)).toBeNull();
      expect(nightToAskAbout(Date.parse(at['17:59']), zone, answered)).toBeNull();
      const nightBefore = Temporal.PlainDate.from(night).subtract({ days: 1 }).toString();
      expect(nightToAskAbout(Date.parse(at['04:00']), zone, new Set([nightBefore]))).toBe(night);
    });
  }

  it('asks nothing in the hour the clocks go back, though it comes twice', () => {
    // 01:30 in London on 25 October 2026 is first BST (00:30 UTC), then GMT (01:30 UTC).
    expect(nightToAskAbout(Date.parse('2026-10-25T00:30Z'), 'Europe/London', none)).toBeNull();
    expect(nightToAskAbout(Date.parse('2026-10-25T01:30Z'), 'Europe/London', none)).toBeNull();
    // 01:30 in New York on 1 November 2026 is first EDT (05:30 UTC), then EST (06:30 UTC).
    expect(nightToAskAbout(Date.parse('2026-11-01T05:30Z'), 'America/New_York', none)).toBeNull();
    expect(nightToAskAbout(Date.parse('2026-11-01T06:30Z'), 'America/New_York', none)).toBeNull();
  });

  it('asks each zone about its own night at the same instant (a change of zone)', () => {
    // 16:00 UTC on 26 November: 16:00 in London, 11:00 in New York, 05:00 on the 27th in Auckland.
    const instant = Date.parse('2026-11-26T16:00Z');
    expect(nightToAskAbout(instant, 'Europe/London', none)).toBe('2026-11-25');
    expect(nightToAskAbout(instant, 'America/New_York', none)).toBe('2026-11-25');
    expect(nightToAskAbout(instant, 'Pacific/Auckland', none)).toBe('2026-11-26');
    // Having answered about the 25th in London, a traveller landing in Auckland is asked once
    // about the night there, and nothing more in London's zone.
    const answered = new Set(['2026-11-25']);
    expect(nightToAskAbout(instant, 'Europe/London', answered)).toBeNull();
    expect(nightToAskAbout(instant, 'Pacific/Auckland', answered)).toBe('2026-11-26');
    // 10:00 UTC: morning in London and New York (05:00), 23:00 in Auckland (too late to ask).
    const morningInEurope = Date.parse('2026-11-26T10:00Z');
    expect(nightToAskAbout(morningInEurope, 'Europe/London', none)).toBe('2026-11-25');
    expect(nightToAskAbout(morningInEurope, 'America/New_York', none)).toBe('2026-11-25');
    expect(nightToAskAbout(morningInEurope, 'Pacific/Auckland', none)).toBeNull();
  });
});
