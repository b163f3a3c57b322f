/**
 * Output formats of the command-line tool: JSON Lines, pretty JSON and CSV, for parse and detect records.
 *
 * @module
 */
import type { Article, Detection, EntityType } from '../index.js';
import type { BatchResult, Command, OutputFormat, OutputRecord, RecordError } from './protocol.js';

// CSV cells and indented JSON, built once rather than per cell.
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
const NEEDS_QUOTES = /[",]|^\s|\s$/;
const QUOTES = /"/g;
const LINE_STARTS = /^/gm;

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'document', 'law'];

/** CSV columns of `az-news parse`. */
export const PARSE_COLUMNS: readonly string[] = [
  'id',
  'url',
  'outlet',
  'headline',
  'published',
  'authors',
  'section',
  'language',
  'paragraphs',
  ...ENTITY_TYPES.map((t) => `entities_${t}`),
  'error_code',
  'error_message',
];

/** CSV columns of `az-news detect`. */
export const DETECT_COLUMNS: readonly string[] = [
  'id',
  'url',
  'outlet',
  'score',
  'recognised',
  'evidence',
  'runner_up',
  'runner_up_score',
  'error_code',
  'error_message',
];

/**
 * The CSV header line (with its newline) for a command.
 *
 * @param command - `parse` or `detect`
 * @returns the header line
 * @example
 * ```ts
 * csvHeader('detect'); // 'id,url,outlet,score,…\n'
 * ```
 */
export function csvHeader(command: Command): string {
  return `${(command === 'parse' ? PARSE_COLUMNS : DETECT_COLUMNS).join(',')}\n`;
}

/**
 * One CSV cell: quoted when it holds a comma, a quote or starts or ends with white space; line breaks become
 * spaces so that every record stays on one line.
 *
 * @param value - the cell's value
 * @returns the cell as CSV text
 * @example
 * ```ts
 * csvCell('a, "b"'); // '"a, ""b"""'
 * ```
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value).replace(LINE_BREAKS, ' ');
  return NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTES, '""')}"` : s;
}

function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}

/** How a record is laid out: the format, and for JSON whether it stands alone or inside an array. */
export interface Layout {
  format: OutputFormat;
  /** JSON only: a bare top-level object (true) or an array element indented by two spaces (false). */
  bare: boolean;
}

function json(value: unknown, layout: Layout): string {
  if (layout.format === 'jsonl') return `${JSON.stringify(value)}\n`;
  const pretty = JSON.stringify(value, null, 2);
  return layout.bare ? pretty : pretty.replace(LINE_STARTS, '  ');
}

function withSource(id: string, url: string | undefined): { id: string; url?: string } {
  return url === undefined ? { id } : { id, url };
}

/**
 * The output record of a page that failed: `{ id, url?, error: { code, message, … } }`.
 *
 * @param id - the input's id
 * @param url - the input's URL, when known
 * @param error - the error, as `ArticleParseError.toJSON()` gives it or as the reader made it
 * @param command - `parse` or `detect` (sets the CSV columns)
 * @param layout - the output format
 * @returns the formatted record
 * @example
 * ```ts
 * errorRecord('p1', undefined, { code: 'invalid_json', message: 'Line 3 is not JSON' }, 'parse', { format: 'jsonl', bare: false });
 * ```
 */
export function errorRecord(
  id: string,
  url: string | undefined,
  error: RecordError,
  command: Command,
  layout: Layout,
): OutputRecord {
  if (layout.format === 'csv') {
    const width = command === 'parse' ? PARSE_COLUMNS.length : DETECT_COLUMNS.length;
    const cells: (string | undefined)[] = new Array(width).fill(undefined);
    cells[0] = id;
    cells[1] = url;
    cells[width - 2] = error.code;
    cells[width - 1] = error.message;
    return { text: csvLine(cells), code: error.code };
  }
  return { text: json({ ...withSource(id, url), error }, layout), code: error.code };
}

/**
 * The output record of a parsed page: `{ id, url?, …article }`, or one CSV row.
 *
 * @param id - the input's id
 * @param url - the input's URL, when known
 * @param article - the parsed article
 * @param layout - the output format
 * @returns the formatted record
 * @example
 * ```ts
 * articleRecord('p1', 'https://turan.az/…', parseArticle(text), { format: 'csv', bare: false });
 * ```
 */
export function articleRecord(id: string, url: string | undefined, article: Article, layout: Layout): OutputRecord {
  if (layout.format === 'csv') {
    const cells = [
      id,
      url,
      article.outlet,
      article.headline,
      article.published?.iso,
      article.authors.join('; '),
      article.section,
      article.language,
      article.paragraphs.length,
      ...ENTITY_TYPES.map((t) =>
        article.entities
          .filter((e) => e.type === t)
          .map((e) => e.name)
          .join('; '),
      ),
      undefined,
      undefined,
    ];
    return { text: csvLine(cells), outlet: article.outlet };
  }
  if (layout.format === 'jsonl') {
    // The same as stringifying { id, url, ...article }, without copying the article first.
    const head =
      url === undefined ? `{"id":${JSON.stringify(id)}` : `{"id":${JSON.stringify(id)},"url":${JSON.stringify(url)}`;
    return { text: `${head},${JSON.stringify(article).slice(1)}\n`, outlet: article.outlet };
  }
  return { text: json({ ...withSource(id, url), ...article }, layout), outlet: article.outlet };
}

/**
 * The output record of `az-news detect` for one page: the best outlet (or `null` when no outlet scores above
 * zero), its score, its three strongest pieces of evidence, and every
 * outlet with a score above zero.
 *
 * @param id - the input's id
 * @param url - the input's URL, when known
 * @param detections - `detectOutlet(text)`, best first
 * @param minConfidence - the lowest score that counts as recognised
 * @param layout - the output format
 * @returns the formatted record
 * @example
 * ```ts
 * detectRecord('p1', undefined, detectOutlet(text), 0.5, { format: 'jsonl', bare: false });
 * ```
 */
export function detectRecord(
  id: string,
  url: string | undefined,
  detections: readonly Detection[],
  minConfidence: number,
  layout: Layout,
): OutputRecord {
  const best = detections[0];
  const recognised = best?.parsable === true && best.score >= minConfidence;
  const known = best !== undefined && best.score > 0;
  const evidence = known
    ? [...best.evidence]
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 3)
        .map((e) => ({ signal: e.signal, weight: e.weight, text: e.text, offset: e.offset }))
    : [];
  const runnerUp = detections[1] && detections[1].score > 0 ? detections[1] : undefined;
  const summaryOutlet = recognised || (known && !best.parsable) ? best.outlet : '(none)';
  if (layout.format === 'csv') {
    const cells = [
      id,
      url,
      known ? best.outlet : null,
      known ? best.score : 0,
      recognised,
      evidence.map((e) => e.signal).join('; '),
      runnerUp?.outlet,
      runnerUp?.score,
      undefined,
      undefined,
    ];
    return { text: csvLine(cells), outlet: summaryOutlet };
  }
  const record = {
    ...withSource(id, url),
    outlet: known ? best.outlet : null,
    score: known ? best.score : 0,
    parsable: known ? best.parsable : false,
    recognised,
    evidence,
    candidates: detections
      .filter((d) => d.score > 0)
      .map((d) => ({ outlet: d.outlet, score: d.score, parsable: d.parsable })),
  };
  return { text: json(record, layout), outlet: summaryOutlet };
}

const encoder = new TextEncoder();

/**
 * Packs a batch's records into one UTF-8 buffer with each record's end. In a JSON array every record is
 * preceded by `,\n`; the writer drops it before the array's first record.
 *
 * @param seq - the batch's number
 * @param records - the formatted records, in order
 * @param layout - the output format
 * @returns the batch result, ready to be posted (transfer `data.buffer`)
 * @example
 * ```ts
 * packBatch(0, [{ text: '{"id":"a"}\n', outlet: 'turan' }], { format: 'jsonl', bare: false }).records[0]?.end; // 11
 * ```
 */
export function packBatch(seq: number, records: readonly OutputRecord[], layout: Layout): BatchResult {
  const separator = layout.format === 'json' && !layout.bare ? ',\n' : '';
  let text = '';
  let end = 0;
  const infos: BatchResult['records'] = [];
  for (const record of records) {
    const piece = separator + record.text;
    text += piece;
    end += utf8Length(piece);
    const info: BatchResult['records'][number] = { end };
    if (record.outlet !== undefined) info.outlet = record.outlet;
    if (record.code !== undefined) info.code = record.code;
    infos.push(info);
  }
  const data = encoder.encode(text);
  return { seq, data, records: infos };
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}
