/**
 * The plain days read without chrono-node (src/dates/plain.ts) must be exactly what chrono-node reads in the
 * same windows: `chronoDrafts` with and without the plain readers gives the same drafts and leaves the same
 * triggers unread, on hand-picked traps and on generated sentences around dates.
 */
import { describe, expect, it } from 'vitest';
import { type ChronoTrigger, chronoDrafts } from '../../src/dates/chrono.js';
import { type DateDraft, referenceDay } from '../../src/dates/reference.js';

const ref = referenceDay(null, '2023-05-10');
const EN = ['January', 'Feb', 'March', 'May', 'June', 'Sept', 'September', 'Dec'];
const RU = ['января', 'марта', 'мая', 'июня', 'марте', 'мар'];

function triggersOf(text: string, months: readonly string[]): ChronoTrigger[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${months.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function both(text: string, language: 'en' | 'ru') {
  const triggers = triggersOf(text, language === 'en' ? EN : RU);
  const sorted = (drafts: DateDraft[]) => drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const plain: DateDraft[] = [];
  const chrono: DateDraft[] = [];
  const unreadPlain = chronoDrafts(text, triggers, language, ref, plain, true);
  const unreadChrono = chronoDrafts(text, triggers, language, ref, chrono, false);
  return [
    { drafts: sorted(plain), unread: unreadPlain },
    { drafts: sorted(chrono), unread: unreadChrono },
  ];
}

const TRAPS: [string, 'en' | 'ru'][] = [
  ['It was signed on June 15, 2021 in Baku.', 'en'],
  ['He was sentenced on 12 June 2024. According to them,', 'en'],
  ['It opened on June 5 in the morning.', 'en'],
  ['The exercise started on July 1 and will last until July 12.', 'en'],
  ['held on October 24-25, 2023, in Shusha', 'en'],
  ['from 5 Jun onwards', 'en'],
  ['on June 15 to second round', 'en'],
  ['March 15-29 of Sep 5-9', 'en'],
  ['on June 15 GMT the talks', 'en'],
  ['on June 15, 2021 be held', 'en'],
  ['in January-March, 4 percent more', 'en'],
  ['on Sat, June 15 they met', 'en'],
  ['February 29 was a leap day', 'en'],
  ['Документ подписан 3 марта 2023 года.', 'ru'],
  ['в Баку, 5 июня состоялось', 'ru'],
  ['с 5 июня по 7 июня', 'ru'],
  ['что 5 марта в Актау', 'ru'],
  ['что 5 марта 2023 г. в Актау', 'ru'],
];

describe('plain days read without chrono-node', () => {
  it.each(TRAPS)('%s', (text, language) => {
    const [plain, chrono] = both(text, language);
    expect(plain).toEqual(chrono);
  });

  it('agree with chrono-node on generated sentences', () => {
    const words = ['On', 'the', 'will', 'be', 'held', 'in', 'at', 'from', 'until', 'and', 'to', '-', ',', '.', 'am'];
    const more = ['a.m.', 'GMT', 'AD', 'percent', 'first', 'Sat', 'may', 'March', '(', '\n', 'of', 'с', 'в', 'года'];
    const pool = [...words, ...more, 'г.', 'вторник', 'первого', 'утра', 'UTC', 'процентов', 'é', '_'];
    let seed = 20260124;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pick = <T>(a: readonly T[]) => a[rnd(a.length)] as T;
    for (let k = 0; k < 1500; k++) {
      const language = rnd(2) ? 'en' : 'ru';
      let text = '';
      for (let i = rnd(6); i > 0; i--) text += `${pick(pool)} `;
      for (let p = 1 + rnd(2); p > 0; p--) {
        const day = String(pick([1, 5, 15, 28, 29, 30, 31, 32]));
        const month = pick(language === 'en' ? EN : RU);
        const year = rnd(2) ? pick([' 2021', ', 2021', ' 1600', ' 2023 года', ' 2023 г.']) : '';
        const range = rnd(4) === 0;
        text +=
          language === 'en' && rnd(2)
            ? `${month} ${day}${range ? `-${pick(['9', '30'])}` : ''}${year}`
            : `${range ? `${pick(['9', '3'])}-` : ''}${day} ${month}${year}`;
        for (let i = rnd(4); i > 0; i--) text += ` ${pick(pool)}`;
        text += ' ';
      }
      const [plain, chrono] = both(text, language);
      expect(plain, text).toEqual(chrono);
    }
  });
});
