/**
 * Building the {@link Page} every outlet parser reads.
 *
 * @module
 */
import { readCrawlerMarker } from '../extract/crawler-marker.js';
import type { SourceText } from '../text/source-text.js';
import type { Page } from './types.js';

/**
 * Makes a page of a source text: takes the crawler marker off the first non-blank line.
 *
 * @example
 * ```ts
 * const page = createPage(SourceText.from(' date 2024-12-23 A headline\n\nBody.'));
 * page.lines[0]?.text; // 'A headline'
 * ```
 */
export function createPage(source: SourceText): Page {
  const first = source.lines.findIndex((l) => l.text !== '');
  const firstLine = first >= 0 ? source.lines[first] : undefined;
  const marker = firstLine === undefined ? null : readCrawlerMarker(firstLine);
  if (marker === null) return { source, lines: source.lines, marker: null };
  const lines = source.lines.slice();
  lines[first] = marker.rest;
  return { source, lines, marker };
}
