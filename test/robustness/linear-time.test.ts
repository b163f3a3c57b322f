/**
 * Work grows linearly with the input: adversarial inputs at size N and 8N, timed in the same run, must take
 * well under the 64 times longer that quadratic growth would take (N is the size: 100,000 lines of `-`, a
 * 1 MB line, 10,000 dateline prefixes …). Each input is timed bare and inside a real
 * Turan page (so that it reaches extraction and enrichment, not only detection), through safeParseArticle
 * (maxInputLength: Infinity), detectOutlet and normalizeText. Times are the least of three interleaved runs
 * (two when one large call takes over 150 ms) after a warm-up, each run at least 5 ms; no absolute time is
 * asserted. The ratios are printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { detectOutlet, normalizeText, safeParseArticle } from '../../src/index.js';
import { FIXTURES_DIR } from '../support/expectations.js';

// 8x the input: linear is 8, quadratic 64. The limit leaves room for noise (GC, a busy machine) and for
// n log n work, and none for anything quadratic.
const GROWTH = 8;
const LIMIT = 24;

const TURAN = readFileSync(join(FIXTURES_DIR, 'seeds', '002_70e387cdfb7af126.txt'), 'utf8');
// The block goes between the body's first paragraph and the rest.
const CUT = TURAN.indexOf('\n\n', TURAN.indexOf('Baku/06.10.23/Turan:')) + 2;
const inTuran = (block: string) => `${TURAN.slice(0, CUT)}${block}\n\n${TURAN.slice(CUT)}`;

const SENTENCE = 'The minister of defense of Azerbaijan met his colleague from Kazakhstan in Baku on Monday, ';
const CAPITALS = ['Azerbaijan', 'Kazakhstan', 'Defense', 'Minister', 'Zakir', 'Hasanov', 'Baku', 'Republic'];

/**
 * Adversarial inputs at size N (the sizes; all over 100 KB, so that both sizes are past the CPU
 * caches and a ratio compares like with like): `make(n)` is about n units of the pattern.
 */
const INPUTS: { name: string; n: number; make: (n: number) => string }[] = [
  { name: '100,000 lines of "-"', n: 100_000, make: (n) => '-\n'.repeat(n) },
  { name: 'a single 1 MB line', n: 11_200, make: (n) => SENTENCE.repeat(n) },
  { name: '10,000 dateline prefixes', n: 10_000, make: (n) => 'Baku/06.10.23/Turan: '.repeat(n) },
  {
    name: '25,000 capitalised words',
    n: 25_000,
    make: (n) => Array.from({ length: n }, (_, i) => CAPITALS[i % CAPITALS.length]).join(' '),
  },
  { name: '25,000 initials A.B.C.D.', n: 25_000, make: (n) => 'A.B.C.D.'.repeat(n) },
  { name: '250,000 spaces', n: 250_000, make: (n) => `x${' '.repeat(n)}x` },
  { name: '10,000 "- 7 March 2024, 15:54" lines', n: 10_000, make: (n) => '- 7 March 2024, 15:54\n'.repeat(n) },
  { name: '30,000 digits and dots', n: 30_000, make: (n) => '1.2.3.'.repeat(n) },
  { name: '10,000 unbalanced quotes', n: 10_000, make: (n) => '“Baku «said "the ('.repeat(n) },
  { name: '6,000 glued sentences', n: 6_000, make: (n) => 'Azerbaijan.Highlighting the ties.'.repeat(n) },
];

const FUNCTIONS: { name: string; run: (text: string) => unknown }[] = [
  { name: 'safeParseArticle', run: (t) => safeParseArticle(t, { maxInputLength: Number.POSITIVE_INFINITY }) },
  { name: 'detectOutlet', run: (t) => detectOutlet(t) },
  { name: 'normalizeText', run: (t) => normalizeText(t) },
];

// V8's collector, to run between timed runs (exposed at run time; the timing works without it, only noisier).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;

const measured: string[] = [];
afterAll(() => console.log(`growth ratios, time(8N) / time(N):\n${measured.join('\n')}`));

/**
 * The least time of `rounds` interleaved runs at each size, after a warm-up. A run calls `fn` as many times as
 * it takes the small input at least 5 ms (the same count for the large one), so that timer resolution and
 * call overhead do not decide the ratio.
 */
function growth(fn: (text: string) => unknown, small: string, large: string, rounds: number) {
  const time = (text: string, calls: number) => {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn(text);
    return performance.now() - start;
  };
  gc?.(); // start from a clean heap, so that the runs do not pay for the garbage of the cases before
  // Warm-up, which also sizes the runs: as many calls as make the small input take 5 ms.
  const once = Math.min(time(small, 1), time(small, 1), time(small, 1));
  const slow = time(large, 1) > 150;
  const calls = Math.min(10_000, Math.max(1, Math.ceil(5 / Math.max(once, 0.001))));
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  // Two rounds where one large call takes long enough to be timed well on its own.
  for (let i = 0; i < (slow ? Math.min(rounds, 2) : rounds); i++) {
    a = Math.min(a, time(small, calls));
    b = Math.min(b, time(large, calls));
  }
  return { small: a / calls, large: b / calls, ratio: b / a, calls };
}

describe('work grows linearly with the input', () => {
  const cases = INPUTS.flatMap((input) =>
    [false, true].map((wrapped) => {
      const wrap = wrapped ? inTuran : (s: string) => s;
      return [`${input.name}${wrapped ? ' in a Turan page' : ''}`, input, wrap] as const;
    }),
  );

  it.each(cases)('%s', (name, input, wrap) => {
    const small = wrap(input.make(input.n));
    const large = wrap(input.make(input.n * GROWTH));
    expect(large.length / small.length).toBeGreaterThan(GROWTH * 0.9);
    for (const fn of FUNCTIONS) {
      let m = growth(fn.run, small, large, 3);
      if (m.ratio >= LIMIT) {
        // Five more rounds before calling it non-linear, keeping the best of all: a GC pause, a busy core or
        // the large input outgrowing V8's young generation can spoil a few runs, and it cannot make a
        // quadratic function look linear.
        const again = growth(fn.run, small, large, 5);
        const best = { small: Math.min(m.small, again.small), large: Math.min(m.large, again.large) };
        m = { ...again, ...best, ratio: best.large / best.small };
      }
      measured.push(
        `  ${name} / ${fn.name}: ${m.ratio.toFixed(1)} (${m.small.toFixed(2)} ms at ${small.length} chars, ` +
          `${m.large.toFixed(2)} ms at ${large.length}; ${m.calls} calls a run)`,
      );
      expect(m.ratio, `${fn.name} on ${name}`).toBeLessThan(LIMIT);
    }
  });

  it('parses the wrapped page as a Turan article, so that the blocks reach the parser', () => {
    for (const input of INPUTS) {
      const result = safeParseArticle(inTuran(input.make(input.n)), { maxInputLength: Number.POSITIVE_INFINITY });
      expect(result.data?.outlet, input.name).toBe('turan');
    }
  });
});
