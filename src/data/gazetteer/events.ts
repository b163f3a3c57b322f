/**
 * Known events, event series written with a number (`COP29`), and legal codes. Data only.
 *
 * @module
 */
import type { GazetteerEntry } from './types.js';

/**
 * Recurring events and well-known one-off events.
 *
 * @example
 * ```ts
 * KNOWN_EVENTS.some((e) => e.name === 'Teknofest'); // true
 * ```
 */
export const KNOWN_EVENTS: readonly GazetteerEntry[] = [
  { type: 'event', name: 'Teknofest', variants: ['TEKNOFEST', 'Teknofest Azerbaijan'] },
  {
    type: 'event',
    name: 'Kharibulbul Festival',
    variants: ['Kharibulbul', 'Xarıbülbül', 'Khari Bulbul'],
    country: 'AZ',
  },
  { type: 'event', name: 'Baku Energy Week', country: 'AZ' },
  { type: 'event', name: 'Baku Global Forum', variants: ['Global Baku Forum'], country: 'AZ' },
  {
    type: 'event',
    name: 'Formula 1 Azerbaijan Grand Prix',
    variants: ['Azerbaijan Grand Prix', 'Baku Grand Prix'],
    country: 'AZ',
  },
  { type: 'event', name: 'Second Karabakh War', variants: ['44-day war', 'Second Karabakh war'], country: 'AZ' },
  { type: 'event', name: 'First Karabakh War', variants: ['First Karabakh war'], country: 'AZ' },
  {
    type: 'event',
    name: 'Khojaly genocide',
    variants: ['Khojaly Genocide', 'Khojaly tragedy', 'Khojaly massacre'],
    country: 'AZ',
  },
  { type: 'event', name: 'Black January', variants: ['20 January tragedy'], country: 'AZ' },
  { type: 'event', name: 'Victory Day', variants: ['Zəfər Günü'], country: 'AZ' },
  { type: 'event', name: 'Novruz', variants: ['Novruz Bayram', 'Novruz holiday'] },
  { type: 'event', name: 'Eurovision Song Contest', variants: ['Eurovision'] },
  { type: 'event', name: 'Olympic Games', variants: ['Olympics', 'Summer Olympics', 'Winter Olympics'] },
  { type: 'event', name: 'European Games', variants: ['Baku 2015 European Games'] },
  { type: 'event', name: 'Islamic Solidarity Games' },
  { type: 'event', name: 'Munich Security Conference' },
  { type: 'event', name: 'World Economic Forum', variants: ['Davos Forum'] },
  { type: 'event', name: 'Antalya Diplomacy Forum' },
  { type: 'event', name: 'IDEF', variants: ['International Defence Industry Fair'], caseSensitive: true },
  { type: 'event', name: 'ADEX', variants: ['Azerbaijan International Defence Exhibition'], caseSensitive: true },
  { type: 'event', name: 'Caspian Oil and Gas', variants: ['Caspian Oil & Gas'] },
];

/**
 * Prefixes of event series written with a number glued or after a space (`COP29`, `COP 29`, `WUF13`).
 *
 * @example
 * ```ts
 * EVENT_SERIES.includes('COP'); // true
 * ```
 */
export const EVENT_SERIES: readonly string[] = ['COP', 'WUF', 'EXPO', 'Expo', 'IDEF', 'ADEX'];

/**
 * Legal codes and the constitution, in English, Russian and Azerbaijani.
 *
 * @example
 * ```ts
 * LEGAL_CODES.find((c) => c.name === 'Criminal Code')?.variants; // ['Уголовный кодекс', …]
 * ```
 */
export const LEGAL_CODES: readonly GazetteerEntry[] = [
  {
    type: 'law',
    name: 'Criminal Code',
    variants: ['Уголовный кодекс', 'Уголовного кодекса', 'УК', 'Cinayət Məcəlləsi', 'Cinayət Məcəlləsinin'],
  },
  {
    type: 'law',
    name: 'Code of Criminal Procedure',
    variants: ['Criminal Procedure Code', 'Уголовно-процессуальный кодекс', 'УПК', 'Cinayət-Prosessual Məcəlləsi'],
  },
  {
    type: 'law',
    name: 'Civil Code',
    variants: ['Гражданский кодекс', 'Гражданского кодекса', 'Mülki Məcəllə', 'Mülki Məcəlləsi'],
  },
  {
    type: 'law',
    name: 'Tax Code',
    variants: ['Налоговый кодекс', 'Налогового кодекса', 'Vergi Məcəlləsi', 'Vergi Məcəlləsinin'],
  },
  {
    type: 'law',
    name: 'Labor Code',
    variants: ['Labour Code', 'Трудовой кодекс', 'Трудового кодекса', 'Əmək Məcəlləsi'],
  },
  {
    type: 'law',
    name: 'Code of Administrative Offenses',
    variants: [
      'Code of Administrative Offences',
      'Administrative Offenses Code',
      'Кодекс об административных проступках',
      'İnzibati Xətalar Məcəlləsi',
    ],
  },
  { type: 'law', name: 'Family Code', variants: ['Семейный кодекс', 'Ailə Məcəlləsi'] },
  { type: 'law', name: 'Land Code', variants: ['Земельный кодекс', 'Torpaq Məcəlləsi'] },
  { type: 'law', name: 'Customs Code', variants: ['Таможенный кодекс', 'Gömrük Məcəlləsi'] },
  { type: 'law', name: 'Electoral Code', variants: ['Election Code', 'Избирательный кодекс', 'Seçki Məcəlləsi'] },
  { type: 'law', name: 'Housing Code', variants: ['Жилищный кодекс', 'Mənzil Məcəlləsi'] },
  {
    type: 'law',
    name: 'Constitution',
    variants: [
      'Constitution of Azerbaijan',
      'Constitution of the Republic of Azerbaijan',
      'Конституция',
      'Konstitusiya',
    ],
    caseSensitive: true,
  },
];
