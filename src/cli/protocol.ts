/**
 * The shapes the command-line tool passes between its reader, its worker threads and its writer.
 *
 * @module
 */

/** What the tool does with each page. */
export type Command = 'parse' | 'detect';

/** The output formats. */
export type OutputFormat = 'jsonl' | 'json' | 'csv';

/**
 * Codes of the failures that happen before a page reaches the parser. The parser's own codes
 * (`empty_input`, `unknown_outlet` …) come from the library.
 */
export type InputErrorCode = 'invalid_json' | 'invalid_record' | 'read_error' | 'invalid_warc' | 'input_too_large';

/** An error as it appears in an output record. */
export interface RecordError {
  code: string;
  message: string;
}

/** One page read from an input, or the reason it could not be read. */
export interface PageItem {
  /** The input's id: the JSONL `id`, the WARC-Target-URI, the file's path, or `source:line`. */
  id: string;
  /** The page's URL when the input gives one. */
  url?: string;
  /** The page text; absent when `error` is set. */
  text?: string;
  /** Why the page could not be read. */
  error?: RecordError;
}

/** The settings every worker thread receives once, at start. */
export interface WorkerSettings {
  command: Command;
  format: OutputFormat;
  /** For `--format json` with a single page: print the record as a bare object, not indented for an array. */
  bare: boolean;
  /** The library's parse options (plain data only). */
  options: {
    outlet?: string;
    minConfidence?: number;
    referenceDate?: string;
    entities?: boolean;
    dates?: boolean;
    maxInputLength?: number;
  };
}

/** A batch of pages sent to a worker. */
export interface BatchRequest {
  seq: number;
  items: PageItem[];
}

/** One formatted output record and what it counts as in the summary. */
export interface OutputRecord {
  /** The record, formatted and ready to write (a JSONL or CSV line with its newline, or a pretty JSON value). */
  text: string;
  /** The outlet, for a parsed (or detected) page. */
  outlet?: string;
  /** The error code, for a page that failed. */
  code?: string;
}

/** Where one record ends in a batch's bytes, and what it counts as in the summary. */
export interface RecordInfo {
  /** Byte offset just after the record in {@link BatchResult.data}. */
  end: number;
  /** The outlet, for a parsed (or detected) page. */
  outlet?: string;
  /** The error code, for a page that failed. */
  code?: string;
}

/**
 * A worker's answer to a {@link BatchRequest}: the batch's records, formatted and encoded as UTF-8 one after
 * the other in one buffer (moved, not copied, to the main thread), and where each ends.
 */
export interface BatchResult {
  seq: number;
  data: Uint8Array;
  records: RecordInfo[];
}
