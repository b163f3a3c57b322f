/**
 * Which of the outlets' languages a text is in, by its letters: Cyrillic is Russian, the Azerbaijani letters
 * (ə above all) are Azerbaijani, the rest English. Cheap and good enough for news bodies; a few Turkish
 * names (`Türkiye`, `Güler`) in an English text do not tip it.
 *
 * @module
 */
import type { Language } from '../article/schema.js';

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
// ə (schwa) is the mark of Azerbaijani; the others are shared with Turkish names in English texts.
const SCHWA = /[əƏ]/gu;
const AZ_LETTERS = /[ğĞıİşŞçÇöÖüÜ]/gu;

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/**
 * Detects `ru`, `az` or `en` from the letters of `text`.
 *
 * @example
 * ```ts
 * detectLanguage('Министр обороны Азербайджана');   // 'ru'
 * detectLanguage('Müdafiə naziri Türkiyədə səfərdədir'); // 'az'
 * detectLanguage('The minister met Yaşar Güler.');  // 'en'
 * ```
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const cyrillic = count(CYRILLIC, sample);
  const latin = count(LATIN, sample);
  if (cyrillic > latin) return 'ru';
  if (latin === 0) return 'en';
  const schwa = count(SCHWA, sample);
  const azLetters = count(AZ_LETTERS, sample);
  // One ə in a hundred letters, or a density of Turkic letters no English text with a few names reaches.
  if (schwa / latin > 0.01 || (schwa > 0 && azLetters / latin > 0.02)) return 'az';
  return 'en';
}
