/**
 * An allocation-free check that a value is exactly an `Article` as {@link ArticleSchema} reads it.
 *
 * zod parses by copying: every object and array of a result is rebuilt, which on an enriched article cost a
 * quarter of the whole parse (its run time, and the garbage collection of the copy). The registry runs this
 * check first and returns the article as it is when it passes; when it does not, zod parses as before and
 * has the last word (it drops unknown keys, or reports the issues). So the check must never pass a value
 * zod would reject or change; it may fail one zod accepts, which only costs the slow path. It is stricter
 * than zod where that is simpler: plain objects only, no unknown keys, no optional key set to `undefined`.
 * `test/article/conforms.test.ts` holds it to that against zod on every fixture and on mutated articles.
 *
 * @module
 */
import type { Article } from './schema.js';
import {
  COUNTRY_CODE,
  DATE_PRECISIONS,
  DAY_ISO,
  ENTITY_TYPES,
  LANGUAGES,
  MENTION_ISO,
  PUBLISHED_ISO,
  PUBLISHED_PRECISIONS,
  PUBLISHED_SOURCES,
  SEVERITIES,
} from './values.js';

type Data = Record<string, unknown>;

/** A plain object: not an array, not a class instance (zod would rebuild either). */
function isPlainObject(v: unknown): v is Data {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A plain object whose keys are all in `keys`. */
function isRecord(v: unknown, keys: readonly string[]): v is Data {
  if (!isPlainObject(v)) return false;
  // A scan of a few names beats a Set look-up: property names are internalised strings, so each `===` that
  // fails is one pointer comparison (0.28 against 0.55 µs for the entities of an enriched seed article).
  next: for (const k in v) {
    for (let i = 0; i < keys.length; i++) if (keys[i] === k) continue next;
    return false;
  }
  return true;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isFilled = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isOrdinal = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const oneOf =
  (values: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && values.includes(v);
const matches = (pattern: RegExp) => (v: unknown) => typeof v === 'string' && pattern.test(v);

/** An optional key: absent, or present with a valid value (`undefined` is left to zod). */
const optional = (o: Data, key: string, ok: (v: unknown) => boolean) => !(key in o) || ok(o[key]);

function everyItem(v: unknown, ok: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) return false;
  return true;
}

const keys = (...names: string[]): readonly string[] => names;
const SPAN = keys('start', 'end', 'line');
const PUBLISHED = keys('iso', 'precision', 'text', 'source');
const DATELINE = keys('place', 'date', 'agency');
const IMAGE = keys('caption', 'credit');
const RELATED = keys('headline', 'published');
const MENTION = keys('text', 'start', 'end');
const ENTITY = keys('type', 'name', 'mentions', 'role', 'title', 'country', 'aliases', 'salience');
const DATE = keys('text', 'start', 'end', 'iso', 'precision');
const MESSAGE = keys('ruleId', 'severity', 'message', 'line', 'column', 'offset');
const PARSER = keys('id', 'version', 'confidence');
const ARTICLE = keys(
  'outlet',
  'language',
  'headline',
  'published',
  'dateline',
  'authors',
  'section',
  'tags',
  'image',
  'paywalled',
  'paragraphs',
  'body',
  'related',
  'entities',
  'dates',
  'provenance',
  'messages',
  'parser',
);

const isLanguage = oneOf(LANGUAGES);
const isPublishedSource = oneOf(PUBLISHED_SOURCES);
const isPublishedPrecision = oneOf(PUBLISHED_PRECISIONS);
const isEntityType = oneOf(ENTITY_TYPES);
const isDatePrecision = oneOf(DATE_PRECISIONS);
const isSeverity = oneOf(SEVERITIES);
const isPublishedIso = matches(PUBLISHED_ISO);
const isDayIso = matches(DAY_ISO);
const isMentionIso = matches(MENTION_ISO);
const isCountry = matches(COUNTRY_CODE);

function isSpan(v: unknown): boolean {
  return isRecord(v, SPAN) && isCount(v.start) && isCount(v.end) && isOrdinal(v.line) && v.end >= v.start;
}

function isPublished(v: unknown): boolean {
  return (
    isRecord(v, PUBLISHED) &&
    isPublishedIso(v.iso) &&
    isPublishedPrecision(v.precision) &&
    isString(v.text) &&
    optional(v, 'source', isPublishedSource) &&
    (v.precision === 'day') === ((v.iso as string).length === 10)
  );
}

function isDateline(v: unknown): boolean {
  return (
    isRecord(v, DATELINE) &&
    (v.place === null || isString(v.place)) &&
    (v.date === null || isDayIso(v.date)) &&
    (v.agency === null || isString(v.agency))
  );
}

function isImage(v: unknown): boolean {
  return isRecord(v, IMAGE) && (v.caption === null || isString(v.caption)) && (v.credit === null || isString(v.credit));
}

function isRelated(v: unknown): boolean {
  return isRecord(v, RELATED) && isFilled(v.headline) && (v.published === null || isPublished(v.published));
}

/** A mention (of an entity or a date) whose offsets hold its text in `body`. */
function isMentionIn(v: Data, body: string): boolean {
  // `body.startsWith(text, start)` says the same, but measured slower on the seeds' two-byte bodies: 44 ns a
  // mention against 25 for the slice and compare (Node 20).
  return (
    isFilled(v.text) &&
    isCount(v.start) &&
    isCount(v.end) &&
    v.end - v.start === v.text.length &&
    v.end <= body.length &&
    body.slice(v.start, v.end) === v.text
  );
}

function isEntityIn(v: unknown, body: string): boolean {
  return (
    isRecord(v, ENTITY) &&
    isEntityType(v.type) &&
    isFilled(v.name) &&
    everyItem(v.mentions, (m) => isRecord(m, MENTION) && isMentionIn(m, body)) &&
    optional(v, 'role', isString) &&
    optional(v, 'title', isString) &&
    optional(v, 'country', isCountry) &&
    optional(v, 'aliases', (a) => everyItem(a, isString)) &&
    optional(v, 'salience', isShare)
  );
}

function isDateIn(v: unknown, body: string): boolean {
  return isRecord(v, DATE) && isMentionIn(v, body) && isMentionIso(v.iso) && isDatePrecision(v.precision);
}

function isMessage(v: unknown): boolean {
  return (
    isRecord(v, MESSAGE) &&
    isFilled(v.ruleId) &&
    isSeverity(v.severity) &&
    isFilled(v.message) &&
    optional(v, 'line', isOrdinal) &&
    optional(v, 'column', isOrdinal) &&
    optional(v, 'offset', isCount)
  );
}

function isProvenance(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  for (const k in v) if (!isSpan(v[k])) return false;
  return true;
}

/**
 * Whether `v` is exactly an `Article`: every constraint of {@link ArticleSchema} holds (the body is the
 * paragraphs joined by a blank line, every mention's offsets hold its text), and nothing zod would drop is
 * there. `false` says only that zod must decide.
 *
 * @example
 * ```ts
 * conformsToArticle(article) ? article : ArticleSchema.parse(article);
 * ```
 */
export function conformsToArticle(v: unknown): v is Article {
  if (!isRecord(v, ARTICLE)) return false;
  const body = v.body;
  return (
    isFilled(v.outlet) &&
    isLanguage(v.language) &&
    (v.headline === null || isFilled(v.headline)) &&
    (v.published === null || isPublished(v.published)) &&
    (v.dateline === null || isDateline(v.dateline)) &&
    everyItem(v.authors, isFilled) &&
    (v.section === null || isFilled(v.section)) &&
    everyItem(v.tags, isFilled) &&
    (v.image === null || isImage(v.image)) &&
    typeof v.paywalled === 'boolean' &&
    everyItem(v.paragraphs, isFilled) &&
    isString(body) &&
    body === (v.paragraphs as string[]).join('\n\n') &&
    everyItem(v.related, isRelated) &&
    everyItem(v.entities, (e) => isEntityIn(e, body)) &&
    everyItem(v.dates, (d) => isDateIn(d, body)) &&
    isProvenance(v.provenance) &&
    everyItem(v.messages, isMessage) &&
    isRecord(v.parser, PARSER) &&
    isFilled(v.parser.id) &&
    isFilled(v.parser.version) &&
    isShare(v.parser.confidence)
  );
}
