/**
 * Every regular expression in src/ is checked by recheck for ReDoS, so that a new vulnerable one fails the
 * build.
 *
 * - Literals are found by parsing every src/**\/*.ts file with the TypeScript compiler API (the parser drives
 *   the scanner and tells a regex literal from a division, which the scanner alone cannot).
 * - `new RegExp(…)` and `RegExp(…)` calls build their patterns at run time, so they are listed by hand below,
 *   with their count per file: a new call fails the test until it is listed. Their actual patterns are
 *   captured by wrapping the global RegExp while src/ is imported and the fixtures are parsed, and checked
 *   like the literals.
 *
 * recheck runs with its pure-JavaScript backend (no Java, no native binary; RECHECK_BACKEND=native is about
 * four times faster where the binary is installed), in worker threads so that the test runner stays
 * responsive. Each pattern goes to recheck's automaton checker first (exact where it applies, and fast);
 * patterns it cannot model (look-around, back-references) or cannot finish in time go to its fuzz checker. A
 * pattern reported vulnerable, or that neither checker can clear, fails the test with its file, pattern and
 * attack string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BACKEND,
  type Checked,
  checkAll,
  type Found,
  forAutomaton,
  isVulnerable,
  RECHECK_VERSION,
} from '../support/recheck-pool.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/**
 * Every `new RegExp(…)` / `RegExp(…)` call in src/, by file: how many, and what they build. A call added
 * anywhere fails the test until it is listed here (and its patterns pass the check).
 */
const DYNAMIC_REGEXPS: Record<string, { count: number; builds: string; onUse?: true }> = {
  // Built only when a unique signal matched once; its sources are the fingerprints' literals (asserted below).
  'src/registry/detect.ts': { count: 1, builds: 'global copies of fingerprint patterns', onUse: true },
  'src/entities/persons.ts': { count: 1, builds: 'an alternation of surname endings, anchored at the end' },
  'src/dates/mentions.ts': { count: 3, builds: 'the date-word scanners: word tries of date words and anchors' },
  'src/dates/english.ts': {
    count: 7,
    builds: 'year-preposition, quantity, event, “ago”, “N months of” and day-name span patterns from word lists',
  },
  'src/dates/chrono.ts': { count: 2, builds: 'day-name span patterns around a dash' },
  'src/dates/scan.ts': { count: 1, builds: 'a quantity-word pattern after a number' },
  'src/dates/plain.ts': { count: 1, builds: 'whole-word English month, weekday and ordinal names in a window' },
};

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => join(SRC, f));
}

/**
 * Regex literals and RegExp calls in every src file, from the TypeScript AST; and where a literal stands inside
 * a function, which makes a new RegExp object on every call.
 */
function scan(): { literals: Found[]; calls: Record<string, number>; inFunctions: string[] } {
  const literals: Found[] = [];
  const calls: Record<string, number> = {};
  const inFunctions: string[] = [];
  for (const path of sourceFiles()) {
    const file = relative(ROOT, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, inFunction: boolean) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const flags = text.slice(slash + 1);
        // Through the constructor, so that the source is in the form RegExp#source gives at run time.
        const source = new RegExp(text.slice(1, slash), flags).source;
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        literals.push({ file, line, source, flags });
        if (inFunction) inFunctions.push(`${file}:${line} ${text}`);
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ((ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') ||
          (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'RegExp'))
      ) {
        calls[file] = (calls[file] ?? 0) + 1;
      }
      const inside = inFunction || ts.isFunctionLike(node);
      ts.forEachChild(node, (child) => visit(child, inside));
    };
    visit(sf, false);
  }
  return { literals, calls, inFunctions };
}

/** Patterns built through the RegExp constructor by src/ code while `run` runs, with the calling file. */
async function capture(run: () => Promise<void>): Promise<Found[]> {
  const seen: Found[] = [];
  const record = (re: RegExp) => {
    // Stack: Error, record, the trap, the caller.
    const caller = (new Error().stack ?? '').split('\n')[3] ?? '';
    const m = /(\/[^():]+\.ts):(\d+):\d+\)?$/.exec(caller);
    if (m?.[1]?.startsWith(SRC)) {
      seen.push({ file: relative(ROOT, m[1]), line: Number(m[2]), source: re.source, flags: re.flags });
    }
    return re;
  };
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

const key = (f: { source: string; flags: string }) => `/${f.source}/${f.flags.replace('g', '')}`;

const { literals, calls, inFunctions } = scan();
let dynamic: Found[] = [];
const importFailures: string[] = [];
let checked: Checked[] = [];

beforeAll(async () => {
  const literalKeys = new Set(literals.map((l) => `${l.file} ${key(l)}`));
  const captured = await capture(async () => {
    // Every file with a RegExp call, so that module-level patterns are built, then the fixtures, so that
    // patterns built on use are built too.
    const withCalls = Object.keys(calls).map((f) => join(ROOT, f));
    for (const path of [join(SRC, 'index.ts'), ...withCalls]) {
      try {
        await import(path);
      } catch (e) {
        importFailures.push(`${relative(ROOT, path)}: ${inspect(e)}`);
      }
    }
    const { safeParseArticle } = await import('../../src/index.js');
    const { rawFixturePages } = await import('../support/robustness.js');
    for (const page of rawFixturePages()) safeParseArticle(page.text);
  });
  // The transform that loads src/ may compile literals through the constructor too: those are not calls.
  dynamic = captured.filter((c) => !literalKeys.has(`${c.file} ${key(c)}`));
}, 120_000);

afterAll(() => {
  const count = (f: (c: Checked) => boolean) => checked.filter(f).length;
  const slowest = [...checked].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `ReDoS check (recheck ${RECHECK_VERSION}, ${BACKEND} backend): ${literals.length} literals and ` +
      `${dynamic.length} constructed patterns in src/, ${checked.length} distinct patterns ` +
      `(${count((c) => !c.cached)} checked now, ${count((c) => c.cached === true)} from the cache; ` +
      `${count((c) => c.via === 'fuzz')} by fuzzing), ${count(isVulnerable)} vulnerable, ` +
      `${count((c) => c.result.status === 'vulnerable' && !isVulnerable(c))} fuzzing findings V8 did not reproduce, ` +
      `${count((c) => c.result.status === 'unknown')} unknown; ` +
      `slowest ${Math.round(slowest?.ms ?? 0)} ms (${slowest?.pattern.file ?? '-'})`,
  );
  for (const c of checked.filter((c) => c.result.status === 'vulnerable' && !isVulnerable(c))) {
    console.log(
      `  fuzzing finding V8 did not reproduce (${Math.round(c.replayMs ?? 0)} ms on the attack string): ` +
        `${c.pattern.file}:${c.pattern.line} /${c.pattern.source}/${c.pattern.flags}`,
    );
  }
});

describe('regular expressions in src/', () => {
  it('finds the literals', () => {
    expect(literals.length).toBeGreaterThan(50);
    // The scan sees what a reader sees: a sample of known literals, in their files.
    expect(literals).toContainEqual(expect.objectContaining({ file: 'src/registry/input.ts', flags: 'i' }));
    expect(literals.some((l) => l.file === 'src/outlets/turan.ts' && l.source.includes('Leave a review'))).toBe(true);
  });

  it('builds every literal once, at module level, not on each call of a function', () => {
    expect(inFunctions).toEqual([]);
  });

  it('lists every RegExp call by hand, with the right count per file', () => {
    const listed = Object.fromEntries(Object.entries(DYNAMIC_REGEXPS).map(([f, d]) => [f, d.count]));
    expect(calls).toEqual(listed);
  });

  it('captures the patterns of every listed call, and none from unlisted files', () => {
    expect(importFailures).toEqual([]);
    const files = new Set(dynamic.map((d) => d.file));
    for (const [file, d] of Object.entries(DYNAMIC_REGEXPS)) {
      if (!d.onUse) expect(files, `no pattern built in ${file}`).toContain(file);
    }
    for (const file of files) expect(Object.keys(DYNAMIC_REGEXPS), `${file} builds a RegExp`).toContain(file);
  });

  it('copies only checked literals into the detector’s global patterns', async () => {
    const { defaultRegistry } = await import('../../src/index.js');
    const literalKeys = new Set(literals.map(key));
    const signals = [...defaultRegistry.parsers, ...defaultRegistry.known].flatMap((o) => o.fingerprint);
    expect(signals.length).toBeGreaterThan(20);
    for (const s of signals) expect(literalKeys, s.id).toContain(key(s.pattern));
  });

  it('has no pattern recheck finds vulnerable or cannot clear', async () => {
    const distinct = new Map<string, Found>();
    for (const p of [...literals, ...dynamic]) if (!distinct.has(key(p))) distinct.set(key(p), p);
    checked = await checkAll([...distinct.values()]);
    const failures: string[] = [];
    for (const c of checked) {
      const { pattern, result } = c;
      const where = `${pattern.file}:${pattern.line} /${pattern.source}/${pattern.flags}`;
      if (result.status === 'vulnerable' && isVulnerable(c)) {
        const replay = c.replayMs === undefined ? '' : `, V8 took ${Math.round(c.replayMs)} ms on it`;
        failures.push(
          `${where} is vulnerable (${result.complexity.summary}); attack: ${result.attack.pattern}${replay}`,
        );
      } else if (result.status === 'unknown') {
        failures.push(`${where} could not be checked: ${JSON.stringify(result.error)}`);
      }
    }
    expect(checked).toHaveLength(distinct.size);
    expect(failures).toEqual([]);
  }, 600_000);

  it('catches known vulnerable patterns (the check can fail)', async () => {
    const known: Found[] = [
      { file: 'exponential', line: 1, source: '^(a+)+$', flags: '' },
      // Quadratic: every start in a run of white space scans to its end (found in src/dates/chrono.ts once).
      { file: 'quadratic', line: 1, source: '[\\s,]+$', flags: 'u' },
      // Quadratic behind a look-ahead the automaton cannot model: the fuzz checker must find it.
      { file: 'look-ahead', line: 1, source: '\\d+\\s*(?=x)', flags: '' },
    ];
    const results = await checkAll(known);
    for (const r of results) expect(isVulnerable(r), r.pattern.file).toBe(true);
  }, 120_000);

  it('gives the automaton checker a faithful look-ahead-free form', () => {
    expect(forAutomaton('\\s+günü(?![\\p{L}])')).toBe('\\s+günü(?:[^\\p{L}]|$)');
    expect(forAutomaton('a(?![^x])')).toBe('a(?:[x]|$)');
    expect(forAutomaton('a(?!\\p{L})')).toBe('a(?:\\P{L}|$)');
    expect(forAutomaton('a(?=[A-Z])')).toBe('a(?:[A-Z])');
    expect(forAutomaton('a(?!\\d)')).toBe('a(?:\\D|$)');
    // Look-aheads elsewhere, or of more than one class, stay for the fuzz checker.
    expect(forAutomaton('[.!?](?=["“«]?\\p{Lu})')).toBe('[.!?](?=["“«]?\\p{Lu})');
    expect(forAutomaton('(?![a-z])b')).toBe('(?![a-z])b');
  });
});
