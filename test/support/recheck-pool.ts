/**
 * recheck (ReDoS checker) runs for the ReDoS test: a pool of worker threads, a look-ahead-free form of a
 * pattern for recheck's automaton checker, and a cache of results in node_modules/.cache.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Diagnostics } from 'recheck';

const ROOT = join(import.meta.dirname, '..', '..');

/** recheck's backend: `pure` (JavaScript) unless RECHECK_BACKEND says otherwise (`native` is faster). */
export const BACKEND = process.env.RECHECK_BACKEND ?? 'pure';

/** A regular expression found in the source, where it was found. */
export interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** A pattern's check. */
export interface Checked {
  pattern: Found;
  result: Diagnostics;
  /** Which checker decided: `automaton`, `automaton (look-ahead made consuming)` or `fuzz`. */
  via: string;
  /** For a fuzzing verdict of vulnerable: how long V8 took on the attack string (or {@link NEVER_FINISHED}). */
  replayMs?: number;
  ms: number;
  cached?: true;
}

/**
 * The pattern the automaton checker is given: the pattern itself, or, when it ends with a look-ahead of one
 * character class (`(?![\\p{L}])`, `(?=[A-Z])`, which the automaton checker does not model), the pattern with
 * that look-ahead made consuming (`(?:[^\\p{L}]|$)`, `(?:[A-Z])`). At the very end of a pattern the two fail at
 * exactly the same points and backtrack the same way; the consuming form only ends the match one character
 * later. Look-arounds anywhere else are left to the fuzz checker.
 */
export function forAutomaton(source: string): string {
  const m = /\(\?([!=])(\[\^?((?:[^\]\\]|\\.)*)\]|\\[pP]\{[\w=]+\}|\\[dDwWsS])\)$/.exec(source);
  if (!m) return source;
  const [, kind, cls, inner] = m as unknown as [string, string, string, string | undefined];
  if (kind === '=') return `${source.slice(0, m.index)}(?:${cls})`;
  let complement: string;
  if (inner !== undefined) complement = cls.startsWith('[^') ? `[${inner}]` : `[^${inner}]`;
  else if (/^\\[pP]/.test(cls)) complement = cls[1] === 'p' ? `\\P${cls.slice(2)}` : `\\p${cls.slice(2)}`;
  else complement = cls === cls.toLowerCase() ? cls.toUpperCase() : cls.toLowerCase();
  return `${source.slice(0, m.index)}(?:${complement}|$)`;
}

// The worker: automaton first (on the look-ahead-free form), then fuzzing for what the automaton leaves open.
// A fuzzing verdict of "vulnerable" is then replayed in V8 itself: the fuzz checker measures its own matcher,
// and its timing-based limits make it report the odd false positive on a busy machine; V8 matching the
// attack string in well under a second means the finding does not hold for the engine the library runs on.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
process.env.RECHECK_BACKEND = workerData.backend;
const { check } = require(workerData.recheck);
parentPort.on('message', async ({ id, source, automatonSource, flags }) => {
  const t = performance.now();
  let via = automatonSource === source ? 'automaton' : 'automaton (look-ahead made consuming)';
  let result;
  let replayMs;
  try {
    result = await check(automatonSource, flags, { checker: 'automaton', timeout: 10000 });
    if (result.status === 'unknown') {
      via = 'fuzz';
      result = await check(source, flags, { checker: 'fuzz', timeout: 20000, randomSeed: 1 });
      // Out of time is no verdict: on a machine busy with other work, give the fuzzer longer once.
      if (result.status === 'unknown' && result.error?.kind === 'timeout') {
        result = await check(source, flags, { checker: 'fuzz', timeout: 60000, randomSeed: 1 });
      }
      if (result.status === 'vulnerable') {
        parentPort.postMessage({ id, replaying: true, result });
        const re = new RegExp(source, flags.replace('g', ''));
        const start = performance.now();
        re.test(result.attack.string);
        replayMs = performance.now() - start;
      }
    }
  } catch (e) {
    result = { status: 'unknown', error: { kind: 'crash', message: String(e) } };
  }
  parentPort.postMessage({ id, result, via, replayMs, ms: performance.now() - t });
});
`;

/** The replay time of an attack string V8 was stopped on (a number, so that it survives JSON). */
export const NEVER_FINISHED = 1e9;

/** How long V8 may take on a fuzzing attack string before the finding counts as reproduced. */
export const REPLAY_LIMIT_MS = 500;

/** True when a check says the pattern is vulnerable and, for a fuzzing verdict, V8 agrees. */
export const isVulnerable = (c: Checked): boolean =>
  c.result.status === 'vulnerable' && (c.via !== 'fuzz' || (c.replayMs ?? 0) >= REPLAY_LIMIT_MS);

// Results are kept in node_modules/.cache, keyed by recheck's version, the backend, the worker's code and the
// pattern itself, so that a pattern is checked again only when it (or the checker) changes. REDOS_NO_CACHE=1
// checks everything afresh. Patterns recheck could not clear are never cached.
const CACHE = join(ROOT, 'node_modules', '.cache', 'az-news-parsers', 'redos.json');
export const RECHECK_VERSION = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('recheck/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const cacheKey = (p: Found) => JSON.stringify([RECHECK_VERSION, BACKEND, hash(WORKER), p.source, p.flags]);

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

type CacheEntry = Pick<Checked, 'result' | 'via' | 'replayMs'>;

function readCache(): Record<string, CacheEntry> {
  if (process.env.REDOS_NO_CACHE || !existsSync(CACHE)) return {};
  try {
    return JSON.parse(readFileSync(CACHE, 'utf8'));
  } catch {
    return {};
  }
}

function writeCache(cache: Record<string, CacheEntry>, results: Checked[]): void {
  const fresh = Object.fromEntries(
    results
      .filter((r) => r.result.status !== 'unknown')
      .map((r) => [cacheKey(r.pattern), { result: r.result, via: r.via, replayMs: r.replayMs }]),
  );
  mkdirSync(dirname(CACHE), { recursive: true });
  const tmp = `${CACHE}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify({ ...cache, ...fresh }));
  renameSync(tmp, CACHE);
}

/** Checks every pattern with recheck, from the cache or in a pool of worker threads. */
export async function checkAll(patterns: Found[]): Promise<Checked[]> {
  const cache = readCache();
  const results: Checked[] = [];
  const fresh: Found[] = [];
  for (const p of patterns) {
    const hit = cache[cacheKey(p)];
    if (hit) results.push({ pattern: p, ...hit, ms: 0, cached: true });
    else fresh.push(p);
  }
  results.push(...(await checkInWorkers(fresh)));
  writeCache(cache, results);
  return results;
}

async function checkInWorkers(patterns: Found[]): Promise<Checked[]> {
  const recheck = createRequire(import.meta.url).resolve('recheck');
  const spawn = () => new Worker(WORKER, { eval: true, workerData: { backend: BACKEND, recheck } });
  const size = Math.max(1, Math.min(2, availableParallelism(), patterns.length));
  const workers = Array.from({ length: size }, spawn);
  const results: Checked[] = [];
  let next = 0;
  type Reply = { result: Diagnostics; via: string; replayMs?: number; ms: number };
  // One job: the worker's reply, or, when a replay of an attack string in V8 runs past the limit, a
  // reproduced finding (the worker is then stuck in the regex, so it is replaced).
  const job = (slot: number, id: number, pattern: Found) =>
    new Promise<Reply>((resolve, reject) => {
      const worker = workers[slot] as Worker;
      let watchdog: NodeJS.Timeout | undefined;
      let pending: Reply | undefined;
      const done = (reply: Reply) => {
        clearTimeout(watchdog);
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        resolve(reply);
      };
      worker.on('message', (m: Reply & { replaying?: true; result?: Diagnostics }) => {
        if (!m.replaying) return done(m);
        pending = { result: m.result as Diagnostics, via: 'fuzz', ms: 0 };
        watchdog = setTimeout(() => {
          void worker.terminate();
          workers[slot] = spawn();
          done({ ...(pending as Reply), replayMs: NEVER_FINISHED });
        }, 4 * REPLAY_LIMIT_MS);
      });
      worker.once('error', reject);
      worker.postMessage({
        id,
        source: pattern.source,
        automatonSource: forAutomaton(pattern.source),
        flags: pattern.flags,
      });
    });
  try {
    await Promise.all(
      workers.map(async (_, slot) => {
        while (next < patterns.length) {
          const id = next++;
          const pattern = patterns[id] as Found;
          results.push({ pattern, ...(await job(slot, id, pattern)) });
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
