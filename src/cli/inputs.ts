/**
 * The inputs of the command-line tool: text files, folders, JSON Lines, WARC/WET files and standard input,
 * read as streams into one page at a time.
 *
 * @module
 */
import { constants, createReadStream, type ReadStream } from 'node:fs';
import { access, opendir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type StreamLine, splitLines } from './lines.js';
import type { InputErrorCode, PageItem } from './protocol.js';

const GZIP_NAME = /\.gz$/i;
const WARC_VERSION = /^WARC\/\d/;
const SYSTEM_ERROR_CODE = /^E[A-Z]+$/;

/** How an input's bytes are read. */
export type InputKind = 'text' | 'jsonl' | 'warc';

/** `--input-format`: a kind, or `auto` (by the file's extension; text for standard input). */
export type InputFormat = InputKind | 'auto';

/** An input named on the command line, checked to exist. */
export interface InputSpec {
  /** The path as given, or `-` for standard input. */
  path: string;
  /** A folder to walk, a file, or standard input. */
  type: 'folder' | 'file' | 'stdin';
  /** For files and standard input: how to read it. */
  kind?: InputKind;
  /** For files: the size in bytes. */
  size?: number;
  /** For files: the device and inode, to recognise the output file among the inputs. */
  file?: FileId;
}

/** A file's identity: its device and inode numbers. */
export interface FileId {
  dev: number;
  ino: number;
}

/** What the reader counts besides pages. */
export interface InputCounters {
  /** WARC records that are not `conversion` records, by `WARC-Type`. */
  skippedRecords: Map<string, number>;
  /** Files in folders whose extension is not an input kind. */
  ignoredFiles: number;
  /** Bytes read so far from files (compressed bytes for `.gz`), for the progress bar. */
  bytesRead: number;
}

/** Settings of {@link readInputs}. */
export interface ReadSettings {
  /** The longest page accepted, in UTF-16 units; longer ones become `input_too_large` records unread. */
  maxInputLength: number;
  /** Standard input. */
  stdin: Readable;
  /** Updated while reading. */
  counters: InputCounters;
  /** The output file: never read as an input when a folder holds it. */
  exclude?: FileId;
}

const KINDS: readonly [RegExp, InputKind][] = [
  [/\.txt$/i, 'text'],
  [/\.(jsonl|ndjson)(\.gz)?$/i, 'jsonl'],
  [/\.(warc|wet)(\.gz)?$/i, 'warc'],
];

/**
 * The input kind a file name implies, or `undefined` for other files.
 *
 * @param path - the file's path
 * @returns the kind, by extension
 * @example
 * ```ts
 * kindOf('crawl/CC-MAIN-1.warc.wet.gz'); // 'warc'
 * ```
 */
export function kindOf(path: string): InputKind | undefined {
  return KINDS.find(([pattern]) => pattern.test(path))?.[1];
}

/** An input named on the command line that cannot be opened (exit code 2). */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Checks every named input before anything is read: it must exist and be readable; `-` may appear once.
 *
 * @param paths - the inputs as given on the command line
 * @param format - `--input-format`
 * @returns the inputs, typed
 * @throws InputError when one cannot be opened
 * @example
 * ```ts
 * await resolveInputs(['fixtures', '-'], 'auto');
 * ```
 */
export async function resolveInputs(paths: readonly string[], format: InputFormat): Promise<InputSpec[]> {
  const specs: InputSpec[] = [];
  let sawStdin = false;
  for (const path of paths) {
    if (path === '-') {
      if (sawStdin) throw new InputError('Standard input (-) can be named only once.');
      sawStdin = true;
      specs.push({ path, type: 'stdin', kind: format === 'auto' ? 'text' : format });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
      await access(path, constants.R_OK);
    } catch (e) {
      throw new InputError(`Cannot open ${path}: ${describe(e)}`);
    }
    if (info.isDirectory()) specs.push({ path, type: 'folder' });
    else
      specs.push({
        path,
        type: 'file',
        kind: format === 'auto' ? (kindOf(path) ?? 'text') : format,
        size: info.size,
        file: { dev: info.dev, ino: info.ino },
      });
  }
  return specs;
}

/**
 * The total size in bytes of the files the inputs will read (walking folders), or `undefined` when standard
 * input is among them. Used only for the progress bar.
 *
 * @param specs - the inputs
 * @returns the byte total
 * @example
 * ```ts
 * await totalBytes(await resolveInputs(['crawl/'], 'auto'));
 * ```
 */
export async function totalBytes(specs: readonly InputSpec[]): Promise<number | undefined> {
  let total = 0;
  for (const spec of specs) {
    if (spec.type === 'stdin') return undefined;
    if (spec.type === 'file') total += spec.size ?? 0;
    else {
      for await (const file of walk(spec.path, { ignored: () => {} })) {
        if ('size' in file) total += file.size;
      }
    }
  }
  return total;
}

type WalkEntry = { path: string; kind: InputKind; size: number } | { path: string; error: unknown };

/** Files below a folder, depth first, names sorted, each folder visited once even through symbolic links. */
async function* walk(
  folder: string,
  on: { ignored: () => void; exclude?: FileId | undefined },
  seen = new Set<string>(),
): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    names = [];
    for await (const entry of await opendir(folder)) names.push(entry.name);
  } catch (e) {
    yield { path: folder, error: e };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(folder, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (e) {
      if (kindOf(path)) yield { path, error: e };
      else on.ignored();
      continue;
    }
    if (info.isDirectory()) yield* walk(path, on, seen);
    else {
      const kind = kindOf(path);
      if (on.exclude && info.dev === on.exclude.dev && info.ino === on.exclude.ino) continue;
      if (kind) yield { path, kind, size: info.size };
      else on.ignored();
    }
  }
}

/**
 * Reads every input, in order, one page at a time: a text file or standard input as text is one page; a
 * JSON Lines input gives a page per line; a WARC/WET file a page per `conversion` record. Whatever cannot
 * be read (a malformed line, an unreadable file, a broken WARC record) becomes a page with an `error`, and the
 * reading goes on.
 *
 * @param specs - the inputs, from {@link resolveInputs}
 * @param settings - limits, standard input and the counters to update
 * @returns the pages, in input order
 * @example
 * ```ts
 * for await (const page of readInputs(specs, settings)) console.log(page.id);
 * ```
 */
export async function* readInputs(specs: readonly InputSpec[], settings: ReadSettings): AsyncGenerator<PageItem> {
  for (const spec of specs) {
    if (spec.type === 'stdin') {
      yield* readKind('-', spec.kind ?? 'text', settings.stdin, settings);
    } else if (spec.type === 'file') {
      yield* readFileInput(spec.path, spec.kind ?? 'text', settings);
    } else {
      const on = { ignored: () => settings.counters.ignoredFiles++, exclude: settings.exclude };
      for await (const entry of walk(spec.path, on)) {
        if ('error' in entry)
          yield failure(entry.path, 'read_error', `Cannot read ${entry.path}: ${describe(entry.error)}`);
        else yield* readFileInput(entry.path, entry.kind, settings);
      }
    }
  }
}

async function* readFileInput(path: string, kind: InputKind, settings: ReadSettings): AsyncGenerator<PageItem> {
  const counters = settings.counters;
  if (kind === 'text' && !GZIP_NAME.test(path)) {
    // A page: bounded by maxInputLength, so read whole, unless it is certainly too long.
    try {
      const info = await stat(path);
      if (info.size > settings.maxInputLength * 3) {
        counters.bytesRead += info.size;
        yield failure(path, 'input_too_large', tooLarge(`${path} (${info.size} bytes)`, settings.maxInputLength));
        return;
      }
      const bytes = await readFile(path);
      counters.bytesRead += bytes.length;
      yield { id: path, text: decoder.decode(bytes) };
    } catch (e) {
      yield failure(path, 'read_error', `Cannot read ${path}: ${describe(e)}`);
    }
    return;
  }
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const before = counters.bytesRead;
  // warcio finds gzip by itself; JSON Lines and text need it taken off.
  const source: Readable = kind !== 'warc' && GZIP_NAME.test(path) ? raw.pipe(createGunzip()) : raw;
  if (source !== raw) raw.on('error', (e) => source.destroy(e));
  try {
    for await (const page of readKind(path, kind, source, settings)) {
      counters.bytesRead = before + raw.bytesRead;
      yield page;
    }
  } finally {
    counters.bytesRead = before + raw.bytesRead;
    closeStream(raw);
    if (source !== raw) source.destroy();
  }
}

function closeStream(stream: ReadStream): void {
  if (!stream.destroyed) stream.destroy();
}

async function* readKind(
  source: string,
  kind: InputKind,
  stream: Readable,
  settings: ReadSettings,
): AsyncGenerator<PageItem> {
  if (kind === 'jsonl') yield* readJsonLines(source, stream, settings);
  else if (kind === 'warc') yield* readWarc(source, stream, settings);
  else yield* readTextStream(source, stream, settings);
}

async function* readTextStream(source: string, stream: Readable, settings: ReadSettings): AsyncGenerator<PageItem> {
  const limit = settings.maxInputLength * 3;
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      length += chunk.length;
      if (length <= limit) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      else chunks.length = 0;
    }
  } catch (e) {
    yield failure(source, 'read_error', `Cannot read ${source === '-' ? 'standard input' : source}: ${describe(e)}`);
    return;
  }
  if (length > limit) {
    yield failure(source, 'input_too_large', tooLarge(`${source} (${length} bytes)`, settings.maxInputLength));
    return;
  }
  yield { id: source, text: decoder.decode(Buffer.concat(chunks, length)) };
}

async function* readJsonLines(source: string, stream: Readable, settings: ReadSettings): AsyncGenerator<PageItem> {
  const lines = splitLines(stream, settings.maxInputLength * 3 + 65_536);
  let number = 0;
  while (true) {
    let next: IteratorResult<StreamLine>;
    try {
      next = await lines.next();
    } catch (e) {
      const where = source === '-' ? 'standard input' : source;
      yield failure(
        `${source}:${number + 1}`,
        'read_error',
        `Cannot read ${where} after line ${number}: ${describe(e)}`,
      );
      return;
    }
    if (next.done) return;
    const line = next.value;
    number = line.number;
    const fallbackId = `${source}:${line.number}`;
    if (line.tooLong !== undefined) {
      yield failure(
        fallbackId,
        'input_too_large',
        tooLarge(`Line ${line.number} (${line.tooLong} bytes)`, settings.maxInputLength),
      );
      continue;
    }
    if (line.text.trim() === '') continue;
    yield pageFromJson(line.text, fallbackId, line.number);
  }
}

/**
 * One JSON Lines record as a page: `{ "text": …, "id"?: …, "url"?: … }`.
 *
 * @param line - the line's text
 * @param fallbackId - the id when the record has none (`source:line`)
 * @param number - the line number, for messages
 * @returns the page, or an `invalid_json` / `invalid_record` error
 * @example
 * ```ts
 * pageFromJson('{"id":"a1","text":"…"}', 'pages.jsonl:1', 1); // { id: 'a1', text: '…' }
 * ```
 */
export function pageFromJson(line: string, fallbackId: string, number: number): PageItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return failure(fallbackId, 'invalid_json', `Line ${number} is not JSON: ${describe(e)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure(fallbackId, 'invalid_record', `Line ${number} is not a JSON object.`);
  }
  const record = value as Record<string, unknown>;
  const id =
    typeof record.id === 'string' && record.id !== ''
      ? record.id
      : typeof record.id === 'number' && Number.isFinite(record.id)
        ? String(record.id)
        : fallbackId;
  const url = typeof record.url === 'string' ? record.url : undefined;
  if (typeof record.text !== 'string') {
    const page = failure(id, 'invalid_record', `Line ${number} has no "text" string.`);
    return url === undefined ? page : { ...page, url };
  }
  return url === undefined ? { id, text: record.text } : { id, url, text: record.text };
}

async function* readWarc(source: string, stream: Readable, settings: ReadSettings): AsyncGenerator<PageItem> {
  const limit = settings.maxInputLength * 3;
  // Loaded only for WARC inputs: it takes a while to load, and most runs do not need it.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(stream, { parseHttp: false });
  let index = 0;
  while (true) {
    let page: PageItem | undefined;
    const number = index + 1;
    try {
      const record = await parser.parse();
      if (!record) return;
      index = number;
      const protocol = record.warcHeaders.statusline.trim();
      if (!WARC_VERSION.test(protocol))
        throw new Error(`no WARC header at its start (found "${protocol.slice(0, 40)}")`);
      const type = record.warcType ?? '(none)';
      if (type !== 'conversion') {
        settings.counters.skippedRecords.set(type, (settings.counters.skippedRecords.get(type) ?? 0) + 1);
        continue;
      }
      const uri = record.warcTargetURI ?? undefined;
      const id = uri ?? record.warcHeader('WARC-Record-ID') ?? `${source}#${index}`;
      const length = record.warcContentLength;
      if (length > limit) {
        page = failure(id, 'input_too_large', tooLarge(`The record (${length} bytes)`, settings.maxInputLength));
      } else {
        const bytes = await record.readFully(false);
        // warcio hands over a record cut short by the end of the file without a word: check its length.
        if (bytes.length < length) throw new Error(`the record is cut short (${bytes.length} of ${length} bytes)`);
        page = uri === undefined ? { id, text: decoder.decode(bytes) } : { id, url: uri, text: decoder.decode(bytes) };
      }
    } catch (e) {
      // The rest of the file cannot be trusted: report the record and go on with the next input.
      const code: InputErrorCode = isSystemError(e) ? 'read_error' : 'invalid_warc';
      yield failure(`${source}#${number}`, code, `Cannot read WARC record ${number} of ${source}: ${describe(e)}`);
      return;
    }
    yield page;
  }
}

const decoder = new TextDecoder('utf-8');

function failure(id: string, code: InputErrorCode, message: string): PageItem {
  return { id, error: { code, message } };
}

function tooLarge(what: string, max: number): string {
  return `${what} is longer than maxInputLength (${max}); raise --max-input-length.`;
}

function isSystemError(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    SYSTEM_ERROR_CODE.test((e as { code: string }).code)
  );
}

/**
 * A short description of an error, for messages: the system error code and message, without a stack.
 *
 * @param e - anything thrown
 * @returns one line
 * @example
 * ```ts
 * describe(new Error('boom')); // 'boom'
 * ```
 */
export function describe(e: unknown): string {
  if (e instanceof Error) return e.message.split('\n')[0] ?? String(e);
  return String(e);
}
