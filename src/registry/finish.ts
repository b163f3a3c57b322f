/**
 * The rules every outlet's draft goes through after extraction: they hold for all pages, so no outlet
 * repeats them.
 *
 * @module
 */
import { ArticleParseError } from '../article/errors.js';
import type { Language } from '../article/schema.js';
import { detectLanguage } from '../text/language.js';
import { splitRunTogether } from '../text/sentences.js';
import type { ArticleDraft } from './draft.js';

// A body that ends like this was cut off by a length cap: no closing punctuation, or an ellipsis.
const SENTENCE_END = /[.!?»"”’')\]]$/u;
const ELLIPSIS = /(?:\.\.\.|…)$/;

/**
 * Applies the shared rules to a draft, in place: paragraph clean-up and run-together repair, the crawler
 * marker as the publication-day fallback, the language, and the truncation note. Throws `no_body` when
 * nothing of the article is left.
 *
 * @example
 * ```ts
 * finishDraft(draft, 'turan');
 * ```
 */
export function finishDraft(draft: ArticleDraft, outletName: string): { language: Language } {
  let repaired = 0;
  const paragraphs: string[] = [];
  for (const p of draft.paragraphs) {
    const text = p.trim();
    if (text === '') continue;
    const pieces = splitRunTogether(text);
    repaired += pieces.length - 1;
    paragraphs.push(...pieces);
  }
  draft.paragraphs = paragraphs;
  if (repaired > 0) {
    draft.note(
      'body/run-together',
      'info',
      `Split ${repaired} run-together paragraph breaks (a sentence glued to the next).`,
    );
  }
  if (paragraphs.length === 0) {
    throw new ArticleParseError('no_body', `The page looks like ${outletName} but holds no article text.`);
  }

  const marker = draft.page.marker;
  if (draft.published === null && marker !== null) {
    draft.published = marker.published;
    draft.from('published', marker.line);
    draft.note(
      'published/crawler-marker',
      'info',
      'The publication day comes from the crawler date marker.',
      marker.line,
    );
  } else if (draft.published === null) {
    draft.note('published/missing', 'warning', 'The page gives no publication date.');
  }

  noteDateConflicts(draft);

  const last = paragraphs[paragraphs.length - 1] as string;
  if (!draft.paywalled && (ELLIPSIS.test(last) || !SENTENCE_END.test(last))) {
    draft.note('body/truncated', 'warning', 'The text ends mid-sentence: the page looks cut off.');
  }
  if (draft.headline === null) draft.note('headline/missing', 'warning', 'The page has no headline.');

  const language = draft.language ?? detectLanguage(`${draft.headline ?? ''}\n${paragraphs.join('\n')}`);
  return { language };
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * The page's own time, its dateline and the crawler marker should name the same day (a day apart at most,
 * for pages published near midnight or crawled late). When they do not, the page's markers contradict each
 * other, and the message says which.
 */
function noteDateConflicts(draft: ArticleDraft): void {
  const published = draft.published;
  if (published === null) return;
  const others: [string, string][] = [];
  if (draft.dateline?.date && published.source !== 'dateline') others.push(['dateline', draft.dateline.date]);
  const marker = draft.page.marker;
  if (marker !== null && published.source !== 'crawler-marker') others.push(['crawler marker', marker.published.iso]);
  for (const [what, iso] of others) {
    if (Math.abs(dayOf(published.iso) - dayOf(iso)) > DAY_MS) {
      draft.note(
        'published/conflict',
        'warning',
        `The publication date ${published.iso} (${published.source}) and the ${what}'s ${iso} disagree.`,
      );
    }
  }
}
