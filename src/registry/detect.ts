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
  let miss = 1;
  for (const signal of outlet.fingerprint) {
    const m = signal.pattern.exec(source.text);
    if (!m) continue;
    evidence.push({ signal: signal.id, weight: signal.weight, text: m[0], offset: source.toInputOffset(m.index) });
    miss *= 1 - signal.weight;
  }
  evidence.sort((a, b) => b.weight - a.weight);
  return { outlet: outlet.id, score: round(1 - miss), parsable, evidence };
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
