/**
 * Where the command-line tool writes: standard output or a file, with back-pressure, a quiet end when the
 * reader goes away (EPIPE), and the scan of an earlier output for `--resume`.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { splitLines } from './lines.js';

/**
 * A writable stream with back-pressure: `write` resolves when the stream can take more. When the reader of
 * a pipe goes away (EPIPE) the output becomes `broken` and further writes are dropped.
 *
 * @example
 * ```ts
 * const out = new Output(process.stdout, false);
 * await out.write('{"id":"a"}\n');
 * await out.finish();
 * ```
 */
export class Output {
  readonly #stream: Writable;
  readonly #owned: boolean;
  #broken = false;
  #error: Error | undefined;
  #waiters: (() => void)[] = [];

  /**
   * @param stream - where to write
   * @param owned - whether `finish` ends the stream (a file) or only flushes it (standard output)
   */
  constructor(stream: Writable, owned: boolean) {
    this.#stream = stream;
    this.#owned = owned;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.#broken = true;
      else this.#error ??= e;
      this.#wake();
    });
    stream.on('drain', () => this.#wake());
    stream.on('close', () => this.#wake());
  }

  /** True once the reader has gone away (EPIPE). */
  get broken(): boolean {
    return this.#broken;
  }

  /** A write error other than EPIPE (a full disk …), if one happened. */
  get error(): Error | undefined {
    return this.#error;
  }

  /** True when writing can no longer succeed. */
  get stopped(): boolean {
    return this.#broken || this.#error !== undefined || this.#stream.destroyed;
  }

  /**
   * Writes text; resolves at once if the stream's buffer has room, else when it drains.
   *
   * @param text - what to write
   */
  async write(text: string | Uint8Array): Promise<void> {
    if (this.stopped) return;
    if (this.#stream.write(text)) return;
    while (this.#stream.writableNeedDrain && !this.stopped) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** Flushes everything written; ends the stream if it is a file. */
  async finish(): Promise<void> {
    if (this.stopped) return;
    await new Promise<void>((resolve) => {
      const done = () => resolve();
      this.#waiters.push(done);
      if (this.#owned) this.#stream.end(done);
      else this.#stream.write('', done);
    });
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}

/**
 * Opens `--output FILE` for writing: truncated, or for `--resume` appended to.
 *
 * @param path - the file
 * @param append - append (resume) rather than truncate
 * @returns a writable stream on the open file
 * @example
 * ```ts
 * const stream = await openOutput('articles.jsonl', false);
 * ```
 */
export async function openOutput(path: string, append: boolean): Promise<Writable> {
  const handle = await open(path, append ? 'a' : 'w');
  return handle.createWriteStream({ highWaterMark: 1 << 20 });
}

/** What an earlier output holds, for `--resume`. */
export interface ResumeState {
  /** The ids of the records already written. */
  ids: Set<string>;
  /** Whether the file is missing or empty (a CSV then needs its header). */
  empty: boolean;
  /** Bytes of a last, unfinished record that were cut off (a run killed in the middle of a write). */
  cut: number;
}

/**
 * Reads the ids of an earlier JSONL or CSV output, so that `--resume` can skip them, and cuts off a last
 * record that a killed run left unfinished (a line without its newline).
 *
 * @param path - the earlier output
 * @param format - `jsonl` or `csv`
 * @param header - for CSV, the header line the file must start with
 * @returns the ids found
 * @throws Error when the file is a CSV with another header
 * @example
 * ```ts
 * const { ids } = await scanForResume('articles.jsonl', 'jsonl', '');
 * ```
 */
export async function scanForResume(path: string, format: 'jsonl' | 'csv', header: string): Promise<ResumeState> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ids: new Set(), empty: true, cut: 0 };
    throw e;
  }
  const ids = new Set<string>();
  let keep = 0;
  for await (const line of splitLines(createReadStream(path, { highWaterMark: 1 << 20 }), 256 << 20)) {
    if (!line.complete) break;
    keep = line.end;
    if (line.tooLong !== undefined || line.text === '') continue;
    if (format === 'csv') {
      if (line.number === 1) {
        if (line.text !== header.trimEnd())
          throw new Error(`${path} does not start with the CSV header of this command.`);
        continue;
      }
      const id = firstCsvCell(line.text);
      if (id !== undefined) ids.add(id);
    } else {
      try {
        const record: unknown = JSON.parse(line.text);
        const id = (record as { id?: unknown } | null)?.id;
        if (typeof id === 'string') ids.add(id);
      } catch {
        // Not a record of ours: leave the line as it is.
      }
    }
  }
  if (keep < size) await truncate(path, keep);
  return { ids, empty: keep === 0, cut: size - keep };
}

function firstCsvCell(line: string): string | undefined {
  if (!line.startsWith('"')) {
    const comma = line.indexOf(',');
    return comma === -1 ? line : line.slice(0, comma);
  }
  let value = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (line[i + 1] === '"') {
        value += '"';
        i++;
      } else return value;
    } else value += c;
  }
  return undefined;
}
