/**
 * News.az (news.az). A page reads, top to bottom:
 *
 * 1. an opening: the headline (often on the crawler marker's line), or the font-size widget `+ ↺ − 16 px`
 *    and then the headline, or straight into the body;
 * 2. an optional photo credit line `Photo: <source>`;
 * 3. the body, where paragraphs are often run together (`Azerbaijan.Highlighting`); the page prints no date
 *    of its own, so the crawler marker is the only date;
 * 4. on analytic pieces, the collective byline `Analytic group of News.Az` and perhaps a sponsorship note;
 * 5. endings: a standalone `News.Az` line, `You Might Also Like` (other headlines), or nothing.
 *
 * @module
 */
import { readImageLine } from '../extract/caption.js';
import { contentLines, isTitleLike } from '../extract/layout.js';
import { defineParser } from '../registry/define.js';
import type { ArticleDraft } from '../registry/draft.js';
import { type Line, restOfLine } from '../text/source-text.js';

// `+ ↺ − 16 px`, the font-size widget, with the headline maybe after it on the same line.
const WIDGET = /^\+ ?↺ ?[−-] ?\d{1,2} ?px ?/u;
const ENDING = /^(?:News\.Az|You Might Also Like)$/i;
// A collective byline: `Analytic group of News.Az`, `News.Az analytical group`.
const COLLECTIVE_BYLINE = /^(?:Analytic(?:al)? group of News\.Az|News\.Az analytic(?:al)? group)$/i;
// Headlines may end with "?" or "!", rarely with a period: a period marks the first paragraph.
const SENTENCE_END = /[.…]["”’»)]?$/u;

/**
 * The News.az parser.
 *
 * @example
 * ```ts
 * import { createRegistry } from 'az-news-parsers';
 * import { newsaz } from 'az-news-parsers/outlets/newsaz';
 * const a = createRegistry([newsaz]).parse(pageText);
 * a.published; // the crawler marker's day, e.g. { iso: '2024-12-23', precision: 'day', … }
 * ```
 */
export const newsaz = /* @__PURE__ */ defineParser({
  id: 'newsaz',
  name: 'News.az',
  version: '1.0.0',
  fingerprint: [
    {
      id: 'font-widget',
      weight: 0.85,
      unique: true,
      scope: 'line',
      includes: '↺',
      pattern: /\+ ?↺ ?[−-] ?\d{1,2} ?px/u,
    },
    {
      id: 'collective-byline',
      weight: 0.8,
      unique: true,
      scope: 'line',
      lineStarts: 'ANan',
      pattern: /^(?:Analytic(?:al)? group of News\.Az|News\.Az analytic(?:al)? group)$/i,
    },
    { id: 'ending', weight: 0.6, scope: 'line', lineStarts: 'Nn', pattern: /^News\.Az$/i },
    { id: 'might-also-like', weight: 0.5, scope: 'line', lineStarts: 'Yy', pattern: /^You Might Also Like$/i },
    { id: 'photo-credit', weight: 0.25, scope: 'line', lineStarts: 'P', pattern: /^Photo: \S/ },
    {
      id: 'self-attribution',
      weight: 0.5,
      kind: 'mention',
      includes: '.az reports',
      pattern: /\bNews\.Az reports\b/i,
    },
    { id: 'told', weight: 0.35, kind: 'mention', includes: 'ws.az', pattern: /\btold News\.Az\b/i },
  ],
  extract(page, { draft }) {
    const rows = contentLines(page.lines)
      .map(withoutWidget)
      .filter((r) => r.text !== '');
    const end = readEnding(rows, draft);
    const bodyStart = readHeader(rows, end, draft);
    const body = rows.slice(bodyStart, end);
    draft.paragraphs = body.map((r) => r.text);
    if (body.length > 0) draft.from('body', [body[0] as Line, body[body.length - 1] as Line]);
    return draft;
  },
});

function withoutWidget(row: Line): Line {
  const m = WIDGET.exec(row.text);
  return m ? restOfLine(row, m[0].length) : row;
}

/** Finds the collective byline or the first ending; returns where the body ends. */
function readEnding(rows: Line[], draft: ArticleDraft): number {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as Line;
    if (COLLECTIVE_BYLINE.test(row.text)) {
      draft.authors.push(row.text);
      draft.from('authors', row);
      return i;
    }
    if (ENDING.test(row.text)) return i;
  }
  return rows.length;
}

/** Headline and photo credit; returns the first body row. */
function readHeader(rows: Line[], end: number, draft: ArticleDraft): number {
  let i = 0;
  const first = rows[0];
  // A headline is a title-like first line that does not end like a sentence, with a body after it.
  if (
    first &&
    end > 1 &&
    isTitleLike(first.text) &&
    !SENTENCE_END.test(first.text) &&
    readImageLine(first.text) === null
  ) {
    draft.headline = first.text;
    draft.from('headline', first);
    i = 1;
  }
  const credit = rows[i];
  if (credit && i < end - 1) {
    const image = readImageLine(credit.text);
    if (image !== null) {
      draft.addImage(image);
      draft.from('image', credit);
      i++;
    }
  }
  return i;
}
