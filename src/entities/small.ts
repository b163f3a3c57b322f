/**
 * Helpers for the short arrays the recognisers pass around (a body yields a few dozen candidates, a headline a
 * handful): the built-ins `sort` and `fill` cost a fixed setup that outweighs the work on arrays this small.
 *
 * @module
 */

/** Below this length, `sortSmall` sorts by insertion. */
const INSERTION_MAX = 24;

/**
 * Sorts `items` in place, stably, and returns it: by insertion when short, else with `Array#sort` (also
 * stable). For a comparator that orders by keys (as all here do), both give the same order.
 *
 * @example
 * ```ts
 * sortSmall([3, 1, 2], (a, b) => a - b); // [1, 2, 3]
 * ```
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, x) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}

/**
 * Sets `marks[from..to)` to `value`: a plain loop, for the few tokens of one mention.
 *
 * @example
 * ```ts
 * const marks = new Uint8Array(4);
 * mark(marks, 1, 3, 1); // marks: [0, 1, 1, 0]
 * ```
 */
export function mark(marks: Uint8Array | Int32Array, from: number, to: number, value: number): void {
  for (let i = from; i < to; i++) marks[i] = value;
}

/** Above this many entries a scratch buffer is a one-off: an odd huge body must not pin its memory for good. */
const RETAIN_MAX = 1 << 16;

/**
 * A reusable scratch buffer: `take(size)` returns a buffer of at least `size` entries, zeroed over
 * `[0, size)`. A typed array lives outside the JS heap, so allocating one per call costs more than the short
 * passes that use it and brings GC forward; the buffer is kept and regrown instead, up to 65,536 entries.
 * A buffer is valid until the next `take` of the same scratch, so use one only within one synchronous call.
 *
 * @example
 * ```ts
 * const marks = scratch((n) => new Uint8Array(n));
 * const covered = marks(tokens.length); // zeroed
 * ```
 */
export function scratch<T extends Uint8Array | Int32Array>(make: (size: number) => T): (size: number) => T {
  let buffer: T | null = null;
  return (size) => {
    if (size > RETAIN_MAX) return make(size);
    if (buffer === null || buffer.length < size) buffer = make(Math.max(size, 2 * (buffer?.length ?? 512)));
    // Native fill: a buffer can span a whole body's code units, too many for the element loop of `mark`.
    else buffer.fill(0, 0, size);
    return buffer;
  };
}
