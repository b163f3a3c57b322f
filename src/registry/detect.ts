/**
 * Scoring pages against outlet fingerprints in one pass over the lines.
 *
 * Most signals describe a whole line (a date line, an ending, a dateline opening a paragraph). Testing fifty
 * patterns against the whole text would scan it fifty times; instead each line is looked up by its first
 * character in an index built once per registry, and only the few signals that can start with that
 * character are tested, on that line alone. The handful of signals that can match anywhere (an outlet's
 * name in a sentence) scan the text, and only when it contains their literal (`includes`).
 *
 * A line signal's literal is not looked for line by line either: each distinct literal keeps a cursor, the
 * next place it occurs in the page, found with one search that runs ahead over the text. A line holds the
 * literal when the cursor falls inside it; lines before the cursor are ruled out without a search. So each
 * literal is read past at most once per page, however many lines are tested for it, where a search per line
 * and signal cost more than all the patterns together.
 *
 * @module
 */
import type { Line, SourceText } from '../text/source-text.js';
import { type FoldedNeedle, foldedNeedle, indexOfFolded } from './folded-search.js';
import type { Detection, Evidence, KnownOutlet, Signal } from './types.js';

interface Entry {
  /** Index of the outlet in the detector's list. */
  outlet: number;
  /** Index of the signal among all signals, for the per-page record of what was found. */
  slot: number;
  signal: Signal;
  /** Index of `signal.includes` among the detector's distinct literals, or -1 when it has none. */
  needle: number;
}

/** A literal that gates signals, once for all signals that share it. */
interface Needle {
  text: string;
  /** To be looked for in lower-cased text (an `i` pattern, a literal with letters). */
  folded: boolean;
  /** For a folded ASCII literal: found in any case without lower-casing the page (see folded-search.ts). */
  anyCase: FoldedNeedle | null;
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
  // Line signals by the first code unit a matching line can start with: an array for ASCII, a map for the
  // rest. (A line starting with a character outside the BMP is looked up by its first surrogate.)
  const asciiFirst: (Entry[] | undefined)[] = new Array(128);
  const otherFirst = new Map<number, Entry[]>();
  const indexByFirst = (code: number, entry: Entry) => {
    let list = code < 128 ? asciiFirst[code] : otherFirst.get(code);
    if (list === undefined) {
      list = [];
      if (code < 128) asciiFirst[code] = list;
      else otherFirst.set(code, list);
    }
    if (list[list.length - 1] !== entry) list.push(entry);
  };
  const anyLine: Entry[] = [];
  const textSignals: Entry[] = [];
  const entries: Entry[] = [];
  const needles: Needle[] = [];
  const needleIds = new Map<string, number>();
  const needleOf = (signal: Signal): number => {
    const text = signal.includes;
    if (text === undefined) return -1;
    const folded = signal.pattern.ignoreCase && text !== text.toUpperCase();
    const key = `${folded ? 'i' : 's'}${text}`;
    let id = needleIds.get(key);
    if (id === undefined) {
      id = needles.push({ text, folded, anyCase: folded ? foldedNeedle(text) : null }) - 1;
      needleIds.set(key, id);
    }
    return id;
  };
  outlets.forEach(({ o }, outlet) => {
    for (const signal of o.fingerprint) {
      const entry = { outlet, slot: entries.length, signal, needle: needleOf(signal) };
      entries.push(entry);
      if (signal.scope !== 'line') textSignals.push(entry);
      else if (signal.lineStarts === undefined) anyLine.push(entry);
      else for (let i = 0; i < signal.lineStarts.length; i++) indexByFirst(signal.lineStarts.charCodeAt(i), entry);
    }
  });
  // The order of outlets that found nothing, which is most of them on every page: by the tie rules alone.
  const unscored = outlets
    .map(({ o, parsable }, i) => ({ outlet: o.id, parsable, i }))
    .sort(byTies)
    .map((d) => d.i);

  return {
    detect(source) {
      const text = source.text;
      // What each signal found, by slot: the first match, and for unique signals a second one.
      const first: (Evidence | undefined)[] = new Array(entries.length);
      const second: (Evidence | undefined)[] = new Array(entries.length);
      const record = (entry: Entry, match: string, offset: number) => {
        const { signal, slot } = entry;
        const evidence: Evidence = {
          signal: signal.id,
          weight: signal.weight,
          kind: signal.kind ?? 'structure',
          text: match,
          offset: source.toInputOffset(offset),
        };
        if (first[slot] === undefined) first[slot] = evidence;
        else if (signal.unique && second[slot] === undefined) second[slot] = evidence;
      };
      // The page in lower case, for folded literals; made on first need. When lower-casing changes the
      // length (`İ` becomes two code units), offsets no longer agree and lines are lower-cased one by one.
      let lower: string | undefined;
      const lowered = (): string => {
        lower ??= text.toLowerCase();
        return lower;
      };
      // Per literal: where it next occurs at or after the line being read (text.length when nowhere), or -1
      // before the first search.
      const next = new Array<number>(needles.length).fill(-1);
      const lineHolds = (needle: Needle, id: number, line: Line): boolean => {
        const { anyCase } = needle;
        if (needle.folded && !anyCase && lowered().length !== text.length) {
          return line.text.toLowerCase().includes(needle.text);
        }
        let at = next[id] as number;
        if (at < line.start) {
          if (anyCase) at = indexOfFolded(text, anyCase, line.start);
          else at = (needle.folded ? lowered() : text).indexOf(needle.text, line.start);
          if (at < 0) at = text.length;
          next[id] = at;
        }
        return at + needle.text.length <= line.end;
      };
      const testLine = (entry: Entry, line: Line) => {
        const { signal, slot } = entry;
        // A signal counts once; a unique one is still tested for the second match that gives two pages away.
        if (first[slot] !== undefined && (!signal.unique || second[slot] !== undefined)) return;
        if (entry.needle >= 0 && !lineHolds(needles[entry.needle] as Needle, entry.needle, line)) return;
        const m = signal.pattern.exec(line.text);
        if (m) record(entry, m[0], line.start + m.index);
      };
      for (const line of source.lines) {
        if (line.text === '') continue;
        const code = line.text.charCodeAt(0);
        const candidates = code < 128 ? asciiFirst[code] : otherFirst.get(code);
        if (candidates) for (const entry of candidates) testLine(entry, line);
        for (const entry of anyLine) testLine(entry, line);
      }
      // Text signals: a literal is looked for once per page, however many signals share it.
      const inText = new Array<boolean | undefined>(needles.length);
      for (const entry of textSignals) {
        const id = entry.needle;
        if (id >= 0) {
          const needle = needles[id] as Needle;
          let found = inText[id];
          if (found === undefined) {
            if (needle.anyCase) found = indexOfFolded(text, needle.anyCase, 0) >= 0;
            else found = (needle.folded ? lowered() : text).includes(needle.text);
            inText[id] = found;
          }
          if (!found) continue;
        }
        const m = entry.signal.pattern.exec(text);
        if (!m) continue;
        record(entry, m[0], m.index);
        if (entry.signal.unique) {
          const again = secondMatch(entry.signal.pattern, text, m.index + Math.max(1, m[0].length));
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
      // Best first; ties by id in code-unit order (`localeCompare` would depend on the runtime's locale, and
      // it is slow). Outlets that found nothing keep their precomputed order after the others.
      const ranked: Detection[] = [];
      for (const d of detections) if (d.score > 0) ranked.push(d);
      ranked.sort((a, b) => b.score - a.score || byTies(a, b));
      for (const i of unscored) if (!((detections[i] as Detection).score > 0)) ranked.push(detections[i] as Detection);
      return ranked;
    },
  };
}

/** Ties between equal scores: parsers before fingerprint-only outlets, then by id in code-unit order. */
function byTies(a: { parsable: boolean; outlet: string }, b: { parsable: boolean; outlet: string }): number {
  return Number(b.parsable) - Number(a.parsable) || byCodeUnits(a.outlet, b.outlet);
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
