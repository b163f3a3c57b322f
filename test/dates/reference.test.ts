/**
 * The reference day and the resolution of year-less days, months, weekdays and shifts.
 */
import { describe, expect, it } from 'vitest';
import { dependsOnTense, referenceDay, resolveDateValue } from '../../src/dates/reference.js';

const ref = (iso: string) => {
  const r = referenceDay({ iso, precision: iso.length === 10 ? 'day' : 'minute', text: iso }, undefined);
  if (!r) throw new Error(`no reference from ${iso}`);
  return r;
};

describe('referenceDay', () => {
  it('reads day and minute publication times in Baku time', () => {
    expect(ref('2024-12-23')).toMatchObject({ year: 2024, month: 12, day: 23, weekday: 1 });
    const r = ref('2022-02-08T01:30:00+04:00');
    expect(r).toMatchObject({ year: 2022, month: 2, day: 8, weekday: 2 });
    expect(r.instant.toISOString()).toBe('2022-02-07T21:30:00.000Z');
  });

  it('falls back to referenceDate: a day string, any Date.parse string, or a Date', () => {
    expect(referenceDay(null, '2024-03-06')).toMatchObject({ year: 2024, month: 3, day: 6 });
    expect(referenceDay(undefined, '2024-03-05T21:00:00Z')).toMatchObject({ day: 6 }); // 01:00 in Baku
    expect(referenceDay(null, new Date('2024-03-05T19:00:00Z'))).toMatchObject({ day: 5 }); // 23:00 in Baku
  });

  it('gives null without a usable reference', () => {
    expect(referenceDay(null, undefined)).toBeNull();
    expect(referenceDay(null, 'next week')).toBeNull();
    expect(referenceDay(null, new Date(Number.NaN))).toBeNull();
  });

  it('reads only the two publication-time shapes exactly, and anything else through Date.parse', () => {
    expect(referenceDay({ iso: '2022-02-30', precision: 'day', text: '' }, undefined)).toBeNull();
    expect(referenceDay({ iso: '2022-02-08T15:47:00+03:00', precision: 'minute', text: '' }, undefined)).toBeNull();
    expect(referenceDay({ iso: '2022-02-08T15:47+04:00', precision: 'minute', text: '' }, undefined)).toBeNull();
    expect(referenceDay({ iso: '2022-02-08 ', precision: 'day', text: '' }, undefined)).toBeNull();
    expect(referenceDay({ iso: '2022/02/08', precision: 'day', text: '' }, '2024-03-06')).toMatchObject({ day: 6 });
    expect(referenceDay(null, '2024-3-6')).toMatchObject({ year: 2024, month: 3, day: 6 }); // via Date.parse
  });
});

describe('dependsOnTense', () => {
  const feb8 = ref('2022-02-08'); // a Tuesday

  it('is true for year-less days, months and bare weekdays other than the reference’s own', () => {
    expect(dependsOnTense({ kind: 'day', month: 6, day: 15, clock: null }, feb8)).toBe(true);
    expect(dependsOnTense({ kind: 'month', month: 3 }, feb8)).toBe(true);
    expect(dependsOnTense({ kind: 'weekday', weekday: 5, mode: 'this', clock: null }, feb8)).toBe(true);
  });

  it('is false where both tenses give the same day: the reference day, month or weekday itself', () => {
    expect(dependsOnTense({ kind: 'day', month: 2, day: 8, clock: null }, feb8)).toBe(false);
    expect(dependsOnTense({ kind: 'month', month: 2 }, feb8)).toBe(false);
    expect(dependsOnTense({ kind: 'weekday', weekday: 2, mode: null, clock: null }, feb8)).toBe(false);
  });

  it('is false for fixed dates, shifts and last/next weekdays, whatever a range’s last day is', () => {
    const fixed = { kind: 'fixed', year: 2021, month: 6, day: 15, clock: null } as const;
    expect(dependsOnTense(fixed, feb8, { kind: 'day', month: 6, day: 17, clock: null })).toBe(false);
    expect(dependsOnTense({ kind: 'weekday', weekday: 5, mode: 'last', clock: null }, feb8)).toBe(false);
    expect(dependsOnTense({ kind: 'shift', unit: 'day', amount: -1, clock: null }, feb8)).toBe(false);
  });

  it('follows the last day of a range that starts on the reference day (`8 to 10 February`)', () => {
    const first = { kind: 'day', month: 2, day: 8, clock: null } as const;
    expect(dependsOnTense(first, feb8, { kind: 'day', month: 2, day: 10, clock: null })).toBe(true);
    expect(dependsOnTense(first, feb8, { kind: 'day', month: 2, day: 8, clock: null })).toBe(false);
  });
});

describe('resolveDateValue', () => {
  const feb8 = ref('2022-02-08');

  it('puts a year-less day in the latest year not after the reference, or the next one for the future', () => {
    const june15 = { kind: 'day', month: 6, day: 15, clock: null } as const;
    expect(resolveDateValue(june15, feb8, false)).toEqual({ iso: '2021-06-15', precision: 'day' });
    expect(resolveDateValue(june15, feb8, true)).toEqual({ iso: '2022-06-15', precision: 'day' });
    const feb8v = { kind: 'day', month: 2, day: 8, clock: null } as const;
    expect(resolveDateValue(feb8v, feb8, false)?.iso).toBe('2022-02-08');
    expect(resolveDateValue(feb8v, feb8, true)?.iso).toBe('2022-02-08');
  });

  it('moves February 29 to a leap year in the same direction', () => {
    const feb29 = { kind: 'day', month: 2, day: 29, clock: null } as const;
    expect(resolveDateValue(feb29, ref('2025-03-01'), false)?.iso).toBe('2024-02-29');
    expect(resolveDateValue(feb29, ref('2025-03-01'), true)?.iso).toBe('2028-02-29');
  });

  it('resolves weekdays, the reference weekday being the reference day', () => {
    const wed = ref('2024-03-06');
    const monday = (mode: 'last' | 'next' | 'this' | null) =>
      ({ kind: 'weekday', weekday: 1, mode, clock: null }) as const;
    expect(resolveDateValue(monday(null), wed, false)?.iso).toBe('2024-03-04');
    expect(resolveDateValue(monday(null), wed, true)?.iso).toBe('2024-03-11');
    expect(resolveDateValue(monday('last'), ref('2024-03-04'), true)?.iso).toBe('2024-02-26');
    expect(resolveDateValue(monday('next'), ref('2024-03-04'), false)?.iso).toBe('2024-03-11');
    expect(resolveDateValue({ kind: 'weekday', weekday: 3, mode: null, clock: null }, wed, false)?.iso).toBe(
      '2024-03-06',
    );
    expect(resolveDateValue({ kind: 'weekday', weekday: 3, mode: null, clock: null }, wed, true)?.iso).toBe(
      '2024-03-06',
    );
  });

  it('resolves months and shifts across year ends', () => {
    const jan = ref('2024-01-10');
    expect(resolveDateValue({ kind: 'month', month: 12 }, jan, false)).toEqual({ iso: '2023-12', precision: 'month' });
    expect(resolveDateValue({ kind: 'month', month: 1 }, jan, false)).toEqual({ iso: '2024-01', precision: 'month' });
    expect(resolveDateValue({ kind: 'shift', unit: 'month', amount: -1, clock: null }, jan, false)?.iso).toBe(
      '2023-12',
    );
    expect(resolveDateValue({ kind: 'shift', unit: 'day', amount: -10, clock: null }, jan, false)?.iso).toBe(
      '2023-12-31',
    );
    expect(resolveDateValue({ kind: 'shift', unit: 'year', amount: 1, clock: null }, jan, false)).toEqual({
      iso: '2025',
      precision: 'year',
    });
  });

  it('writes clock times in Baku time, converting a named zone', () => {
    const late = { kind: 'fixed', year: 2024, month: 6, day: 5, clock: { hour: 22, minute: 30, offset: 0 } } as const;
    expect(resolveDateValue(late, null, false)).toEqual({ iso: '2024-06-06T02:30:00+04:00', precision: 'minute' });
  });

  it('needs a reference for everything but fixed values, and rejects impossible days', () => {
    expect(resolveDateValue({ kind: 'day', month: 6, day: 15, clock: null }, null, false)).toBeNull();
    expect(resolveDateValue({ kind: 'fixed', year: 2023, month: 2, day: 29, clock: null }, null, false)).toBeNull();
    expect(resolveDateValue({ kind: 'fixed', year: 1992, month: null, day: null, clock: null }, null, false)).toEqual({
      iso: '1992',
      precision: 'year',
    });
  });
});
