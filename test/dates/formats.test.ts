import { describe, expect, it } from 'vitest';
import { daysInMonth, isValidDate, toIso, toPublishedTime } from '../../src/dates/calendar.js';
import {
  parseClockDottedDate,
  parseDayMonthYear,
  parseIsoDay,
  parseShortDottedDate,
  parseWeekdayMonthDayYear,
} from '../../src/dates/formats.js';
import { monthNumber } from '../../src/dates/months.js';

describe('outlet date formats', () => {
  it('reads D Month YYYY with and without time, comma and UTC suffix', () => {
    expect(parseDayMonthYear('8 February 2022 15:47 (UTC+04:00)')).toEqual({
      year: 2022,
      month: 2,
      day: 8,
      hour: 15,
      minute: 47,
    });
    expect(parseDayMonthYear('6 October 2023 16:16')).toMatchObject({ hour: 16, minute: 16 });
    expect(parseDayMonthYear('7 March 2024, 15:54')).toMatchObject({ month: 3, day: 7, hour: 15, minute: 54 });
    expect(parseDayMonthYear('8 February 2022')).toEqual({ year: 2022, month: 2, day: 8, hour: null, minute: null });
    expect(parseDayMonthYear('17 January 2024 16:42 (UTC +04:00)')).toMatchObject({ hour: 16 });
  });

  it('reads Russian and Azerbaijani month names', () => {
    expect(parseDayMonthYear('6 октября 2023 10:05')).toMatchObject({ year: 2023, month: 10, day: 6, hour: 10 });
    expect(parseDayMonthYear('6 oktyabr 2023')).toMatchObject({ month: 10, day: 6 });
    expect(parseDayMonthYear('12 avqust 2024')).toMatchObject({ month: 8 });
    expect(monthNumber('Yanvar')).toBe(1);
    expect(monthNumber('Sept.')).toBe(9);
  });

  it('rejects impossible dates and other shapes', () => {
    expect(parseDayMonthYear('31 February 2024')).toBeNull();
    expect(parseDayMonthYear('29 February 2023')).toBeNull();
    expect(parseDayMonthYear('29 February 2024')).not.toBeNull();
    expect(parseDayMonthYear('8 Baku 2022')).toBeNull();
    expect(parseDayMonthYear('8 February 2022 25:10')).toBeNull();
    expect(parseDayMonthYear('Thursday April 18 2024')).toBeNull();
  });

  it('reads EDnews, Turan dateline and crawler formats', () => {
    expect(parseClockDottedDate('16:29 21.05.2025')).toEqual({ year: 2025, month: 5, day: 21, hour: 16, minute: 29 });
    expect(parseClockDottedDate('16:29 32.05.2025')).toBeNull();
    expect(parseShortDottedDate('06.10.23')).toEqual({ year: 2023, month: 10, day: 6, hour: null, minute: null });
    expect(parseShortDottedDate('19.07.19')).toMatchObject({ year: 2019, month: 7, day: 19 });
    expect(parseIsoDay('2024-03-06')).toMatchObject({ year: 2024, month: 3, day: 6 });
    expect(parseIsoDay('2024-13-06')).toBeNull();
  });

  it('recognises the site-header "today" shape', () => {
    expect(parseWeekdayMonthDayYear('Thursday April 18 2024')).toMatchObject({ year: 2024, month: 4, day: 18 });
    expect(parseWeekdayMonthDayYear('8 February 2022')).toBeNull();
  });

  it('formats ISO in Baku time', () => {
    expect(toIso({ year: 2022, month: 2, day: 8, hour: 15, minute: 47 })).toBe('2022-02-08T15:47:00+04:00');
    expect(toIso({ year: 2024, month: 3, day: 6, hour: null, minute: null })).toBe('2024-03-06');
    expect(toPublishedTime(parseDayMonthYear('8 February 2022 15:47'), '8 February 2022 15:47', 'page')).toEqual({
      iso: '2022-02-08T15:47:00+04:00',
      precision: 'minute',
      text: '8 February 2022 15:47',
      source: 'page',
    });
  });
});

describe('calendar days', () => {
  it('counts the days of every month, leap years included, and agrees with Date on 1900–2100', () => {
    expect(daysInMonth(2, 2024)).toBe(29);
    expect(daysInMonth(2, 1900)).toBe(28);
    expect(daysInMonth(2, 2000)).toBe(29);
    expect(daysInMonth(2)).toBe(28);
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(month, year)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });

  it('accepts only real days and times', () => {
    const day = (year: number, month: number, d: number) => ({ year, month, day: d, hour: null, minute: null });
    expect(isValidDate(day(2024, 2, 29))).toBe(true);
    expect(isValidDate(day(2023, 2, 29))).toBe(false);
    expect(isValidDate(day(2023, 4, 31))).toBe(false);
    expect(isValidDate(day(2023, 13, 1))).toBe(false);
    expect(isValidDate(day(1899, 1, 1))).toBe(false);
    expect(isValidDate({ year: 2023, month: 1, day: 1, hour: 24, minute: 0 })).toBe(false);
    expect(isValidDate({ year: 2023, month: 1, day: 1, hour: 23, minute: 59 })).toBe(true);
  });
});
