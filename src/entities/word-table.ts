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
 * Words (as strings) with a 32-bit integer each, looked up by a range of a text. A look-up returns a handle
 * (-1: not found) for `keyAt`, `valueAt` and `titleCaseAt`.
 *
 * @example
 * ```ts
 * const table = new WordTable(new Map([['ministry', 2]]));
 * const i = table.find('the ministry', 4, 12);
 * table.valueAt(i); // 2
 * table.keyAt(i); // 'ministry'
 * table.titleCaseAt(i); // 'Ministry'
 * table.find('the minister', 4, 12); // -1
 * table.get('ministry'); // 2
 * let h = HASH_SEED;
 * for (const c of 'ministry') h = Math.imul(h ^ c.charCodeAt(0), HASH_PRIME);
 * table.findHashed(h, 'the ministry', 4, 12) === i; // true
 * ```
 */
export class WordTable {
  private readonly keys: string[] = [];
  /** Title-case forms of keys, by entry (see `titleCaseAt`); sized once, so that filling it keeps it dense. */
  private readonly titles: (string | undefined)[];
  /**
   * Slot `s` at `[2s, 2s + 1]`: the entry index + 1 in the low `indexMask` bits (0: empty) with the upper
   * bits of the key's hash above them, then the entry's value. A probe reads one cache line, which tells a
   * slot that is not the word apart by the hash bits and holds the value of the one that is: on a body, most
   * words are known, and each costs that line and its key's (to compare), not a line of a separate value
   * array and one of a filter. Linear probing, at most half full.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly indexMask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    let indexBits = 1;
    while (indexBits < 31 && 2 ** indexBits <= entries.size) indexBits++;
    this.indexMask = 2 ** indexBits - 1;
    for (const [key, value] of entries) {
      const h = hashRange(key, 0, key.length);
      const index = this.keys.length;
      this.keys.push(key);
      let slot = h & this.mask;
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = (h & ~this.indexMask) | (index + 1);
      this.slots[2 * slot + 1] = value;
    }
    this.titles = new Array<string | undefined>(this.keys.length).fill(undefined);
  }

  /** The handle of the entry whose key equals `s.slice(from, to)`, or -1. */
  find(s: string, from: number, to: number): number {
    return this.findHashed(hashRange(s, from, to), s, from, to);
  }

  /**
   * `find` for a caller that has hashed the range already: `h` must be the FNV-1a hash of `s.slice(from, to)`
   * (`HASH_SEED`, then `Math.imul(h ^ codeUnit, HASH_PRIME)` for each code unit).
   */
  findHashed(h: number, s: string, from: number, to: number): number {
    const length = to - from;
    const slots = this.slots;
    const indexMask = this.indexMask;
    const tag = h & ~indexMask;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const x = slots[2 * slot] as number;
      if (x === 0) return -1;
      if ((x & ~indexMask) !== tag) continue;
      const key = this.keys[(x & indexMask) - 1] as string;
      if (key.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = key.charCodeAt(k) === s.charCodeAt(from + k);
      if (same) return slot;
    }
  }

  /** The value of `word`, or 0. */
  get(word: string): number {
    const i = this.find(word, 0, word.length);
    return i < 0 ? 0 : this.valueAt(i);
  }

  /** The key of the entry at handle `i` (from `find`). */
  keyAt(i: number): string {
    return this.keys[((this.slots[2 * i] as number) & this.indexMask) - 1] as string;
  }

  /**
   * The key at handle `i` with its first letter in upper case (`baku` → `Baku`), made on first need and kept:
   * a tokeniser that meets a known word in title case takes this copy instead of cutting a new one.
   */
  titleCaseAt(i: number): string {
    const entry = ((this.slots[2 * i] as number) & this.indexMask) - 1;
    let title = this.titles[entry];
    if (title === undefined) {
      const key = this.keys[entry] as string;
      title = key.charAt(0).toUpperCase() + key.slice(1);
      this.titles[entry] = title;
    }
    return title;
  }

  /** The value of the entry at handle `i` (from `find`). */
  valueAt(i: number): number {
    return this.slots[2 * i + 1] as number;
  }
}
