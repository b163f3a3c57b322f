/**
 * Scoring pages against outlet fingerprints in one pass over the lines.
 *
 * Most signals describe a whole line (a date line, an ending, a dateline opening a paragraph). Testing fifty
 * patterns against the whole text would scan it fifty times; instead each line is looked up by its first
 * character in an index built once per registry, and only the few signals that can start with that
 * character are tested, on that line alone. The handful of signals that can match anywhere (an outlet's
 * name in a sentence) scan the text, and only when it contains their literal (`includes`).
 *
 * @module
 */
import type { SourceText } from '../text/source-text.js';
import type { Detection, Evidence, KnownOutlet, Signal } from './types.js';

interface Entry {
  /** Index of the outlet in the detector's list. */
  outlet: number;
  /** Index of the signal among all signals, for the per-page record of what was found. */
  slot: number;
  signal: Signal;
  /** `signal.includes` is to be looked for in lower-cased text (an `i` pattern, a literal with letters). */
  folded: boolean;
}

/**
 * A compiled set of fingerprints that scores a page against all of them.
 *
 * @example
 * ```ts
 * const detector = createDetector([turan, ednews], [trend]);
 * detector.detect(SourceText.from(text))[0]?.outlet;
 * ```
 */
export interface Detector {
  /** Every outlet's detection, best first (ties: parsers before fingerprint-only outlets, then by id). */
  detect(source: SourceText): Detection[];
}

/**
 * Builds the dispatch index of line signals and the list of text signals, once.
 *
 * @example
 * ```ts
 * createDetector(outlets, foreignOutlets).detect(SourceText.from(text));
 * ```
 */
export function createDetector(parsers: readonly KnownOutlet[], known: readonly KnownOutlet[]): Detector {
  const outlets = [...parsers.map((o) => ({ o, parsable: true })), ...known.map((o) => ({ o, parsable: false }))];
  const byFirst = new Map<string, Entry[]>();
  const anyLine: Entry[] = [];
  const textSignals: Entry[] = [];
  const entries: Entry[] = [];
  outlets.forEach(({ o }, outlet) => {
    for (const signal of o.fingerprint) {
      const needle = signal.includes;
      const folded = signal.pattern.ignoreCase && needle !== undefined && needle !== needle.toUpperCase();
      const entry = { outlet, slot: entries.length, signal, folded };
      entries.push(entry);
      if (signal.scope !== 'line') textSignals.push(entry);
      else if (signal.lineStarts === undefined) anyLine.push(entry);
      else for (const ch of new Set(signal.lineStarts)) byFirst.set(ch, [...(byFirst.get(ch) ?? []), entry]);
    }
  });

  return {
    detect(source) {
      // What each signal found, by slot: the first match, and for unique signals a second one.
      const first: (Evidence | undefined)[] = new Array(entries.length);
      const second: (Evidence | undefined)[] = new Array(entries.length);
      const record = (entry: Entry, text: string, offset: number) => {
        const { signal, slot } = entry;
        const evidence: Evidence = {
          signal: signal.id,
          weight: signal.weight,
          kind: signal.kind ?? 'structure',
          text,
          offset: source.toInputOffset(offset),
        };
        if (first[slot] === undefined) first[slot] = evidence;
        else if (signal.unique && second[slot] === undefined) second[slot] = evidence;
      };
      const testLine = (entry: Entry, text: string, start: number) => {
        const { signal, slot } = entry;
        // A signal counts once; a unique one is still tested for the second match that gives two pages away.
        if (first[slot] !== undefined && (!signal.unique || second[slot] !== undefined)) return;
        const needle = signal.includes;
        if (needle !== undefined && !(entry.folded ? text.toLowerCase() : text).includes(needle)) return;
        const m = signal.pattern.exec(text);
        if (m) record(entry, m[0], start + m.index);
      };
      for (const line of source.lines) {
        const text = line.text;
        if (text === '') continue;
        const candidates = byFirst.get(text[0] as string);
        if (candidates) for (const entry of candidates) testLine(entry, text, line.start);
        for (const entry of anyLine) testLine(entry, text, line.start);
      }
      let lower: string | undefined;
      for (const entry of textSignals) {
        const needle = entry.signal.includes;
        if (needle !== undefined) {
          if (entry.folded && lower === undefined) lower = source.text.toLowerCase();
          if (!(entry.folded ? (lower as string) : source.text).includes(needle)) continue;
        }
        const m = entry.signal.pattern.exec(source.text);
        if (!m) continue;
        record(entry, m[0], m.index);
        if (entry.signal.unique) {
          const again = secondMatch(entry.signal.pattern, source.text, m.index + Math.max(1, m[0].length));
          if (again) record(entry, again[0], again.index);
        }
      }
      const evidence: Evidence[][] = outlets.map(() => []);
      const repeated: Evidence[][] = outlets.map(() => []);
      for (const entry of entries) {
        const found = first[entry.slot];
        if (found !== undefined) evidence[entry.outlet]?.push(found);
        const again = second[entry.slot];
        if (again !== undefined) repeated[entry.outlet]?.push(again);
      }
      const detections = outlets.map(({ o, parsable }, i): Detection => {
        const own = (evidence[i] as Evidence[]).sort((a, b) => b.weight - a.weight);
        return { outlet: o.id, score: noisyOr(own), parsable, evidence: own, repeated: repeated[i] as Evidence[] };
      });
      return detections.sort(
        // Ties by id in code-unit order: `localeCompare` would depend on the runtime's locale, and it is slow.
        (a, b) => b.score - a.score || Number(b.parsable) - Number(a.parsable) || byCodeUnits(a.outlet, b.outlet),
      );
    },
  };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The score of a set of evidence: the noisy-OR of its weights, 1 − Π(1 − w), so independent structural
 * markers add up while no pile of weak mentions reaches the certainty of one strong marker.
 *
 * @example
 * ```ts
 * noisyOr([{ weight: 0.9 }, { weight: 0.5 }]); // 0.95
 * ```
 */
export function noisyOr(evidence: readonly { weight: number }[]): number {
  let miss = 1;
  for (const e of evidence) miss *= 1 - e.weight;
  return Math.round((1 - miss) * 1000) / 1000;
}

/**
 * The noisy-OR of a detection's structural evidence only: how strongly the page's layout, not its wording,
 * points to that outlet.
 *
 * @example
 * ```ts
 * structuralScore(detections[1]!); // 0 on a clean page
 * ```
 */
export function structuralScore(d: Detection): number {
  return noisyOr(d.evidence.filter((e) => e.kind === 'structure'));
}

// Global copies of unique text signals' patterns, made once per pattern: the patterns themselves are shared
// and must stay non-global, so the copy carries the search position instead.
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
