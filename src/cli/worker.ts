/**
 * The worker thread of the command-line tool: parses (or detects) batches of pages with the built library and
 * sends back the formatted records, in the batch's order.
 *
 * The import of `../index.js` stays an import at build time: the worker loads `dist/index.js`, the same
 * built library that users import.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_MIN_CONFIDENCE, detectOutlet, type ParseOptions, safeParseArticle } from '../index.js';
import { articleRecord, detectRecord, errorRecord, type Layout, packBatch } from './format.js';
import type { BatchRequest, OutputRecord, PageItem, WorkerSettings } from './protocol.js';

const settings = workerData as WorkerSettings;
const layout: Layout = { format: settings.format, bare: settings.bare };
const options: ParseOptions = { ...settings.options };
const minConfidence = settings.options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;

/**
 * Turns one page into its output record. Never throws: a failure becomes an error record.
 *
 * @param item - the page, or the reason it could not be read
 * @returns the formatted record
 * @example
 * ```ts
 * handle({ id: 'p1', text: pageText });
 * ```
 */
export function handle(item: PageItem): OutputRecord {
  try {
    if (item.error || item.text === undefined) {
      const error = item.error ?? { code: 'read_error', message: 'The page has no text.' };
      return errorRecord(item.id, item.url, error, settings.command, layout);
    }
    if (settings.command === 'detect') {
      return detectRecord(item.id, item.url, detectOutlet(item.text), minConfidence, layout);
    }
    const result = safeParseArticle(item.text, options);
    if (result.success) return articleRecord(item.id, item.url, result.data, layout);
    return errorRecord(item.id, item.url, result.error.toJSON(), settings.command, layout);
  } catch (e) {
    const error = { code: 'internal', message: `Unexpected failure: ${String(e)}` };
    return errorRecord(item.id, item.url, error, settings.command, layout);
  }
}

parentPort?.on('message', (request: BatchRequest) => {
  const result = packBatch(request.seq, request.items.map(handle), layout);
  parentPort?.postMessage(result, [result.data.buffer as ArrayBuffer]);
});
parentPort?.postMessage({ ready: true });
