/**
 * The command line of `az-news`: its usage text and the parsing of its arguments.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { InputFormat } from './inputs.js';
import type { Command, OutputFormat } from './protocol.js';

const INFINITY = /^inf(inity)?$/i;
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;
const DIGITS = /^\d+$/;

/** A mistake on the command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The parsed command line. */
export interface CliArgs {
  /** `help` and `version` print and exit. */
  command: Command | 'help' | 'version';
  inputs: string[];
  format: OutputFormat;
  inputFormat: InputFormat;
  output: string | undefined;
  resume: boolean;
  jobs: number;
  failFast: boolean;
  quiet: boolean;
  progress: boolean;
  stats: boolean;
  outlet: string | undefined;
  minConfidence: number | undefined;
  referenceDate: string | undefined;
  entities: boolean;
  dates: boolean;
  maxInputLength: number | undefined;
}

/**
 * The text `az-news --help` prints.
 *
 * @returns the usage text, ending with a newline
 * @example
 * ```ts
 * process.stdout.write(usage());
 * ```
 */
export function usage(): string {
  return `az-news: Article records from the scraped text of Azerbaijani news pages (Turan, Azernews, EDnews, News.az)

Usage:
  az-news parse  [options] [inputs...]   one record per page: the Article, or {id, error: {code, message}}
  az-news detect [options] [inputs...]   one record per page: the outlet, its score and the main evidence
  az-news --help | --version

Inputs (standard input when none is given and it is not a terminal):
  FILE.txt                   one page of text
  FOLDER                     every .txt/.jsonl/.ndjson/.warc/.wet file below it, recursively, in name order
  FILE.jsonl, FILE.ndjson    one JSON object per line: {"text": ..., "id"?: ..., "url"?: ...} (also .gz)
  FILE.warc[.gz], FILE.wet[.gz]
                             each WARC "conversion" record is a page, its WARC-Target-URI the id and url;
                             other records are skipped and counted
  -                          standard input: one page of text, or JSON Lines with --input-format jsonl

Options:
  -f, --format FMT           jsonl (default), json (a pretty array, or one object for one page), csv
  -o, --output FILE          write to FILE instead of standard output
      --resume               with --output: skip the ids already in FILE and append the rest
  -i, --input-format FMT     auto (by extension; text for standard input), text, jsonl or warc
  -j, --jobs N               worker threads (default: the number of cores, ${availableParallelism()} here)
      --fail-fast            stop at the first page that fails
      --outlet ID            skip detection and use this parser: turan, azernews, ednews, newsaz
      --min-confidence X     the lowest detection score accepted, 0..1 (default 0.5)
      --reference-date DAY   resolve relative dates from this day (YYYY-MM-DD) when a page has no date
      --no-entities          skip entity hints
      --no-dates             skip mentioned dates
      --max-input-length N   the longest page accepted, in UTF-16 units (default 2000000)
  -q, --quiet                no progress line and no summary
      --progress             show the progress line even when standard error is not a terminal
      --stats                end with one JSON line of statistics on standard error (with peak memory)
  -h, --help                 show this help
  -V, --version              show the version

Output: one record per input page, in input order, each with the input's id. A summary goes to standard
error; on a terminal, a progress line too.

Exit codes: 0 every page parsed, 1 some pages failed, 2 a usage error or an input that cannot be opened.

Examples:
  az-news parse crawl/ -o articles.jsonl
  az-news parse CC-MAIN-20240301.warc.wet.gz --format csv -o articles.csv
  cat pages.jsonl | az-news parse - --input-format jsonl --jobs 1 --quiet
  az-news detect page.txt --format json
`;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  resume: { type: 'boolean' },
  'input-format': { type: 'string', short: 'i' },
  jobs: { type: 'string', short: 'j' },
  'fail-fast': { type: 'boolean' },
  outlet: { type: 'string' },
  'min-confidence': { type: 'string' },
  'reference-date': { type: 'string' },
  'no-entities': { type: 'boolean' },
  'no-dates': { type: 'boolean' },
  'max-input-length': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
  stats: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/**
 * Parses the arguments after `az-news`.
 *
 * @param argv - the arguments (without `node` and the script)
 * @returns the command and its settings
 * @throws UsageError for an unknown command or option, or a bad value
 * @example
 * ```ts
 * parseCommandLine(['parse', 'pages.jsonl', '--jobs', '2']).jobs; // 2
 * ```
 */
export function parseCommandLine(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  const [first, ...inputs] = parsed.positionals;
  let command: CliArgs['command'];
  if (v.help) command = 'help';
  else if (v.version) command = 'version';
  else if (first === 'parse' || first === 'detect') command = first;
  else if (first === 'help') command = 'help';
  else if (first === undefined) throw new UsageError('Name a command: az-news parse or az-news detect.');
  else throw new UsageError(`Unknown command "${first}": use parse or detect.`);

  const format = oneOf('--format', v.format ?? 'jsonl', ['jsonl', 'json', 'csv'] as const);
  const inputFormat = oneOf('--input-format', v['input-format'] ?? 'auto', ['auto', 'text', 'jsonl', 'warc'] as const);
  const jobs = v.jobs === undefined ? availableParallelism() : integer('--jobs', v.jobs, 1, 256);
  const minConfidence =
    v['min-confidence'] === undefined ? undefined : number('--min-confidence', v['min-confidence'], 0, 1);
  const maxInputLength =
    v['max-input-length'] === undefined
      ? undefined
      : INFINITY.test(v['max-input-length'])
        ? Number.POSITIVE_INFINITY
        : integer('--max-input-length', v['max-input-length'], 1, Number.MAX_SAFE_INTEGER);
  const referenceDate = v['reference-date'];
  if (referenceDate !== undefined && (!ISO_DAY.test(referenceDate) || Number.isNaN(Date.parse(referenceDate)))) {
    throw new UsageError(`--reference-date wants a day as YYYY-MM-DD, not "${referenceDate}".`);
  }
  if (v.resume && v.output === undefined) throw new UsageError('--resume needs --output FILE: the file to resume.');
  if (v.resume && format === 'json') throw new UsageError('--resume works with --format jsonl or csv, not json.');
  if (command === 'detect' && v.outlet !== undefined) throw new UsageError('--outlet has no meaning for detect.');

  return {
    command,
    inputs,
    format,
    inputFormat,
    output: v.output,
    resume: v.resume ?? false,
    jobs,
    failFast: v['fail-fast'] ?? false,
    quiet: v.quiet ?? false,
    progress: v.progress ?? false,
    stats: v.stats ?? false,
    outlet: v.outlet,
    minConfidence,
    referenceDate,
    entities: !v['no-entities'],
    dates: !v['no-dates'],
    maxInputLength,
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not "${value}".`);
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!DIGITS.test(value) || n < min || n > max)
    throw new UsageError(`${name} wants a whole number from ${min} to ${max}, not "${value}".`);
  return n;
}

function number(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`${name} wants a number from ${min} to ${max}, not "${value}".`);
  }
  return n;
}
