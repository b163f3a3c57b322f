/**
 * Counts of a run of the command-line tool, the summary printed at its end, and the live progress line.
 *
 * @module
 */
import type { RecordInfo } from './protocol.js';

/**
 * What a run has done so far.
 *
 * @example
 * ```ts
 * const stats = new RunStats();
 * stats.add({ end: 120, outlet: 'turan' });
 * stats.parsed; // 1
 * ```
 */
export class RunStats {
  /** When the run started (ms, `performance.now()`). */
  readonly started = performance.now();
  /** The main thread's event-loop use at the start, to tell how busy reading and writing kept it. */
  readonly startedLoop = performance.eventLoopUtilization();
  /** Pages written (parsed and failed). */
  read = 0;
  /** Pages that became an article (or, for detect, were read). */
  parsed = 0;
  /** Pages that failed, by error code. */
  readonly failed = new Map<string, number>();
  /** Parsed pages by outlet. */
  readonly outlets = new Map<string, number>();
  /** Pages skipped by `--resume` because their id was already in the output. */
  resumed = 0;

  /**
   * Counts one written record.
   *
   * @param record - the record, with its outlet or error code
   */
  add(record: RecordInfo): void {
    this.read++;
    if (record.code !== undefined) bump(this.failed, record.code);
    else {
      this.parsed++;
      if (record.outlet !== undefined) bump(this.outlets, record.outlet);
    }
  }

  /** Pages that failed, all codes together. */
  get failures(): number {
    let n = 0;
    for (const v of this.failed.values()) n += v;
    return n;
  }

  /** Seconds since the start. */
  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Pages per second since the start. */
  get rate(): number {
    const s = this.seconds;
    return s > 0 ? this.read / s : 0;
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * `a 3, b 1`: a count map, largest first.
 *
 * @param map - counts by name
 * @returns the list, or an empty string
 * @example
 * ```ts
 * listCounts(new Map([['turan', 2], ['ednews', 5]])); // 'ednews 5, turan 2'
 * ```
 */
export function listCounts(map: ReadonlyMap<string, number>): string {
  return [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

/** What the summary says besides the counts. */
export interface SummaryExtras {
  /** `parse` or `detect`. */
  command: string;
  /** WARC records skipped, by type. */
  skippedRecords: ReadonlyMap<string, number>;
  /** Files in folders that are not inputs. */
  ignoredFiles: number;
  /** The output file, for the resume line. */
  output?: string;
  /** Whether the run stopped at the first failure. */
  stoppedEarly: boolean;
}

/**
 * The end-of-run summary for standard error, a few lines.
 *
 * @param stats - the run's counts
 * @param extras - skipped records and files
 * @returns the text, ending with a newline
 * @example
 * ```ts
 * process.stderr.write(formatSummary(stats, { command: 'parse', skippedRecords: new Map(), ignoredFiles: 0, stoppedEarly: false }));
 * ```
 */
export function formatSummary(stats: RunStats, extras: SummaryExtras): string {
  const verb = extras.command === 'detect' ? 'detected' : 'parsed';
  const failures = stats.failures;
  const failed = failures > 0 ? `, ${failures} failed (${listCounts(stats.failed)})` : ', 0 failed';
  const rate = stats.rate;
  const lines = [
    `az-news ${extras.command}: ${stats.read} ${stats.read === 1 ? 'page' : 'pages'}, ${stats.parsed} ${verb}${failed} in ${stats.seconds.toFixed(1)} s (${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} pages/s)`,
  ];
  if (stats.outlets.size > 0) lines.push(`  outlets: ${listCounts(stats.outlets)}`);
  const skipped: string[] = [];
  if (stats.resumed > 0) skipped.push(`${stats.resumed} already in ${extras.output ?? 'the output'}`);
  let records = 0;
  for (const v of extras.skippedRecords.values()) records += v;
  if (records > 0) skipped.push(`${records} WARC records that are not pages (${listCounts(extras.skippedRecords)})`);
  if (extras.ignoredFiles > 0) {
    skipped.push(`${extras.ignoredFiles} other ${extras.ignoredFiles === 1 ? 'file' : 'files'} in folders`);
  }
  if (skipped.length > 0) lines.push(`  skipped: ${skipped.join('; ')}`);
  if (extras.stoppedEarly) lines.push('  stopped at the first failure (--fail-fast)');
  return `${lines.join('\n')}\n`;
}

/**
 * One JSON object of statistics (for `--stats`), with the process's peak resident memory (all threads) and
 * the share of the time the main thread (reading and writing) was busy.
 *
 * @param stats - the run's counts
 * @param jobs - the number of worker threads
 * @returns the JSON line
 * @example
 * ```ts
 * process.stderr.write(formatStatsJson(stats, 2));
 * ```
 */
export function formatStatsJson(stats: RunStats, jobs: number): string {
  return `${JSON.stringify({
    pages: stats.read,
    parsed: stats.parsed,
    failed: Object.fromEntries(stats.failed),
    outlets: Object.fromEntries(stats.outlets),
    resumed: stats.resumed,
    seconds: Number(stats.seconds.toFixed(3)),
    pagesPerSecond: Number(stats.rate.toFixed(1)),
    jobs,
    mainThreadBusy: Number(performance.eventLoopUtilization(stats.startedLoop).utilization.toFixed(3)),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  })}\n`;
}

/** A stream the progress line can be drawn on. */
export interface ProgressStream {
  write(text: string): boolean;
  /** Terminal width, when known. */
  columns?: number;
}

/**
 * The live progress line on standard error: pages, pages/s, failures and outlets, and a bar with an ETA when
 * the input's size is known. Redrawn a few times a second; `stop` clears it.
 *
 * @example
 * ```ts
 * const progress = new Progress(process.stderr, stats, () => counters.bytesRead, total);
 * progress.start();
 * // …
 * progress.stop();
 * ```
 */
export class Progress {
  readonly #stream: ProgressStream;
  readonly #stats: RunStats;
  readonly #bytes: () => number;
  readonly #total: number | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #drawn = false;

  /**
   * @param stream - where to draw (a terminal)
   * @param stats - the counts to show
   * @param bytes - how many input bytes have been read
   * @param total - the input's total bytes, when known
   */
  constructor(stream: ProgressStream, stats: RunStats, bytes: () => number, total: number | undefined) {
    this.#stream = stream;
    this.#stats = stats;
    this.#bytes = bytes;
    this.#total = total;
  }

  /** Starts redrawing, every 200 ms. */
  start(): void {
    this.#timer = setInterval(() => this.draw(), 200);
    this.#timer.unref();
  }

  /** Draws the line once. */
  draw(): void {
    this.#stream.write(`\r${this.line()}\x1b[K`);
    this.#drawn = true;
  }

  /**
   * The progress line's text.
   *
   * @returns the line, cut to the terminal's width
   */
  line(): string {
    const s = this.#stats;
    const parts: string[] = [];
    const total = this.#total;
    if (total !== undefined && total > 0) {
      const fraction = Math.min(1, this.#bytes() / total);
      const width = 20;
      const filled = Math.round(fraction * width);
      const eta = fraction > 0 ? (s.seconds * (1 - fraction)) / fraction : Number.NaN;
      parts.push(`[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`);
      parts.push(`ETA ${Number.isFinite(eta) ? duration(eta) : '?'}`);
    }
    parts.push(`${s.read} pages`, `${Math.round(s.rate)}/s`, `${s.failures} failed`);
    if (s.outlets.size > 0) parts.push(listCounts(s.outlets));
    const text = parts.join(' | ');
    const columns = this.#stream.columns ?? 100;
    return text.length >= columns ? text.slice(0, Math.max(0, columns - 1)) : text;
  }

  /** Stops redrawing and clears the line. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    if (this.#drawn) this.#stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
