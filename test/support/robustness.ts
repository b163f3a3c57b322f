/**
 * Shared pieces of the robustness tests (test/robustness): how many property cases to run, the raw fixture
 * pages, the invariants every parse result must satisfy, and a timing helper for growth-ratio checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll } from 'vitest';
import {
  ARTICLE_PARSE_ERROR_CODES,
  type Article,
  ArticleSchema,
  isArticleParseError,
  normalizeText,
  type SafeParseResult,
  safeParseArticle,
} from '../../src/index.js';
import { FIXTURES_DIR } from './expectations.js';

/**
 * Cases per property: `PROPERTY_RUNS` from the environment, else `fallback` (chosen per property so that the
 * whole robustness folder stays around a minute on a 2-core machine while every property runs at least 1,000
 * cases). `PROPERTY_RUNS=20000 npx vitest run test/robustness` is the long run.
 */
export function propertyRuns(fallback: number): number {
  const raw = process.env.PROPERTY_RUNS;
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PROPERTY_RUNS must be a positive integer, got ${raw}`);
  return n;
}

/**
 * Counts the cases each property runs (and how many parsed to an article), and prints the counts once,
 * after the file's tests.
 */
export function caseCounter(label: string) {
  const ran: Record<string, { cases: number; parsed: number }> = {};
  const tally = (name: string, parsed: boolean) => {
    const t = ran[name] ?? { cases: 0, parsed: 0 };
    ran[name] = t;
    t.cases++;
    if (parsed) t.parsed++;
  };
  afterAll(() => {
    const lines = Object.entries(ran).map(([n, t]) => `  ${n}: ${t.cases} cases, ${t.parsed} parsed to an article`);
    console.log(`property cases run (${label}):\n${lines.join('\n')}`);
  });
  return { tally, ran };
}

/** Every `.txt` page under fixtures/ (seeds, own-outlet pages and foreign pages), by relative name. */
export function rawFixturePages(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(FIXTURES_DIR, dir.name)).sort()) {
      if (file.endsWith('.txt')) {
        out.push({ name: `${dir.name}/${file}`, text: readFileSync(join(FIXTURES_DIR, dir.name, file), 'utf8') });
      }
    }
  }
  return out;
}

// Characters normalisation removes, and line breaks it turns into LF (kept in step with src/text/normalize.ts on
// purpose by hand: if normalisation starts keeping one of them, the property tests say so).
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/**
 * What a field's text looks like after the library's normalisation, with white space runs collapsed and the
 * ends trimmed: the form in which an input slice and an extracted field can be compared.
 */
export function canonical(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(LINE_BREAKS, '\n')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The 1-based line of input offset `offset`, counting line breaks the way normalisation does (CRLF is one). */
export function inputLineAt(input: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0d) {
      if (input.charCodeAt(i + 1) === 0x0a && i + 1 < offset) i++;
      line++;
    } else if (c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029) line++;
  }
  return line;
}

// Markers the Azernews parser strips from a headline (`[PHOTO]`, `[PHOTOS/VIDEO]`); see src/outlets/azernews.ts.
const HEADLINE_MARKER = / ?\[[A-Z][A-Z/ ]{1,20}\]/g;

/** Characters no output string may contain: normalisation takes them all out. */
const NOT_IN_OUTPUT = /[\r\u0085\u2028\u2029\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

/**
 * Every invariant a `safeParseArticle(input)` result must satisfy, as a list of broken ones (empty when all
 * hold). Failures must be ArticleParseErrors with a documented code other than `internal` (an `internal` error
 * is a schema violation or a parser crash: a bug for any input). Successes must pass the schema, keep every
 * mention and date on its body text, keep every provenance span and message inside the input on the line it
 * names, give a headline span whose text is the headline, and hold only normalised strings.
 */
export function brokenInvariants(input: string, result: SafeParseResult): string[] {
  const broken: string[] = [];
  if (!result.success) {
    const e = result.error;
    if (!isArticleParseError(e)) broken.push('error is not an ArticleParseError');
    else if (!ARTICLE_PARSE_ERROR_CODES.includes(e.code)) broken.push(`undocumented code ${String(e.code)}`);
    else if (e.code === 'internal') broken.push(`internal error: ${e.message}`);
    return broken;
  }
  const a: Article = result.data;
  const schema = ArticleSchema.safeParse(a);
  if (!schema.success) broken.push(`schema: ${schema.error.issues.map((i) => i.path.join('.')).join(', ')}`);

  if (a.body !== a.paragraphs.join('\n\n')) broken.push('body is not the paragraphs joined');
  a.paragraphs.forEach((p, i) => {
    if (p !== p.trim() || p === '') broken.push(`paragraphs.${i} is blank or untrimmed`);
    if (p.includes('\n')) broken.push(`paragraphs.${i} holds a line break`);
  });
  for (const e of a.entities) {
    for (const m of e.mentions) {
      if (a.body.slice(m.start, m.end) !== m.text) broken.push(`entity mention ${JSON.stringify(m)} off the body`);
    }
  }
  for (const d of a.dates) {
    if (a.body.slice(d.start, d.end) !== d.text) broken.push(`date ${JSON.stringify(d)} off the body`);
  }

  for (const [field, span] of Object.entries(a.provenance)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) {
      broken.push(`provenance.${field} ${JSON.stringify(span)} outside the input (length ${input.length})`);
      continue;
    }
    if (span.line !== inputLineAt(input, span.start)) {
      broken.push(`provenance.${field} says line ${span.line}, its start is on line ${inputLineAt(input, span.start)}`);
    }
  }
  if (a.headline !== null) {
    const span = a.provenance.headline;
    if (span === undefined) broken.push('headline without provenance');
    else {
      // The span is exactly the headline's text in the input: normalised, it is the headline, character for
      // character (Azernews takes `[PHOTO]`-style markers off the headline, and nothing else).
      const slice = normalizeText(input.slice(span.start, span.end)).text;
      const stripped = slice.replace(HEADLINE_MARKER, '').trim();
      if (slice !== a.headline && stripped !== a.headline) {
        broken.push(`headline ${JSON.stringify(a.headline)} is not its span ${JSON.stringify(slice)}`);
      }
    }
  }
  // Other fields sit inside their span (which may hold more: a section's time, a tag's dash, a `By`).
  const spanText = (field: string) => {
    const span = a.provenance[field];
    return span === undefined ? undefined : normalizeText(input.slice(span.start, span.end)).text;
  };
  const inside = (field: string, value: string) => {
    const text = spanText(field);
    if (text === undefined) broken.push(`${field} ${JSON.stringify(value)} without provenance`);
    else if (!text.includes(value))
      broken.push(`${field} ${JSON.stringify(value)} is not in its span ${JSON.stringify(text)}`);
  };
  if (a.section !== null) inside('section', a.section);
  a.tags.forEach((tag, i) => {
    inside(`tags.${i}`, tag);
  });
  for (const author of a.authors) inside('authors', author);
  // A dateline's day is printed `06.10.23` but given as `2023-10-06`: only the page's and the marker's text.
  if (a.published !== null && a.published.source !== 'dateline') inside('published', a.published.text);
  if (a.paragraphs.length > 0 && spanText('body') === undefined) broken.push('body without provenance');
  for (const m of a.messages) {
    if (m.offset !== undefined && !(m.offset >= 0 && m.offset <= input.length)) {
      broken.push(`message ${m.ruleId} offset ${m.offset} outside the input`);
    }
    if (m.offset !== undefined && m.line !== undefined && m.line !== inputLineAt(input, m.offset)) {
      broken.push(`message ${m.ruleId} says line ${m.line}, its offset is on line ${inputLineAt(input, m.offset)}`);
    }
  }
  for (const [path, s] of outputStrings(a)) {
    if (NOT_IN_OUTPUT.test(s)) broken.push(`${path} holds a character normalisation removes: ${JSON.stringify(s)}`);
  }
  return broken;
}

/** Every string the article holds outside provenance and messages, with its path. */
function outputStrings(a: Article): [string, string][] {
  const out: [string, string][] = [];
  const add = (path: string, s: string | null | undefined) => {
    if (typeof s === 'string') out.push([path, s]);
  };
  add('headline', a.headline);
  add('section', a.section);
  add('published.text', a.published?.text);
  add('dateline.place', a.dateline?.place);
  add('dateline.agency', a.dateline?.agency);
  add('image.caption', a.image?.caption);
  add('image.credit', a.image?.credit);
  a.authors.forEach((s, i) => {
    add(`authors.${i}`, s);
  });
  a.tags.forEach((s, i) => {
    add(`tags.${i}`, s);
  });
  a.paragraphs.forEach((s, i) => {
    add(`paragraphs.${i}`, s);
  });
  a.related.forEach((r, i) => {
    add(`related.${i}.headline`, r.headline);
  });
  a.entities.forEach((e, i) => {
    add(`entities.${i}.name`, e.name);
  });
  return out;
}

/**
 * Parses `input` twice and checks the invariants and determinism. Throws (failing the property) with every
 * broken invariant, or when `safeParseArticle` itself throws. Returns the first result.
 */
export function parseChecked(input: string): SafeParseResult {
  const first = safeParseArticle(input, { maxInputLength: Number.POSITIVE_INFINITY });
  const broken = brokenInvariants(input, first);
  const second = safeParseArticle(input, { maxInputLength: Number.POSITIVE_INFINITY });
  if (!sameResult(first, second)) broken.push('two parses of the same input differ');
  if (broken.length > 0) throw new Error(`${broken.join('\n')}\ninput: ${JSON.stringify(input.slice(0, 2000))}`);
  return first;
}

function sameResult(a: SafeParseResult, b: SafeParseResult): boolean {
  if (a.success && b.success) return isDeepStrictEqual(a.data, b.data);
  if (!a.success && !b.success) return a.error.code === b.error.code && a.error.message === b.error.message;
  return false;
}

/**
 * Time of one call of `fn`, the least of `runs` (the least is the run the machine disturbed least).
 */
export function minTime(fn: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
