/**
 * EDnews (ednews.net). A page reads, top to bottom:
 *
 * 1. the headline, a blank line, then the section and time line `Foreign Policy 16:29 21.05.2025`
 *    (some pages have no header and start with the body);
 * 2. the body, ending with the signature `Firstname Lastname//EDnews` (the author), then lines of
 *    non-breaking spaces;
 * 3. one promoted headline of another story;
 * 4. `News line`, then pairs of a headline line and its `HH:MM DD.MM.YYYY` line (the article's own headline
 *    may reappear there), ending with `Hamısı` ("all").
 *
 * @module
 */
import { toPublishedTime } from '../dates/calendar.js';
import { parseClockDottedDate } from '../dates/formats.js';
import { parseSignature } from '../extract/byline.js';
import { contentLines, isTitleLike } from '../extract/layout.js';
import { CAPITALS, defineParser } from '../registry/define.js';
import type { ArticleDraft } from '../registry/draft.js';
import type { Line } from '../text/source-text.js';

// `Foreign Policy 16:29 21.05.2025`
const SECTION_TIME = /^(\p{Lu}[\p{L}&,' -]{0,40}?) (\d{1,2}:\d{2} \d{1,2}\.\d{1,2}\.\d{4})$/u;
const NEWS_LINE = /^(?:News line|Xəbər lenti|Лента новостей)$/i;
const ALL = /^(?:Hamısı|All|Все)$/;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;

/**
 * The EDnews parser.
 *
 * @example
 * ```ts
 * import { createRegistry } from 'az-news-parsers';
 * import { ednews } from 'az-news-parsers/outlets/ednews';
 * const a = createRegistry([ednews]).parse(pageText);
 * a.section;  // 'Foreign Policy'
 * a.authors;  // ['Madina Mammadova']
 * ```
 */
export const ednews = /* @__PURE__ */ defineParser({
  id: 'ednews',
  name: 'EDnews',
  version: '1.0.0',
  fingerprint: [
    { id: 'signature', weight: 0.9, unique: true, scope: 'line', includes: '//EDnews', pattern: /\/\/EDnews$/ },
    {
      id: 'section-time-line',
      weight: 0.6,
      unique: true,
      scope: 'line',
      lineStarts: CAPITALS,
      includes: '.20',
      pattern: /^\p{Lu}[\p{L} ]{0,40} \d{1,2}:\d{2} \d{1,2}\.\d{1,2}\.20\d{2}$/u,
    },
    { id: 'all-link', weight: 0.6, unique: true, scope: 'line', lineStarts: 'H', pattern: /^Hamısı$/ },
    { id: 'news-line', weight: 0.4, unique: true, scope: 'line', lineStarts: 'N', pattern: /^News line$/ },
    {
      id: 'news-line-time',
      weight: 0.3,
      scope: 'line',
      lineStarts: '0123456789',
      pattern: /^\d{1,2}:\d{2} \d{1,2}\.\d{1,2}\.20\d{2}$/,
    },
    {
      id: 'mention',
      weight: 0.15,
      kind: 'mention',
      includes: 'dnews',
      pattern: /\b(?:told EDnews|EDnews reports|According to EDnews)\b/i,
    },
  ],
  extract(page, { draft }) {
    const rows = contentLines(page.lines);
    const bodyStart = readHeader(rows, draft);
    const newsLine = rows.findIndex((r) => NEWS_LINE.test(r.text));
    const bodyEnd = readSignature(rows, bodyStart, newsLine < 0 ? rows.length : newsLine, draft);
    const body = rows.slice(bodyStart, bodyEnd);
    draft.paragraphs = body.map((r) => r.text);
    if (body.length > 0) draft.from('body', [body[0] as Line, body[body.length - 1] as Line]);
    if (newsLine >= 0) readNewsLine(rows.slice(newsLine + 1), draft);
    return draft;
  },
});

/** Headline and section/time line; returns the first body row. */
function readHeader(rows: Line[], draft: ArticleDraft): number {
  for (let i = 0; i < Math.min(rows.length, 3); i++) {
    const row = rows[i] as Line;
    const m = SECTION_TIME.exec(row.text);
    if (!m) continue;
    const published = toPublishedTime(parseClockDottedDate(m[2] as string), m[2] as string, 'page');
    if (published === null) continue;
    draft.published = published;
    draft.section = m[1] as string;
    draft.from('published', row).from('section', row);
    const headline = rows[i - 1];
    if (headline !== undefined) {
      draft.headline = headline.text;
      draft.from('headline', headline);
    }
    return i + 1;
  }
  return 0;
}

/**
 * Finds the signature and returns where the body ends. Without a signature the body ends before the
 * promoted headline that precedes `News line` (a title-like line without a sentence end).
 */
function readSignature(rows: Line[], from: number, to: number, draft: ArticleDraft): number {
  for (let i = to - 1; i >= from; i--) {
    const row = rows[i] as Line;
    const signature = parseSignature(row.text, 'EDnews');
    if (signature === null) continue;
    draft.authors.push(signature.name);
    draft.from('authors', row);
    if (signature.before !== '') {
      // Glued to the last sentence: keep that sentence as the body's last paragraph.
      return gluedEnd(rows, i, signature.before);
    }
    return i;
  }
  let end = to;
  const last = rows[end - 1];
  if (to < rows.length && end - 1 > from && last && isTitleLike(last.text) && !SENTENCE_END.test(last.text)) end--;
  return end;
}

// The signature row also holds the last sentence: replace that row by a line holding only the sentence.
function gluedEnd(rows: Line[], i: number, before: string): number {
  const row = rows[i] as Line;
  rows[i] = { index: row.index, start: row.start, end: row.start + before.length, text: before };
  return i + 1;
}

/** Pairs of headline and time, up to `Hamısı`; the article's own entry is left out. */
function readNewsLine(rows: Line[], draft: ArticleDraft): void {
  const own = draft.headline;
  const ownTime = draft.published?.iso;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Line;
    if (ALL.test(row.text)) break;
    const timeRow = rows[i + 1];
    const parts = timeRow ? parseClockDottedDate(timeRow.text) : null;
    if (parts === null || timeRow === undefined) continue;
    const published = toPublishedTime(parts, timeRow.text, 'page');
    i++;
    if (row.text === own && (ownTime === undefined || published?.iso === ownTime)) continue;
    draft.related.push({ headline: row.text, published });
  }
}
