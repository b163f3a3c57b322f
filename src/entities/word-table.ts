/**
 * The lexicon's word classes as an open-addressing hash table that is probed with a range of a string, without
 * cutting the word out first. The tokeniser looks up every word of a body: with a `Map`, each look-up hashes a
 * freshly sliced string; here the hash is computed from the code units in place, and a hit returns the table's
 * own copy of the word, so known words (most of a body) need no slice at all.
 *
 * @module
 */

/** The offset basis of the FNV-1a hash of the table (for a caller that hashes a word as it reads it). */
export const HASH_SEED = 0x811c9dc5;
/** The prime of the FNV-1a hash: `h = Math.imul(h ^ codeUnit, HASH_PRIME)` for each code unit. */
export const HASH_PRIME = 0x01000193;

/** FNV-1a over code units, the same for a key and for a range of a text. */
function hashRange(s: string, from: number, to: number): number {
  let h = HASH_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), HASH_PRIME);
  return h;
}

/**
 * Words (as strings) with a number each, looked up by a range of a text.
 *
 * @example
 * ```ts
 * const table = new WordTable(new Map([['ministry', 2]]));
 * const i = table.find('the ministry', 4, 12);
 * table.valueAt(i); // 2
 * table.keyAt(i); // 'ministry'
 * table.find('the minister', 4, 12); // -1
 * table.get('ministry'); // 2
 * let h = HASH_SEED;
 * for (const c of 'ministry') h = Math.imul(h ^ c.charCodeAt(0), HASH_PRIME);
 * table.findHashed(h, 'the ministry', 4, 12) === i; // true
 * ```
 */
export class WordTable {
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  /**
   * Slot `s` at `[2s, 2s + 1]`: entry index + 1 (0: empty) and the key's hash, side by side so that a probe
   * reads one cache line; most occupied slots that are not the word are told apart by the hash alone. Linear
   * probing, at most half full.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * One bit per value of a hash's upper 16 bits, set for every key: a small filter that stays in cache and
   * turns away most words that are not in the table (a third of a body's) before the slots are touched.
   */
  private readonly filter = new Int32Array(2048);

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (const [key, value] of entries) {
      const h = hashRange(key, 0, key.length);
      const index = this.keys.length;
      this.keys.push(key);
      this.values.push(value);
      let slot = h & this.mask;
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = index + 1;
      this.slots[2 * slot + 1] = h;
      const bit = h >>> 16;
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }

  /** The entry whose key equals `s.slice(from, to)`, or -1. */
  find(s: string, from: number, to: number): number {
    return this.findHashed(hashRange(s, from, to), s, from, to);
  }

  /**
   * `find` for a caller that has hashed the range already: `h` must be the FNV-1a hash of `s.slice(from, to)`
   * (`HASH_SEED`, then `Math.imul(h ^ codeUnit, HASH_PRIME)` for each code unit).
   */
  findHashed(h: number, s: string, from: number, to: number): number {
    const bit = h >>> 16;
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    const length = to - from;
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = (slots[2 * slot] as number) - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] !== h) continue;
      const key = this.keys[entry] as string;
      if (key.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = key.charCodeAt(k) === s.charCodeAt(from + k);
      if (same) return entry;
    }
  }

  /** The value of `word`, or 0. */
  get(word: string): number {
    const i = this.find(word, 0, word.length);
    return i < 0 ? 0 : (this.values[i] as number);
  }

  /** The key of entry `i` (from `find`). */
  keyAt(i: number): string {
    return this.keys[i] as string;
  }

  /** The value of entry `i` (from `find`). */
  valueAt(i: number): number {
    return this.values[i] as number;
  }
}
