/**
 * The crawler's ` date YYYY-MM-DD ` marker at the start of a page: added by the crawl, not printed by the page,
 * but it is the real publication day.
 *
 * @module
 */
import type { PublishedTime } from '../article/schema.js';
import { toPublishedTime } from '../dates/calendar.js';
import { parseIsoDay } from '../dates/formats.js';
import { type Line, restOfLine } from '../text/source-text.js';

/**
 * The marker, the day it gives, and the rest of its line (whatever the page starts with).
 *
 * @example
 * ```ts
 * const marker: CrawlerMarker | null = readCrawlerMarker(firstLine);
 * marker?.rest.text; // what the page starts with
 * ```
 */
export interface CrawlerMarker {
  /** The marker's day, at day precision, with source `crawler-marker`. */
  published: PublishedTime;
  /** The marker's line. */
  line: Line;
  /** What follows the marker on its line (may be blank). */
  rest: Line;
}

const MARKER = /^date (\d{4}-\d{2}-\d{2})(?= |$)/;

/**
 * Reads the marker from the first line of a page, or returns `null` when the line does not start with one.
 *
 * @example
 * ```ts
 * const line = { index: 0, start: 1, end: 30, text: 'date 2024-03-06 Some headline' };
 * readCrawlerMarker(line)?.published.iso; // '2024-03-06'
 * readCrawlerMarker(line)?.rest.text;     // 'Some headline'
 * ```
 */
export function readCrawlerMarker(line: Line): CrawlerMarker | null {
  const m = MARKER.exec(line.text);
  if (!m) return null;
  const day = m[1] as string;
  const published = toPublishedTime(parseIsoDay(day), day, 'crawler-marker');
  if (published === null) return null;
  return { published, line, rest: restOfLine(line, m[0].length) };
}
