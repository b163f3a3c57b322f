/**
 * Dates written with digits only: `06.10.2023` and `21/05/2025` (day first, as in Azerbaijan; two-digit years
 * only as `dd.mm.yy`), ISO days (`2024-03-06`, with an optional `T15:30`), and the year forms whose marker
 * follows the number: Russian `2023 году`/`2023 г.` and Azerbaijani `1989-cu ildə`. English years after a
 * preposition are read by `english.ts`.
 *
 * @module
 */
import { englishYear, englishYearStart } from './english.js';
import type { Clock, DateDraft } from './reference.js';
import { clockAfter, matchAt, matchBefore, monthRangeDraft, quantityAfter, tailStart } from './scan.js';

/**
 * A regular-expression source for the digit shapes that can be dates: `dd.mm.yyyy`, `dd/mm/yyyy`, `dd.mm.yy`
 * and four-digit years 1700–2099 (`1992`, the head of `2024-03-06`).
 *
 * @example
 * ```ts
 * new RegExp(`^(?:${NUMBER_SHAPES})$`).test('06.10.2023'); // true
 * ```
 */
export const NUMBER_SHAPES = '\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})|(?:1[7-9]|20)\\d{2}';

const NUMERIC = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/;
const FOUR_DIGITS = /^\d{4}$/;
const ISO_TAIL = /-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ]([01]\d|2[0-3]):([0-5]\d))?(?![\p{N}])/uy;
const RU_YEAR = /\s?(?:год(?:у|а|ом)?|г\.)(?![\p{L}])/uy;
const RU_PREPOSITION = /(?:^|[^\p{L}])((?:[Вв]|[Сс]о?|[Дд]о|[Кк]|[Пп]о|[Нн]а|[Оо]т|[Зз]а)\s+)$/u;
const AZ_YEAR = /-(?:ci|cı|cu|cü)\s+il(?:in|də|dən|ə|i|dir|dək)?(?![\p{L}])/uy;
const CLOCK_BEFORE = /(?:^|[^\p{N}:])(([01]?\d|2[0-3]):([0-5]\d)\s+)$/u;

/**
 * Reads the digit shape at `[start, end)` (one of {@link NUMBER_SHAPES}) into drafts: a numeric or ISO day
 * (with a clock time before or after it: `16:29 21.05.2025`), a Russian or Azerbaijani year, or an English
 * year after a preposition.
 *
 * @example
 * ```ts
 * const out: DateDraft[] = [];
 * numberDate('festival ilk dəfə 1989-cu ildə keçirilib', 18, 22, out);
 * out[0]; // { start: 18, end: 30, value: { kind: 'fixed', year: 1989, month: null, day: null, clock: null } }
 * ```
 */
export function numberDate(body: string, start: number, end: number, out: DateDraft[]): void {
  const text = body.slice(start, end);
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, d, sep, m, y] = numeric as unknown as [string, string, string, string, string];
    if (y.length === 2 && (sep !== '.' || d.length !== 2 || m.length !== 2)) return;
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    pushDay(body, start, end, year, Number(m), Number(d), out);
    return;
  }
  if (!FOUR_DIGITS.test(text)) return;
  const year = Number(text);
  const iso = matchAt(ISO_TAIL, body, end);
  if (iso) {
    const clock = iso[3] === undefined ? null : { hour: Number(iso[3]), minute: Number(iso[4]), offset: null };
    out.push({
      start,
      end: end + iso[0].length,
      value: { kind: 'fixed', year, month: Number(iso[1]), day: Number(iso[2]), clock },
    });
    return;
  }
  if (yearRange(body, start, end, year, out)) return;
  const ru = matchAt(RU_YEAR, body, end);
  if (ru) {
    if (russianPeriodOfYear(body, start, end + ru[0].length, year, out)) return;
    const prep = matchBefore(RU_PREPOSITION, body, start);
    out.push({ start: prep ? tailStart(prep, 1) : start, end: end + ru[0].length, value: yearOnly(year) });
    return;
  }
  const az = matchAt(AZ_YEAR, body, end);
  if (az) {
    const to = end + az[0].length;
    if (az[0].endsWith('ilin') && azerbaijaniPeriodOfYear(body, start, to, year, out)) return;
    out.push({ start, end: to, value: yearOnly(year) });
    return;
  }
  englishYear(body, start, end, out);
}

const yearOnly = (year: number) => ({ kind: 'fixed', year, month: null, day: null, clock: null }) as const;

// After `2023-cü ilin`: ` birinci rübündə` (quarter), ` ilk yarısında` (half), ` 9 ayında` (first months).
const AZ_QUARTER_AFTER = /\s+(birinci|ikinci|üçüncü|dördüncü|I|II|III|IV)\s+rüb\p{L}*/uy;
const AZ_HALF_AFTER = /\s+(ilk|birinci|ikinci|son)\s+yarı\p{L}*/uy;
const AZ_MONTHS_AFTER = /\s+(?:ilk\s+)?(\d{1,2})\s+ay(?:ı|ında|ı ərzində)?(?![\p{L}])/uy;
const AZ_ORDINALS: Readonly<Record<string, number>> = {
  birinci: 1,
  ilk: 1,
  I: 1,
  ikinci: 2,
  son: 2,
  II: 2,
  üçüncü: 3,
  III: 3,
  dördüncü: 4,
  IV: 4,
};

/**
 * A part of the year after `2023-cü ilin` (its end is `to`): `birinci rübündə` (a quarter), `ilk yarısında`
 * (a half), `9 ayında` (the first months), read as the range of its first and last month.
 */
function azerbaijaniPeriodOfYear(body: string, start: number, to: number, year: number, out: DateDraft[]): boolean {
  const quarter = matchAt(AZ_QUARTER_AFTER, body, to);
  const half = quarter ? null : matchAt(AZ_HALF_AFTER, body, to);
  const part = quarter ?? half;
  if (part) {
    const n = AZ_ORDINALS[part[1] as string] as number;
    if (half && n > 2) return false;
    const [first, last] = quarter ? [3 * n - 2, 3 * n] : [6 * n - 5, 6 * n];
    out.push(monthRangeDraft(start, to + part[0].length, first, last, year));
    return true;
  }
  const months = matchAt(AZ_MONTHS_AFTER, body, to);
  const count = months ? Number(months[1]) : 0;
  if (!months || count < 2 || count > 11) return false;
  out.push(monthRangeDraft(start, to + months[0].length, 1, count, year));
  return true;
}

// `в первом квартале `, `за второе полугодие `; `за 9 месяцев `, `за первые 9 месяцев `.
const RU_PART_BEFORE =
  /(?:^|[^\p{L}])((?:[Вв]о?|[Зз]а)\s+(перв|втор|трет|четв[её]рт)\p{L}*\s+(квартал|полугоди)\p{L}*\s+)$/u;
const RU_MONTHS_BEFORE = /(?:^|[^\p{L}])([Зз]а\s+(?:первые\s+)?(\d{1,2})\s+месяц\p{L}*\s+)$/u;
const RU_ORDINALS: Readonly<Record<string, number>> = { перв: 1, втор: 2, трет: 3, четв: 4 };

/**
 * A part of the year before the year at `start` (`в первом квартале 2024 года`, `в первом полугодии`, `за 9
 * месяцев 2023 года`), read as the range of its first and last month up to `end`.
 */
function russianPeriodOfYear(body: string, start: number, end: number, year: number, out: DateDraft[]): boolean {
  const part = matchBefore(RU_PART_BEFORE, body, start);
  const n = part ? (RU_ORDINALS[(part[2] as string).slice(0, 4)] as number) : 0;
  if (part && (part[3] === 'квартал' || n <= 2)) {
    const [first, last] = part[3] === 'квартал' ? [3 * n - 2, 3 * n] : [6 * n - 5, 6 * n];
    out.push(monthRangeDraft(tailStart(part, 1), end, first, last, year));
    return true;
  }
  const months = part ? null : matchBefore(RU_MONTHS_BEFORE, body, start);
  const count = months ? Number(months[2]) : 0;
  if (!months || count < 2 || count > 11) return false;
  out.push(monthRangeDraft(tailStart(months, 1), end, 1, count, year));
  return true;
}

// `-2023`, ` – 2023`: the last year of a range.
const YEAR_RANGE_AFTER = /\s?[-–—]\s?((?:1[7-9]|20)\d{2})(?![\p{L}\p{N}])/uy;
// What may follow the last year: Russian `годах`/`годы`/`гг.`, Azerbaijani `-ci illərdə`, `-cu ildə`.
const RU_YEARS = /\s?(?:год(?:ах|ы|ов|а|у)?|гг?\.)(?![\p{L}])/uy;
const AZ_YEARS = /-(?:ci|cı|cu|cü)\s+il(?:lər)?(?:in|də|dən|ə|i|dir|dək)?(?![\p{L}])/uy;

/**
 * A range of years from the year at `[start, end)` (`2022-2023`, `the 2024–2026 plan`, `в 2022-2023 годах`):
 * both years over the same text. Not when the last year is not later (within a century), or a quantity
 * follows it (`1800-2000 tons`).
 */
function yearRange(body: string, start: number, end: number, first: number, out: DateDraft[]): boolean {
  const range = matchAt(YEAR_RANGE_AFTER, body, end);
  if (!range) return false;
  const last = Number(range[1]);
  let to = end + range[0].length;
  if (last <= first || last - first > 100 || quantityAfter(body, to)) return false;
  const ru = matchAt(RU_YEARS, body, to);
  const az = ru ? null : matchAt(AZ_YEARS, body, to);
  const prep = ru ? matchBefore(RU_PREPOSITION, body, start) : null;
  to += ru?.[0].length ?? az?.[0].length ?? 0;
  const from = prep ? tailStart(prep, 1) : ru || az ? start : englishYearStart(body, start);
  out.push({ start: from, end: to, value: yearOnly(first), until: yearOnly(last) });
  return true;
}

function pushDay(body: string, start: number, end: number, year: number, month: number, day: number, out: DateDraft[]) {
  let from = start;
  let to = end;
  let clock: Clock | null = null;
  const before = matchBefore(CLOCK_BEFORE, body, start);
  if (before) {
    from = tailStart(before, 1);
    clock = { hour: Number(before[2]), minute: Number(before[3]), offset: null };
  } else {
    const after = clockAfter(body, end);
    if (after) {
      to = after.end;
      clock = after.clock;
    }
  }
  out.push({ start: from, end: to, value: { kind: 'fixed', year, month, day, clock } });
}
