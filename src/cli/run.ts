/**
 * `az-news parse` and `az-news detect`: reads the inputs as a stream, parses batches of pages on worker
 * threads, and writes one record per page in input order, with back-pressure from the output to the reading.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { type CliArgs, parseCommandLine, UsageError, usage } from './args.js';
import { csvHeader, errorRecord, packBatch } from './format.js';
import {
  describe,
  type FileId,
  type InputCounters,
  InputError,
  readInputs,
  resolveInputs,
  totalBytes,
} from './inputs.js';
import { Output, openOutput, scanForResume } from './output.js';
import { OrderedPool } from './pool.js';
import type { PageItem, WorkerSettings } from './protocol.js';
import { formatStatsJson, formatSummary, Progress, RunStats } from './stats.js';

/** The process's streams, so that the tool can be driven by something other than a real process. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

/** Pages per batch sent to a worker thread, at most. */
const BATCH_PAGES = 64;
/** UTF-16 units of page text per batch, at most. */
const BATCH_CHARS = 1 << 20;
/** A batch that has pages waiting is sent after this long without a new page (streaming filters). */
const IDLE_FLUSH_MS = 20;

/**
 * Runs the command line and returns the exit code: 0 when every page parsed, 1 when some failed, 2 for a
 * usage error, an input that cannot be opened, or an output that cannot be written.
 *
 * @param argv - the arguments after `az-news`
 * @param io - standard input, output and error
 * @returns the exit code
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), process);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`az-news: ${e.message}\nRun "az-news --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout.write(usage());
    return 0;
  }
  if (args.command === 'version') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    return await run({ ...args, command: args.command }, io);
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      io.stderr.write(`az-news: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`az-news: ${describe(e)}\n`);
    return 2;
  }
}

/**
 * The package's version, from its `package.json`.
 *
 * @returns the version string
 * @example
 * ```ts
 * version(); // '0.1.0'
 * ```
 */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function run(args: CliArgs & { command: 'parse' | 'detect' }, io: CliIo): Promise<number> {
  const paths = args.inputs.length > 0 ? args.inputs : ['-'];
  if (args.inputs.length === 0 && io.stdin.isTTY) {
    throw new UsageError('Name the inputs (files, folders, or - for standard input). Run "az-news --help" for usage.');
  }
  if (args.outlet !== undefined) {
    // Loaded here only for this check: the parsing itself happens in the workers.
    const { defaultRegistry } = await import('../index.js');
    if (!defaultRegistry.get(args.outlet)) {
      const ids = defaultRegistry.parsers.map((p) => p.id).join(', ');
      throw new UsageError(`--outlet must name a parser (${ids}), not "${args.outlet}".`);
    }
  }
  const specs = await resolveInputs(paths, args.inputFormat);
  const command = args.command;
  const single = specs.length === 1 && specs[0]?.type !== 'folder' && specs[0]?.kind === 'text';

  // The output: for --resume, the ids already written, and the file opened for appending.
  let skipIds: Set<string> | undefined;
  let needHeader = args.format === 'csv';
  let sink: Writable = io.stdout;
  let exclude: FileId | undefined;
  if (args.output !== undefined) {
    const existing = await stat(args.output).catch(() => undefined);
    const clash = existing && specs.find((s) => s.file?.dev === existing.dev && s.file.ino === existing.ino);
    if (clash) throw new UsageError(`The output ${args.output} is also an input (${clash.path}).`);
    if (args.resume) {
      const state = await scanForResume(args.output, args.format === 'csv' ? 'csv' : 'jsonl', csvHeader(command));
      skipIds = state.ids;
      needHeader &&= state.empty;
    }
    try {
      sink = await openOutput(args.output, args.resume);
      const created = await stat(args.output);
      exclude = { dev: created.dev, ino: created.ino };
    } catch (e) {
      throw new InputError(`Cannot write ${args.output}: ${describe(e)}`);
    }
  }
  const output = new Output(sink, args.output !== undefined);

  const settings: WorkerSettings = {
    command,
    format: args.format,
    bare: single,
    options: {
      ...(args.outlet !== undefined && { outlet: args.outlet }),
      ...(args.minConfidence !== undefined && { minConfidence: args.minConfidence }),
      ...(args.referenceDate !== undefined && { referenceDate: args.referenceDate }),
      ...(args.maxInputLength !== undefined && { maxInputLength: args.maxInputLength }),
      entities: args.entities,
      dates: args.dates,
    },
  };
  const layout = { format: args.format, bare: single };
  const pool = new OrderedPool({
    script: new URL('./worker.js', import.meta.url),
    workerData: settings,
    size: args.jobs,
    maxInFlight: args.jobs * 2 + 2,
    onCrash: (seq, items, error) =>
      packBatch(
        seq,
        items.map((item) => {
          const message = `The worker thread died: ${error.message}`;
          return errorRecord(item.id, item.url, { code: 'internal', message }, command, layout);
        }),
        layout,
      ),
  });

  const counters: InputCounters = { skippedRecords: new Map(), ignoredFiles: 0, bytesRead: 0 };
  const stats = new RunStats();
  const showProgress = !args.quiet && (args.progress || io.stderr.isTTY === true);
  const progress = showProgress
    ? new Progress(io.stderr, stats, () => counters.bytesRead, await totalBytes(specs))
    : undefined;
  progress?.start();

  let stop = false;
  let stoppedEarly = false;
  const usesStdin = specs.some((spec) => spec.type === 'stdin');
  // Stopping early (EPIPE, --fail-fast): the reader may be waiting on standard input, which could take forever;
  // ending it makes the waiting read return. File reads return soon anyway.
  const signalStop = () => {
    stop = true;
    if (usesStdin) io.stdin.destroy();
  };
  const maxInputLength = args.maxInputLength ?? 2_000_000;

  const produce = async () => {
    const pages = readInputs(specs, { maxInputLength, stdin: io.stdin, counters, exclude })[Symbol.asyncIterator]();
    let batch: PageItem[] = [];
    let chars = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const items = batch;
      batch = [];
      chars = 0;
      if (!(await pool.submit(items))) stop = true;
    };
    let pending = pages.next();
    try {
      while (!stop) {
        let next: IteratorResult<PageItem>;
        if (batch.length > 0) {
          // A page that is slow to come (a streaming filter): send what is waiting first. (Race only with
          // promises of this turn: a long-lived one would keep every page it ever raced with.)
          let timer: ReturnType<typeof setTimeout> | undefined;
          const idle = new Promise<'idle'>((resolve) => {
            timer = setTimeout(() => resolve('idle'), IDLE_FLUSH_MS);
          });
          const first = await Promise.race([pending, idle]);
          clearTimeout(timer);
          if (first === 'idle') {
            await flush();
            next = await pending;
          } else next = first;
        } else next = await pending;
        if (next.done || stop) break;
        const page = next.value;
        if (skipIds?.has(page.id)) {
          stats.resumed++;
        } else {
          batch.push(page);
          chars += page.text?.length ?? 0;
          if (batch.length >= BATCH_PAGES || chars >= BATCH_CHARS) await flush();
        }
        pending = pages.next();
      }
      if (!stop) await flush();
    } finally {
      pool.close();
      if (stop) {
        // Closes the open file once the read in flight (if any) is back; nobody waits for it.
        pending.catch(() => {});
        pages.return?.(undefined).catch(() => {});
      }
    }
  };

  const consume = async () => {
    let first = true;
    if (needHeader) await output.write(csvHeader(command));
    if (args.format === 'json' && !single) await output.write('[\n');
    for await (const result of pool.results()) {
      // One write per batch, up to the first failure with --fail-fast.
      let end = result.data.length;
      for (const record of result.records) {
        stats.add(record);
        if (args.failFast && record.code !== undefined) {
          stoppedEarly = true;
          end = record.end;
          break;
        }
      }
      // In a JSON array each record comes with a ",\n" before it: not the first.
      const start = first && args.format === 'json' && !single ? 2 : 0;
      if (result.records.length > 0) first = false;
      await output.write(result.data.subarray(start, end));
      if (stoppedEarly || output.stopped) break;
    }
    signalStop();
    if (args.format === 'json' && !output.stopped)
      await output.write(single ? (first ? '' : '\n') : first ? ']\n' : '\n]\n');
  };

  try {
    await Promise.all([
      produce(),
      consume().finally(() => {
        signalStop();
        return pool.destroy();
      }),
    ]);
  } finally {
    await pool.destroy();
    progress?.stop();
  }
  await output.finish();
  if (output.broken) return 0;
  if (output.error) {
    io.stderr.write(`az-news: Cannot write ${args.output ?? 'to standard output'}: ${describe(output.error)}\n`);
    return 2;
  }
  if (!args.quiet) {
    io.stderr.write(
      formatSummary(stats, {
        command,
        skippedRecords: counters.skippedRecords,
        ignoredFiles: counters.ignoredFiles,
        ...(args.output !== undefined && { output: args.output }),
        stoppedEarly,
      }),
    );
  }
  if (args.stats) io.stderr.write(formatStatsJson(stats, pool.started || args.jobs));
  return stats.failures > 0 ? 1 : 0;
}
