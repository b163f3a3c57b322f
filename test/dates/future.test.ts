/**
 * Whether the clause around a date speaks of the future.
 */
import { describe, expect, it } from 'vitest';
import { createFutureTest, speaksOfFuture } from '../../src/dates/future.js';

/** Whether the first occurrence of `date` in `sentence` is spoken of in the future. */
const future = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  if (at < 0) throw new Error(`${date} not in ${sentence}`);
  return speaksOfFuture(sentence, at, at + date.length);
};

describe('speaksOfFuture', () => {
  it.each([
    ['The forum will be held in Baku on June 15.', 'June 15'],
    ['The next session is scheduled for November 12.', 'November 12'],
    ['The meeting is to take place on April 2, the ministry said.', 'April 2'],
    ['Talks are expected to resume on Friday.', 'Friday'],
    ['On Friday, the ministry will present the results.', 'Friday'],
    ['The exercise started on July 1 and will last until July 12.', 'July 12'],
    ['Заседание комиссии пройдет в Астане 23 апреля.', '23 апреля'],
    ['Festivalın açılışı 12 may tarixində Cıdır düzündə olacaq.', '12 may'],
    // The front-vowel future `-əcək` ends in an ASCII letter, like `-acaq`.
    ['Sərgi 20 may tarixində Bakıda keçiriləcək.', '20 may'],
    ['Nazir iyunun 5-də Bakıya gələcək.', 'iyunun 5-də'],
  ])('future: %s', (sentence, date) => {
    expect(future(sentence, date)).toBe(true);
  });

  it.each([
    ['The ministry reported on February 8.', 'February 8'],
    ['On June 15, the two countries signed a memorandum that will shape their ties.', 'June 15'],
    ['The memorandum signed on June 15 will take effect next year.', 'June 15'],
    ['The exercise started on July 1 and will last until July 12.', 'July 1'],
    ['He said on Monday he will visit Baku.', 'Monday'],
    ['Василенко отметил, что 5 марта в Актау был открыт хаб.', '5 марта'],
    ['Nazir 15 aprel tarixində keçirilən müşavirədə bildirib.', '15 aprel'],
    ['The guests laid wreaths on Monday.', 'Monday'],
  ])('past: %s', (sentence, date) => {
    expect(future(sentence, date)).toBe(false);
  });

  it('reads each clause of a sentence apart, and each sentence once', () => {
    const body = 'The ministry said on Monday that the meeting will be held on Friday. It ended on Tuesday.';
    const isFuture = createFutureTest(body);
    const at = (s: string) => body.indexOf(s);
    expect(isFuture(at('Monday'), at('Monday') + 6)).toBe(false);
    expect(isFuture(at('Friday'), at('Friday') + 6)).toBe(true);
    expect(isFuture(at('Tuesday'), at('Tuesday') + 7)).toBe(false);
  });
});
