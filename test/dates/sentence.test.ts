/**
 * The lazily walked sentence around a date (the tense test's sentence edges).
 */
import { describe, expect, it } from 'vitest';
import { SentenceAround } from '../../src/dates/sentence.js';

/** The edges as the fully walked sentence has them: the least x it starts by, the least x it does not end after. */
function edges(body: string, start: number, end: number): [number, number] {
  const s = new SentenceAround(body, start, end);
  let from = start;
  while (from > 0 && s.startsBy(from - 1)) from--;
  let to = end;
  while (s.endsAfter(to)) to++;
  return [from, to];
}

describe('SentenceAround', () => {
  it('runs back to a stop with a space after it and forward past the next one', () => {
    const body = 'Talks ended. On Monday, the sides met. Then they left.';
    expect(edges(body, 16, 22)).toEqual([12, 38]);
  });

  it('ends at a line break either way, and at the body ends', () => {
    expect(edges('a\nOn Monday they met\nb', 5, 11)).toEqual([2, 20]);
    expect(edges('On Monday they met', 3, 9)).toEqual([0, 18]);
  });

  it('does not end at a stop right before the date or one without a space after it', () => {
    expect(edges('He went to St.Petersburg on Monday. Then', 28, 34)).toEqual([0, 35]);
    expect(edges('The U.S. talks. On 5.6 they met', 19, 22)).toEqual([15, 31]);
  });

  it('looks at most 400 characters each way', () => {
    const body = `${'x'.repeat(500)} Monday ${'y'.repeat(500)}`;
    expect(edges(body, 501, 507)).toEqual([101, 907]);
  });

  it('answers the same whatever order the questions come in', () => {
    const body = 'Talks ended. On Monday, the sides met. Then they left.';
    const s = new SentenceAround(body, 16, 22);
    expect(s.endsAfter(50)).toBe(false);
    expect(s.startsBy(0)).toBe(false);
    expect(s.endsAfter(37)).toBe(true);
    expect(s.startsBy(12)).toBe(true);
  });
});
