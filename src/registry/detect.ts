/**
 * Scoring pages against outlet fingerprints.
 *
 * @module
 */
import type { SourceText } from '../text/source-text.js';
import type { Detection, Evidence, KnownOutlet } from './types.js';

/**
 * Scores one outlet: every signal whose pattern matches adds evidence, and the score is the noisy-OR of the
 * weights (1 − Π(1 − w)), so independent structural markers add up while no pile of weak mentions reaches
 * the certainty of one strong marker.
 *
 * @example
 * ```ts
 * scoreOutlet(turan, SourceText.from(text), true).score; // 0.99
 * ```
 */
export function scoreOutlet(outlet: KnownOutlet, source: SourceText, parsable: boolean): Detection {
  const evidence: Evidence[] = [];
  const repeated: Evidence[] = [];
  let miss = 1;
  for (const signal of outlet.fingerprint) {
    const m = signal.pattern.exec(source.text);
    if (!m) continue;
    const kind = signal.kind ?? 'structure';
    evidence.push({
      signal: signal.id,
      weight: signal.weight,
      kind,
      text: m[0],
      offset: source.toInputOffset(m.index),
    });
    miss *= 1 - signal.weight;
    if (signal.unique) {
      const again = secondMatch(signal.pattern, source.text, m.index + Math.max(1, m[0].length));
      if (again) {
        repeated.push({
          signal: signal.id,
          weight: signal.weight,
          kind,
          text: again[0],
          offset: source.toInputOffset(again.index),
        });
      }
    }
  }
  evidence.sort((a, b) => b.weight - a.weight);
  return { outlet: outlet.id, score: round(1 - miss), parsable, evidence, repeated };
}

// Global copies of unique signals' patterns, made once per pattern: the patterns themselves are shared and
// must stay non-global, so the copy carries the search position instead.
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function secondMatch(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  let global = GLOBAL_COPIES.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL_COPIES.set(pattern, global);
  }
  global.lastIndex = from;
  return global.exec(text);
}

/**
 * The noisy-OR of a detection's structural evidence only: how strongly the page's layout, not its wording,
 * points to that outlet.
 *
 * @example
 * ```ts
 * structuralScore(detectOutlet(text)[1]!); // 0 on a clean page
 * ```
 */
export function structuralScore(d: Detection): number {
  let miss = 1;
  for (const e of d.evidence) if (e.kind === 'structure') miss *= 1 - e.weight;
  return round(1 - miss);
}

/**
 * Scores every outlet and sorts best first (ties: parsers before fingerprint-only outlets, then by id).
 *
 * @example
 * ```ts
 * detectAll(parsers, knownOutlets, source)[0]?.outlet;
 * ```
 */
export function detectAll(
  parsers: readonly KnownOutlet[],
  known: readonly KnownOutlet[],
  source: SourceText,
): Detection[] {
  const all = [...parsers.map((p) => scoreOutlet(p, source, true)), ...known.map((k) => scoreOutlet(k, source, false))];
  return all.sort(
    (a, b) => b.score - a.score || Number(b.parsable) - Number(a.parsable) || a.outlet.localeCompare(b.outlet),
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;
