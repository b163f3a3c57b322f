/**
 * Month names as the outlets print them, in English, Russian and Azerbaijani. Data only.
 *
 * @module
 */

/** A month name and its number (1..12). @example `const m: MonthName = { name: 'oktyabr', month: 10 };` */
export interface MonthName {
  readonly name: string;
  readonly month: number;
}

const names = (list: readonly string[][]): MonthName[] =>
  list.flatMap((forms, i) => forms.map((name) => ({ name, month: i + 1 })));

/**
 * English month names and the abbreviations news pages use (`Oct.`, `Sept.`).
 *
 * @example
 * ```ts
 * ENGLISH_MONTHS.find((m) => m.name === 'february')?.month; // 2
 * ```
 */
export const ENGLISH_MONTHS: readonly MonthName[] = /* @__PURE__ */ names([
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
]);

/**
 * Russian month names: genitive (`6 октября 2023`) and nominative forms.
 *
 * @example
 * ```ts
 * RUSSIAN_MONTHS.find((m) => m.name === 'марта')?.month; // 3
 * ```
 */
export const RUSSIAN_MONTHS: readonly MonthName[] = /* @__PURE__ */ names([
  ['января', 'январь'],
  ['февраля', 'февраль'],
  ['марта', 'март'],
  ['апреля', 'апрель'],
  ['мая', 'май'],
  ['июня', 'июнь'],
  ['июля', 'июль'],
  ['августа', 'август'],
  ['сентября', 'сентябрь'],
  ['октября', 'октябрь'],
  ['ноября', 'ноябрь'],
  ['декабря', 'декабрь'],
]);

/**
 * Azerbaijani month names (Latin script), with the spellings seen without Azerbaijani letters.
 *
 * @example
 * ```ts
 * AZERBAIJANI_MONTHS.find((m) => m.name === 'oktyabr')?.month; // 10
 * ```
 */
export const AZERBAIJANI_MONTHS: readonly MonthName[] = /* @__PURE__ */ names([
  ['yanvar'],
  ['fevral'],
  ['mart'],
  ['aprel'],
  ['may'],
  ['iyun'],
  ['iyul'],
  ['avqust'],
  ['sentyabr'],
  ['oktyabr'],
  ['noyabr'],
  ['dekabr'],
]);

/**
 * English weekday names, Sunday first (index = `Date#getUTCDay()`).
 *
 * @example
 * ```ts
 * ENGLISH_WEEKDAYS[1]; // 'monday'
 * ```
 */
export const ENGLISH_WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
