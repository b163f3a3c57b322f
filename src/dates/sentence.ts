/**
 * The sentence around a date, for the tense test (`future.ts`): its edges are walked out from the date only
 * as far as a question about them needs. The tense rules mostly stop at a cue or a comma near the date, long
 * before the sentence ends, so most of a sentence is never walked.
 *
 * The sentence runs back from the date to a line break or to a `.`, `!` or `?` with a space after it (one
 * right before the date does not end it: `St. Petersburg`), and forward to a line break or past such a mark;
 * at most {@link SENTENCE_REACH} characters each way.
 *
 * @module
 */

/** How far a sentence is looked for around a date, each way. */
const SENTENCE_REACH = 400;

const isStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 160;

/**
 * The sentence around `[start, end)` of `body`, with its start and end found lazily: each question walks
 * the edge only until it can answer, and the answer is what the fully walked edge would give.
 *
 * @example
 * ```ts
 * const s = new SentenceAround('Talks ended. On Monday, the sides met.', 16, 22);
 * s.startsBy(12); // true (the sentence starts at 12)
 * s.startsBy(11); // false
 * s.endsAfter(37); // true (it ends at 38, after the period)
 * s.endsAfter(38); // false
 * ```
 */
export class SentenceAround {
  /** The start walked to so far; final once `fromDone`. */
  private from: number;
  private fromDone = false;
  /** The end walked to so far; final once `toDone`. */
  private to: number;
  private toDone = false;
  private readonly low: number;
  private readonly high: number;

  constructor(
    private readonly body: string,
    private readonly start: number,
    end: number,
  ) {
    this.from = start;
    this.to = end;
    this.low = Math.max(0, start - SENTENCE_REACH);
    this.high = Math.min(body.length, end + SENTENCE_REACH);
  }

  /** Whether the sentence starts at or before offset `x`. */
  startsBy(x: number): boolean {
    const body = this.body;
    while (!this.fromDone && this.from > x) {
      const from = this.from;
      const c = body.charCodeAt(from - 1);
      if (from <= this.low || c === 10 || (isStop(c) && from < this.start && isSpace(body.charCodeAt(from)))) {
        this.fromDone = true;
      } else this.from = from - 1;
    }
    return this.from <= x;
  }

  /** Whether the sentence ends after offset `x` (its end is exclusive). */
  endsAfter(x: number): boolean {
    const body = this.body;
    while (!this.toDone && this.to <= x) {
      const to = this.to;
      const c = body.charCodeAt(to);
      if (to >= this.high || c === 10) {
        this.toDone = true;
        continue;
      }
      this.to = to + 1;
      if (isStop(c) && (to + 1 >= body.length || isSpace(body.charCodeAt(to + 1)))) this.toDone = true;
    }
    return this.to > x;
  }
}
