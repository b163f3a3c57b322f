/**
 * Photo captions and credits printed as lines of text: `Photo: The Defense Ministry of Azerbaijan`,
 * `mod.gov.az`, `… 2023. Archive`, `Açiq mənbələrdən foto.`.
 *
 * @module
 */
import type { Image } from '../article/schema.js';

const PHOTO_PREFIX = /^(?:Photo|Photos|Foto|Фото) ?: ?(\S.*)$/iu;
const DOMAIN = /^(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}$/i;
// A caption ending with a credit word: `… 2023. Archive`, `(Archive photo)`, `Архив`, `Arxiv`. Unanchored at
// the start but bounded at every position, so it stays linear.
const CREDIT_SUFFIX = /(?:^|[ .,(])(Archive(?: photo)?|Arxiv|Архив|File photo)\)?\.?$/iu;
// Azerbaijani/Russian/English credit sentences: "photo from open sources".
const OPEN_SOURCES =
  /^(?:Açıq|Açiq) mənbələrdən foto\.?$|^Фото из открытых источников\.?$|^Photo from open sources\.?$/iu;

/**
 * Reads a line that is plainly a photo caption or credit, or returns `null` (a person's name alone is left to
 * the outlet, which knows from the layout whether it is a caption).
 *
 * @example
 * ```ts
 * readImageLine('mod.gov.az');                    // { caption: null, credit: 'mod.gov.az' }
 * readImageLine('The minister in Ankara. Archive'); // { caption: 'The minister in Ankara.', credit: 'Archive' }
 * readImageLine('Photo: Defense Ministry');       // { caption: null, credit: 'Defense Ministry' }
 * ```
 */
export function readImageLine(text: string): Image | null {
  const photo = PHOTO_PREFIX.exec(text);
  if (photo) return { caption: null, credit: (photo[1] as string).trim() };
  if (DOMAIN.test(text)) return { caption: null, credit: text };
  if (OPEN_SOURCES.test(text)) return { caption: null, credit: text };
  const suffix = CREDIT_SUFFIX.exec(text);
  if (suffix) {
    const head = text.slice(0, suffix.index + (suffix[0].startsWith('.') ? 1 : 0));
    let end = head.length;
    while (end > 0 && ' ,('.includes(head[end - 1] as string)) end--;
    const caption = head.slice(0, end);
    return { caption: caption === '' ? null : caption, credit: suffix[1] as string };
  }
  return null;
}
