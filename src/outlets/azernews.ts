/**
 * Azernews (azernews.az). A page reads, top to bottom:
 *
 * 1. an optional site header: `Azernews.Az`, then a "today" line such as `Thursday April 18 2024` (the day of
 *    the crawl, never the publication date);
 * 2. the headline, often absent, possibly with a marker such as `[PHOTO]`, and possibly printed again after
 *    the date line;
 * 3. the date line `8 February 2022 15:47 (UTC+04:00)` or `8 February 2022`;
 * 4. the author: `By Firstname Lastname`, or a bare name line; `By Trend` credits an agency, not a person;
 * 5. the body, paragraphs separated by blank lines or single newlines;
 * 6. endings: a `---` rule, `Follow us on Twitter @AzerNewsAz`, an author bio with a Twitter handle, gallery
 *    debris (`Slider Image 1`, `… - Gallery Image`, `Loading...`, `Latest See more`).
 *
 * @module
 */
import { toPublishedTime } from '../dates/calendar.js';
import { parseDayMonthYear, parseWeekdayMonthDayYear } from '../dates/formats.js';
import { isPersonName, parseByline } from '../extract/byline.js';
import { readImageLine } from '../extract/caption.js';
import { contentLines, isTitleLike } from '../extract/layout.js';
import { defineParser } from '../registry/define.js';
import type { ArticleDraft } from '../registry/draft.js';
import type { Line } from '../text/source-text.js';

const ENDS_SENTENCE = /[.!?…]["”’]?$/u;

const SITE_HEADER = /^Azernews\.Az$/i;
// `[PHOTO]`, `[VIDEO]`, `[UPDATE]`, `[PHOTOS/VIDEO]`
const HEADLINE_MARKER = / ?\[[A-Z][A-Z/ ]{1,20}\]/g;
const ENDING = /^(?:-{3,}|Follow us on Twitter\b.*|Slider Image \d+|Loading\.\.\.|Latest See more)$|- Gallery Image$/;
// An author bio closing the article: a sentence naming a Twitter/X handle.
const AUTHOR_BIO = /(?:follow (?:him|her|them|us) on (?:Twitter|X)|Twitter: ?)@\w{1,30}/i;

/**
 * The Azernews parser.
 *
 * @example
 * ```ts
 * import { createRegistry } from 'az-news-parsers';
 * import { azernews } from 'az-news-parsers/outlets/azernews';
 * createRegistry([azernews]).parse(pageText).authors; // ['Vugar Khalilov']
 * ```
 */
export const azernews = /* @__PURE__ */ defineParser({
  id: 'azernews',
  name: 'Azernews',
  version: '1.0.0',
  fingerprint: [
    { id: 'site-header', weight: 0.8, unique: true, scope: 'line', lineStarts: 'Aa', pattern: /^Azernews\.Az$/i },
    {
      id: 'twitter-ending',
      weight: 0.85,
      unique: true,
      scope: 'line',
      lineStarts: 'F',
      pattern: /^Follow us on Twitter @AzerNewsAz$/,
    },
    {
      id: 'date-line',
      weight: 0.6,
      unique: true,
      scope: 'line',
      lineStarts: '0123456789d',
      pattern: /^(?:date \d{4}-\d{2}-\d{2} )?\d{1,2} \p{L}{3,10} \d{4} \d{1,2}:\d{2} \(UTC\+04:00\)$/u,
    },
    {
      id: 'gallery',
      weight: 0.6,
      scope: 'line',
      includes: 'Image',
      pattern: /^Slider Image \d+$| - Gallery Image$/,
    },
    { id: 'latest-see-more', weight: 0.4, scope: 'line', lineStarts: 'L', pattern: /^Latest See more$/ },
    {
      id: 'today-line',
      weight: 0.3,
      scope: 'line',
      lineStarts: 'MTWFS',
      pattern: /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \p{L}{3,9} \d{1,2} \d{4}$/u,
    },
    {
      id: 'author-bio',
      weight: 0.7,
      includes: 'zernews',
      pattern: /\bis AzerNews['’] (?:staff journalist|correspondent)\b/i,
    },
    {
      id: 'self-attribution',
      weight: 0.35,
      kind: 'mention',
      includes: 'zernews',
      pattern: /\b(?:Azernews reports|told Azernews)\b/i,
    },
  ],
  extract(page, { draft }) {
    const rows = contentLines(page.lines);
    const end = findEnding(rows);
    const bodyStart = readHeader(rows, end, draft);
    const body = rows.slice(bodyStart, end);
    draft.paragraphs = body.map((r) => r.text);
    if (body.length > 0) draft.from('body', [body[0] as Line, body[body.length - 1] as Line]);
    return draft;
  },
});

function findEnding(rows: Line[]): number {
  const i = rows.findIndex((r) => ENDING.test(r.text) || AUTHOR_BIO.test(r.text));
  return i < 0 ? rows.length : i;
}

/** Reads site header, headline, date line and author; returns the first body row. */
function readHeader(rows: Line[], end: number, draft: ArticleDraft): number {
  let i = 0;
  const skipped: Line[] = [];
  // Site header and its "today" line.
  while (i < end) {
    const row = rows[i] as Line;
    if (SITE_HEADER.test(row.text)) {
      skipped.push(row);
    } else if (parseWeekdayMonthDayYear(row.text) !== null) {
      draft.note(
        'published/site-header-ignored',
        'info',
        `"${row.text}" is the site's date of the day, not the article's.`,
        row,
      );
    } else break;
    i++;
  }
  // The date line, looked for among the next few rows; what precedes it is the headline (maybe twice).
  const dateRow = findDateLine(rows, i, Math.min(end, i + 4));
  if (dateRow >= 0) {
    const date = rows[dateRow] as Line;
    draft.published = toPublishedTime(parseDayMonthYear(date.text), date.text, 'page');
    draft.from('published', date);
    for (const row of rows.slice(i, dateRow)) readHeadlineOrImage(row, draft);
    i = dateRow + 1;
  }
  // The headline again after the date line, or for the first time there; or, without a date line, a title
  // line before a paragraph.
  while (i < end - 1) {
    const row = rows[i] as Line;
    if (draft.headline !== null && stripMarkers(row.text) === draft.headline) {
      i++;
    } else if (draft.headline === null && isBareHeadline(row.text) && (dateRow < 0 || !isPersonName(row.text))) {
      readHeadlineOrImage(row, draft);
      i++;
    } else break;
  }
  // The author line. A `By …` byline is never article text, even when nothing follows it (a page cut after
  // its byline has no body, rather than a body made of the byline); a bare name counts as the author only
  // when a body row follows it.
  const authorRow = rows[i];
  if (authorRow !== undefined && i < end) {
    const byline = parseByline(authorRow.text);
    if (byline?.kind === 'person') {
      draft.authors.push(byline.name);
      draft.from('authors', authorRow);
      i++;
    } else if (byline?.kind === 'agency') {
      draft.note('authors/agency-credit', 'info', `"${authorRow.text}" credits an agency, not an author.`, authorRow);
      draft.from('authors', authorRow);
      i++;
    } else if (i < end - 1 && dateRow >= 0 && isPersonName(authorRow.text)) {
      draft.authors.push(authorRow.text);
      draft.from('authors', authorRow);
      i++;
    }
  }
  return i;
}

function findDateLine(rows: Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (parseDayMonthYear((rows[i] as Line).text) !== null) return i;
  return -1;
}

// Without a date line to anchor it, a headline is a title-like line that does not end like a sentence.
function isBareHeadline(text: string): boolean {
  return isTitleLike(text) && !ENDS_SENTENCE.test(text) && parseByline(text) === null;
}

function readHeadlineOrImage(row: Line, draft: ArticleDraft): void {
  const image = readImageLine(row.text);
  if (image !== null) {
    draft.addImage(image);
    draft.from('image', row);
  } else if (draft.headline === null) {
    draft.headline = stripMarkers(row.text);
    draft.from('headline', row);
  }
}

function stripMarkers(text: string): string {
  return text.replace(HEADLINE_MARKER, '').trim();
}
