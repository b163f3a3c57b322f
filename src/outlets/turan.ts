/**
 * Turan (turan.az). A page reads, top to bottom:
 *
 * 1. an optional photo caption or credit line (`mod.gov.az`, a name, `… Archive`, `Açiq mənbələrdən foto.`);
 * 2. the headline (sometimes twice; sometimes absent on teasers and digests);
 * 3. the body, whose first paragraph may open with the dateline `Baku/06.10.23/Turan:` and whose last ends
 *    with a signature code such as `-0-` or `---06B---`;
 * 4. the article's meta block: `-`, `- Tag` lines, `- 6 October 2023 16:16` (no comma: this article's time);
 * 5. the section line (`Politics`, `Difficult question`, `Политика`);
 * 6. the sidebar: items separated by `-` lines, each maybe introduced by `- 7 March 2024, 15:54` (with a
 *    comma: that item's time);
 * 7. endings: `Leave a review`, `Follow us on social networks`, `In Focus`, `News Line`; on paywalled
 *    teasers, `Please login or subscribe to read more` first.
 *
 * @module
 */
import type { PublishedTime } from '../article/schema.js';
import { toPublishedTime } from '../dates/calendar.js';
import { parseDayMonthYear } from '../dates/formats.js';
import { isPersonName } from '../extract/byline.js';
import { readImageLine } from '../extract/caption.js';
import { parseSlashDateline } from '../extract/dateline.js';
import { contentLines, isLabelLine, isTitleLike } from '../extract/layout.js';
import { stripSignatureCode } from '../extract/signature-code.js';
import { CAPITALS, defineParser } from '../registry/define.js';
import type { ArticleDraft } from '../registry/draft.js';
import type { Line } from '../text/source-text.js';

const ENDINGS = /* @__PURE__ */ new Set([
  'Leave a review',
  'Написать отзыв',
  'Follow us on social networks',
  'Подписывайтесь на нас в социальных сетях',
  'In Focus',
  'News Line',
  'Лента новостей',
]);
const PAYWALL =
  /^(?:Please login or subscribe to read more|Пожалуйста, войдите или подпишитесь, чтобы читать дальше)\.?$/;
const SEPARATOR = '-';
// `- Social`, `- 6 October 2023 16:16`, `- 7 March 2024, 15:54`
const DASH_ITEM = /^- (\S.*)$/u;
const COMMA_TIME = /^\d{1,2} \p{L}+ \d{4}, \d{1,2}:\d{2}$/u;

// Every body line is tested for an ending: a length check first spares hashing each paragraph for the set.
// PAYWALL has no open-ended quantifier, so no match is longer than its source.
const LONGEST_ENDING = Math.max(PAYWALL.source.length, ...[...ENDINGS].map((e) => e.length));
const isEnding = (text: string) => text.length <= LONGEST_ENDING && (ENDINGS.has(text) || PAYWALL.test(text));
const dashItem = (text: string) => DASH_ITEM.exec(text)?.[1] ?? null;

/**
 * The Turan parser.
 *
 * @example
 * ```ts
 * import { createRegistry } from 'az-news-parsers';
 * import { turan } from 'az-news-parsers/outlets/turan';
 * const article = createRegistry([turan]).parse(pageText);
 * article.dateline; // { place: 'Baku', date: '2023-10-06', agency: 'Turan' }
 * ```
 */
export const turan = /* @__PURE__ */ defineParser({
  id: 'turan',
  name: 'Turan',
  version: '1.0.0',
  fingerprint: [
    {
      id: 'dateline',
      weight: 0.9,
      unique: true,
      scope: 'line',
      lineStarts: CAPITALS,
      includes: '/',
      pattern: /^\p{Lu}[\p{L}-]{1,30} ?\/ ?\d{1,2}\.\d{1,2}\.\d{2} ?\/ ?(?:Turan|Туран) ?:/u,
    },
    {
      id: 'meta-time',
      weight: 0.7,
      unique: true,
      scope: 'line',
      lineStarts: '-',
      pattern: /^- \d{1,2} \p{L}{3,10} \d{4} \d{1,2}:\d{2}$/u,
    },
    {
      id: 'sidebar-time',
      weight: 0.6,
      scope: 'line',
      lineStarts: '-',
      pattern: /^- \d{1,2} \p{L}{3,10} \d{4}, \d{1,2}:\d{2}$/u,
    },
    {
      id: 'ending',
      weight: 0.7,
      unique: true,
      scope: 'line',
      lineStarts: 'LН',
      pattern: /^(?:Leave a review|Написать отзыв)$/,
    },
    {
      id: 'paywall',
      weight: 0.6,
      unique: true,
      scope: 'line',
      lineStarts: 'P',
      pattern: /^Please login or subscribe to read more\.?$/,
    },
    { id: 'social-ending', weight: 0.2, scope: 'line', lineStarts: 'F', pattern: /^Follow us on social networks$/ },
    { id: 'signature-code', weight: 0.5, pattern: /[\s.!?"”][-–—]{1,3}\d{1,2}[A-Za-z]?[-–—]{1,3}$/mu },
    { id: 'mention', weight: 0.1, kind: 'mention', pattern: /\b(?:TURAN['’]s|told Turan|Turan reports)\b/ },
  ],
  extract(page, { draft }) {
    const rows = contentLines(page.lines);
    const trailerStart = findTrailer(rows);
    const bodyStart = readHeader(rows, trailerStart, draft);
    readBody(rows.slice(bodyStart, trailerStart), draft);
    readTrailer(rows.slice(trailerStart), draft);
    return draft;
  },
});

/** The first line after the body: a `-` line, a dash item, an ending, or the section line. */
function findTrailer(rows: Line[]): number {
  for (let i = 1; i < rows.length; i++) {
    const text = (rows[i] as Line).text;
    if (text === SEPARATOR || dashItem(text) !== null || isEnding(text)) return i;
    if (isLabelLine(text) && followsWithTrailer(rows, i + 1)) return i;
  }
  // A paywall notice may be the only other line; a one-line page is all body.
  return rows.length;
}

function followsWithTrailer(rows: Line[], i: number): boolean {
  const next = rows[i]?.text;
  return next === undefined || next === SEPARATOR || dashItem(next) !== null || isEnding(next);
}

/** Reads caption, headline and dateline; returns the index of the first body row. */
function readHeader(rows: Line[], bodyEnd: number, draft: ArticleDraft): number {
  const datelineRow = rows.findIndex((r, i) => i < bodyEnd && parseSlashDateline(r.text) !== null);
  let header: Line[];
  let bodyStart: number;
  if (datelineRow >= 0) {
    header = rows.slice(0, datelineRow);
    bodyStart = datelineRow;
  } else {
    // Without a dateline the header is whatever caption and headline lines precede the first paragraph;
    // at least one line must remain for the body.
    bodyStart = 0;
    while (bodyStart < Math.min(3, bodyEnd - 1) && isHeaderLine(rows, bodyStart)) bodyStart++;
    // A lone photo credit (`mod.gov.az`, `Photo: …`) before the trailer is the image, never the body: such a
    // page has no article text (no_body) rather than a body made of the credit.
    if (bodyEnd === 1 && readImageLine((rows[0] as Line).text)?.caption === null) bodyStart = 1;
    header = rows.slice(0, bodyStart);
  }
  // A headline printed twice counts once; the last distinct header line is the headline, earlier ones captions.
  const distinct = header.filter((r, i) => i === 0 || r.text !== (header[i - 1] as Line).text);
  const headline = distinct.length > 0 ? (distinct[distinct.length - 1] as Line) : undefined;
  for (const caption of distinct.slice(0, -1)) {
    draft.addImage(readImageLine(caption.text) ?? { caption: caption.text, credit: null });
    draft.from('image', caption);
  }
  if (headline !== undefined) {
    const asImage = distinct.length === 1 ? readImageLine(headline.text) : null;
    if (asImage !== null) {
      draft.addImage(asImage);
      draft.from('image', headline);
    } else {
      draft.headline = headline.text;
      draft.from('headline', headline);
    }
  }
  return bodyStart;
}

function isHeaderLine(rows: Line[], i: number): boolean {
  const text = (rows[i] as Line).text;
  if (readImageLine(text) !== null) return true;
  if (!isTitleLike(text)) return false;
  // A title-like line followed by a paragraph, by a copy of itself, or (for a name caption) by a headline.
  const next = rows[i + 1]?.text ?? '';
  return next === text || !isTitleLike(next) || (isPersonName(text) && isTitleLike(next)) || i === 0;
}

function readBody(rows: Line[], draft: ArticleDraft): void {
  const paragraphs = rows.map((r) => r.text);
  const first = rows[0];
  if (first === undefined) return;
  const dateline = parseSlashDateline(first.text);
  if (dateline !== null) {
    draft.dateline = dateline.dateline;
    // The span covers the dateline itself, not the space after it.
    const datelineSpan = draft.page.source.span(
      first.start,
      first.start + first.text.slice(0, dateline.length).trimEnd().length,
    );
    draft.from('dateline', datelineSpan);
    paragraphs[0] = first.text.slice(dateline.length);
    const published = toPublishedTime(dateline.parts, dateline.dateline.date ?? '', 'dateline');
    if (published !== null) {
      draft.published = published;
      draft.from('published', datelineSpan);
    }
  }
  const lastIndex = paragraphs.length - 1;
  const { text, code } = stripSignatureCode(paragraphs[lastIndex] as string);
  if (code !== null) paragraphs[lastIndex] = text;
  draft.paragraphs = paragraphs.filter((p) => p.trim() !== '');
  draft.from('body', [first, rows[rows.length - 1] as Line]);
}

/** Meta block, section, sidebar, endings. */
function readTrailer(rows: Line[], draft: ArticleDraft): void {
  let i = 0;
  // The meta block: `-`, then `- Tag` lines and the `- D Month YYYY HH:MM` line (no comma).
  if (rows[i]?.text === SEPARATOR && isMetaItem(rows[i + 1]?.text)) i++;
  while (i < rows.length && isMetaItem((rows[i] as Line).text)) {
    const row = rows[i] as Line;
    const item = dashItem(row.text) as string;
    const parts = parseDayMonthYear(item);
    if (parts !== null && parts.hour !== null) {
      draft.published = toPublishedTime(parts, item, 'page');
      draft.from('published', row);
    } else {
      draft.tags.push(item);
      draft.from(`tags.${draft.tags.length - 1}`, row);
    }
    i++;
  }
  if (draft.published?.source === 'dateline') {
    draft.note('published/dateline', 'info', 'The publication day comes from the dateline.');
  }
  // The section line.
  const sectionRow = rows[i];
  if (sectionRow && isLabelLine(sectionRow.text) && !isEnding(sectionRow.text)) {
    draft.section = sectionRow.text;
    draft.from('section', sectionRow);
    i++;
  }
  // The sidebar, up to the first ending.
  let time: PublishedTime | null = null;
  let item: string[] = [];
  const flush = () => {
    if (item.length > 0) draft.related.push({ headline: item.join(' '), published: time });
    item = [];
    time = null;
  };
  for (; i < rows.length; i++) {
    const row = rows[i] as Line;
    if (PAYWALL.test(row.text)) {
      draft.paywalled = true;
      draft.note('body/paywall', 'info', 'The page shows only a teaser; the rest needs a subscription.', row);
      continue;
    }
    if (isEnding(row.text)) break;
    if (row.text === SEPARATOR) {
      flush();
      continue;
    }
    const dated = dashItem(row.text);
    if (dated !== null && COMMA_TIME.test(dated)) {
      flush();
      time = toPublishedTime(parseDayMonthYear(dated), dated, 'page');
      continue;
    }
    item.push(dated ?? row.text);
  }
  flush();
}

function isMetaItem(text: string | undefined): boolean {
  if (text === undefined) return false;
  const item = dashItem(text);
  return item !== null && !COMMA_TIME.test(item);
}
