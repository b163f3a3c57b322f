/**
 * Whether the sentence around a date speaks of the future (`will be held on Friday`, `is scheduled for
 * November 12`, `пройдет 23 апреля`, `12 may tarixində olacaq`) or of the past (the default in news).
 *
 * The sentence is cut into clauses at commas, semicolons, dashes and conjunctions (`that`, `which`, `and` …),
 * and the nearest tense cue decides:
 * 1. in the date's clause, the nearest future or past cue before the date (`said on Monday`, `will be held
 *    on Friday`);
 * 2. else a past participle before the date in the clause (`the memorandum signed on June 15 will …`);
 * 3. else the first cue after the date in the clause (`On Friday the ministry will present …`);
 * 4. else the first cue after the clause, then the last before it (`On June 15, the two countries signed`).
 * No cue at all: the past.
 *
 * @module
 */
import {
  CLAUSE_WORDS,
  FUTURE_STEMS,
  FUTURE_WORDS,
  NOT_PAST_ED,
  PAST_ENDINGS,
  PAST_STEMS,
  PAST_WORDS,
} from '../data/date-words.js';

const Kind = { Future: 0, Past: 1, WeakPast: 2, Boundary: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface Token {
  kind: Kind;
  start: number;
  end: number;
}

// Words (Latin with the Azerbaijani and Turkish letters, Cyrillic, apostrophes) and clause punctuation. One
// class per alternative, no nesting: linear. Words are classified by set look-ups, not by the pattern.
const WORD_OR_MARK = /[A-Za-z\u00C0-\u024F\u0259\u0400-\u04FF'’]+|[,;:()[\]]|\s[—–-]\s/g;
/** Whole words with a fixed reading: future and past cues and clause-opening conjunctions. */
const WORDS = new Map<string, Kind>([
  ...FUTURE_WORDS.map((w) => [w, Kind.Future] as const),
  ...PAST_WORDS.map((w) => [w, Kind.Past] as const),
  ...CLAUSE_WORDS.map((w) => [w, Kind.Boundary] as const),
]);
const NOT_PAST = /* @__PURE__ */ new Set(NOT_PAST_ED);
const BEFORE_TO = /* @__PURE__ */ new Set([
  'going',
  'set',
  'expected',
  'plan',
  'plans',
  'intend',
  'intends',
  'due',
  'is',
  'are',
]);
const BE = /* @__PURE__ */ new Set(['be', 'been', 'being']);
const LAST_WHAT = /* @__PURE__ */ new Set([
  ...['week', 'month', 'year', 'night', 'time', 'weekend', 'decade', 'spring', 'summer', 'autumn', 'fall', 'winter'],
  ...['days', 'weeks', 'months', 'years', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);
const ENDINGS = /* @__PURE__ */ new Set(PAST_ENDINGS.filter((e) => e !== 'ed'));
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((e) => e.length));

/** Tokens are read in blocks of this many characters (see tokenize). */
const BLOCK = 64;
const WORD_CHAR = /[A-Za-z\u00C0-\u024F\u0259\u0400-\u04FF'’]/;

/** How far a sentence is looked for around a date, each way. */
const SENTENCE_REACH = 400;

/**
 * A test of whether the sentence around `[start, end)` of `body` speaks of the future. The tokens of each
 * sentence are read once and reused for every date in it.
 *
 * @example
 * ```ts
 * const body = 'The ministry said on Monday that the meeting will be held on Friday.';
 * const isFuture = createFutureTest(body);
 * isFuture(21, 27); // false ("said on Monday")
 * isFuture(61, 67); // true ("will be held on Friday")
 * ```
 */
export function createFutureTest(body: string): (start: number, end: number) => boolean {
  const blocks = new Map<number, Token[]>();
  const tokensIn = (from: number, to: number): Token[] => {
    const out: Token[] = [];
    for (let k = Math.floor(from / BLOCK); k * BLOCK < to; k++) {
      let tokens = blocks.get(k);
      if (!tokens) {
        tokens = tokenize(body, k * BLOCK, (k + 1) * BLOCK);
        blocks.set(k, tokens);
      }
      for (const t of tokens) if (t.start >= from && t.end <= to) out.push(t);
    }
    return out;
  };
  return (start, end) => {
    const [from, to] = sentenceBounds(body, start, end);
    return decide(tokensIn(from, to), from, to, start, end);
  };
}

/**
 * Whether the sentence around `[start, end)` of `body` speaks of the future; see the module notes.
 *
 * @example
 * ```ts
 * speaksOfFuture('The next session is scheduled for November 12.', 34, 45); // true
 * speaksOfFuture('The ministry reported on February 8.', 25, 35);           // false
 * ```
 */
export function speaksOfFuture(body: string, start: number, end: number): boolean {
  return createFutureTest(body)(start, end);
}

function sentenceBounds(body: string, start: number, end: number): [number, number] {
  let from = start;
  const low = Math.max(0, start - SENTENCE_REACH);
  while (from > low) {
    const c = body.charCodeAt(from - 1);
    if (c === 10) break; // \n
    if (isStop(c) && from < start && isSpace(body.charCodeAt(from))) break;
    from--;
  }
  let to = end;
  const high = Math.min(body.length, end + SENTENCE_REACH);
  while (to < high) {
    const c = body.charCodeAt(to);
    if (c === 10) break;
    to++;
    if (isStop(c) && (to >= body.length || isSpace(body.charCodeAt(to)))) break;
  }
  return [from, to];
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 160;

/**
 * The tokens of the words and marks that start in `[from, to)` of `body`. Bodies are read in blocks of
 * {@link BLOCK} characters, each once, so that sentences sharing text (or a long text without sentence
 * ends) are not read again for every date.
 */
function tokenize(body: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let prev = '';
  let skip = false; // the participle after `be`/`been` (`will be held`) says nothing of tense
  WORD_OR_MARK.lastIndex = from;
  for (let m = WORD_OR_MARK.exec(body); m !== null && m.index < to; m = WORD_OR_MARK.exec(body)) {
    // A word that began in the block before belongs to it.
    if (m.index === from && from > 0 && WORD_CHAR.test(body[from - 1] as string) && WORD_CHAR.test(m[0][0] as string))
      continue;
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    const word = raw.toLowerCase();
    const kind = skip ? null : classify(word, raw, prev, body, end);
    skip = BE.has(word) && prev !== 'to';
    prev = word;
    if (kind !== null) tokens.push({ kind, start, end });
  }
  return tokens;
}

const NEXT_WORD = /\s+([A-Za-z]+)/y;
const TAKE_PLACE = /\s+take\s+place(?![A-Za-z])/iy;

function takesPlace(text: string, at: number): boolean {
  TAKE_PLACE.lastIndex = at;
  return TAKE_PLACE.test(text);
}

function classify(word: string, raw: string, prev: string, text: string, after: number): Kind | null {
  const c = word.charCodeAt(0);
  // Punctuation and ` — ` (apostrophes aside, every mark sorts below `A` except `[`, `]` and a no-break space).
  if ((c < 65 && c !== 39) || c === 91 || c === 93 || c === 160) return Kind.Boundary;
  const known = WORDS.get(word);
  if (known !== undefined) return known;
  if (word === 'to') {
    // `going to`, `expected to`, `is to`, `to be held`, `to take place`
    return BEFORE_TO.has(prev) || nextWord(text, after) === 'be' || takesPlace(text, after) ? Kind.Future : null;
  }
  if (word === 'next') return nextWord(text, after) === 'to' ? null : Kind.Future;
  // `last week` is the past; `will last until` is not
  if (word === 'last') return LAST_WHAT.has(nextWord(text, after)) ? Kind.Past : null;
  if ((word === 'coming' && prev === 'the') || (word === 'tutulur' && prev === 'nəzərdə')) return Kind.Future;
  const last = word.charCodeAt(word.length - 1);
  if (last === 108 && (word.endsWith("'ll") || word.endsWith('’ll'))) return Kind.Future;
  if (word.length <= 3) return null;
  if (last < 128) {
    if (word.includes('acaq')) return Kind.Future;
    // Capitalised words ending in -ed are names (`United`, `Ahmed`), not verbs.
    return last === 100 && word.endsWith('ed') && raw.charCodeAt(0) >= 97 && !NOT_PAST.has(word) ? Kind.WeakPast : null;
  }
  if (c >= 0x400 && c <= 0x4ff) {
    for (const stem of FUTURE_STEMS) if (word.startsWith(stem)) return Kind.Future;
    for (const stem of PAST_STEMS) if (word.startsWith(stem)) return Kind.Past;
  } else if (word.includes('acaq') || word.includes('əcək')) return Kind.Future;
  for (let n = 1; n <= LONGEST_ENDING && n < word.length; n++) if (ENDINGS.has(word.slice(-n))) return Kind.WeakPast;
  return null;
}

function nextWord(text: string, at: number): string {
  NEXT_WORD.lastIndex = at;
  return NEXT_WORD.exec(text)?.[1]?.toLowerCase() ?? '';
}

function decide(tokens: readonly Token[], from: number, to: number, start: number, end: number): boolean {
  let clauseStart = from;
  let clauseEnd = to;
  for (const t of tokens) {
    if (t.kind !== Kind.Boundary) continue;
    if (t.end <= start) clauseStart = t.end;
    else if (t.start >= end) {
      clauseEnd = t.start;
      break;
    }
  }
  let before: Token | undefined; // nearest future/past cue before the date in its clause
  let weakBefore = false;
  let after: Token | undefined; // first cue after the date in its clause
  let afterClause: Token | undefined;
  let beforeClause: Token | undefined;
  for (const t of tokens) {
    if (t.kind === Kind.Boundary) continue;
    if (t.end <= clauseStart) beforeClause = t;
    else if (t.start >= clauseEnd) afterClause ??= t;
    else if (t.end <= start) {
      if (t.kind === Kind.WeakPast) weakBefore = true;
      else before = t;
    } else if (t.start >= end) after ??= t;
  }
  if (before) return before.kind === Kind.Future;
  if (weakBefore) return false;
  const decisive = after ?? afterClause ?? beforeClause;
  return decisive?.kind === Kind.Future;
}
