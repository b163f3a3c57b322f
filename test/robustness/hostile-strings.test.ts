/**
 * Hostile strings in pages are plain data in the output: headlines, tags, sections, authors and related items
 * named `__proto__`, `constructor`, `prototype`, `toString`, `hasOwnProperty`, `${…}` or `<script>` come out
 * as those strings, the article and everything in it are plain objects and arrays, Object.prototype is not
 * polluted, nothing is evaluated, and provenance keys (`tags.0`) never collide with prototype keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Article, ArticleSchema, defaultEnrichers, detectOutlet, parseArticle } from '../../src/index.js';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
// Would set a global if anything evaluated it.
// biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder in page text is the point
const TEMPLATE = '${globalThis.__azHostile = 1}';
const CALL = "constructor.constructor('globalThis.__azHostile = 2')()";
const SCRIPT = '<script>globalThis.__azHostile = 3</script>';

// A Turan page (docs/outlets.md): headline, dateline paragraph, body with signature code, meta block with
// tags and time, section, sidebar items between `-` lines, ending.
const TURAN_PAGE = [
  `${SCRIPT} ${TEMPLATE} __proto__ constructor`,
  'Baku/06.10.23/Turan: The __proto__ working group and the Constructor Association met in Baku on Friday.',
  `Delegates quoted the string ${TEMPLATE} and the call ${CALL} in their joint statement on prototype pollution.`,
  'The hasOwnProperty committee of the Prototype Foundation will meet again in Ganja next month. -0-',
  '-',
  '- __proto__',
  '- constructor',
  '- prototype',
  '- toString',
  '- hasOwnProperty',
  `- ${TEMPLATE}`,
  `- ${SCRIPT}`,
  '- 6 October 2023 16:16',
  'constructor',
  '-',
  '- 7 March 2024, 15:54',
  '__proto__',
  '-',
  'hasOwnProperty',
  '-',
  TEMPLATE,
  'Leave a review',
].join('\n');

// An Azernews page: site header, headline, date line, byline, body, ending.
const AZERNEWS_PAGE = [
  'Azernews.Az',
  'Thursday April 18 2024',
  'toString valueOf __proto__ [PHOTO]',
  '8 February 2022 15:47 (UTC+04:00)',
  'By Constructor Prototype',
  'The Constructor Prototype quartet performed in Baku on Thursday, the organisers of the festival said.',
  `The programme included a piece called ${TEMPLATE} and another called __proto__.`,
  '---',
  'Follow us on Twitter @AzerNewsAz',
].join('\n');

// An EDnews page: headline, section and time, body, signature, news line.
const EDNEWS_PAGE = [
  'prototype hasOwnProperty __defineGetter__',
  '',
  'Constructor 16:29 21.05.2025',
  '',
  'The Prototype Institute opened a branch in Sumgayit on Wednesday, its director told EDnews.',
  '',
  `Its first seminar, titled ${TEMPLATE}, will take place in June.`,
  '',
  'Valueof Tostring//EDnews',
  '',
  'News line',
  '__proto__',
  '16:20 21.05.2025',
  'constructor',
  '16:10 21.05.2025',
  SCRIPT,
  '16:00 21.05.2025',
  'Hamısı',
].join('\n');

const PAGES: [string, string, string][] = [
  ['turan', TURAN_PAGE, `${SCRIPT} ${TEMPLATE} __proto__ constructor`],
  ['azernews', AZERNEWS_PAGE, 'toString valueOf __proto__'],
  ['ednews', EDNEWS_PAGE, 'prototype hasOwnProperty __defineGetter__'],
];

let objectKeys: string[];
let arrayKeys: string[];
beforeAll(() => {
  objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).__azHostile;
});

/** Every object in `value` is a plain object or an array, and every leaf a string, number, boolean or null. */
function plainDataProblems(value: unknown, path = 'article'): string[] {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
  if (typeof value !== 'object') return [`${path} is a ${typeof value}`];
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return [`${path} is an array of another prototype`];
    return value.flatMap((v, i) => plainDataProblems(v, `${path}[${i}]`));
  }
  const problems: string[] = [];
  if (Object.getPrototypeOf(value) !== Object.prototype) problems.push(`${path} is not a plain object`);
  if (Object.getOwnPropertySymbols(value).length > 0) problems.push(`${path} has symbol keys`);
  for (const k of Object.getOwnPropertyNames(value)) {
    const d = Object.getOwnPropertyDescriptor(value, k);
    if (!d || 'get' in d || 'set' in d) problems.push(`${path}.${k} is an accessor`);
    else problems.push(...plainDataProblems(d.value, `${path}.${k}`));
  }
  return problems;
}

describe('hostile strings come out as plain data', () => {
  it.each(PAGES)('%s: the page parses to plain data holding the strings as strings', (outlet, page, headline) => {
    const article: Article = parseArticle(page);
    expect(article.outlet).toBe(outlet);
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
    expect(plainDataProblems(article)).toEqual([]);
    // Nothing was evaluated, nothing polluted.
    expect((globalThis as Record<string, unknown>).__azHostile).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The strings survive as written.
    expect(article.headline).toBe(headline);
    expect(article.body).toContain(TEMPLATE);
    // Plain data: JSON and the schema give back the same thing.
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
    expect(ArticleSchema.parse(article)).toEqual(article);
  });

  it('keeps Turan tags, section and sidebar items named after prototype keys', () => {
    const a = parseArticle(TURAN_PAGE);
    expect(a.tags).toEqual(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', TEMPLATE, SCRIPT]);
    expect(a.section).toBe('constructor');
    expect(a.related.map((r) => r.headline)).toEqual(['__proto__', 'hasOwnProperty', TEMPLATE]);
    expect(a.related[0]?.published?.iso).toBe('2024-03-07T15:54:00+04:00');
    expect(a.paragraphs[a.paragraphs.length - 1]).toMatch(/Ganja next month\.$/);
  });

  it('keeps EDnews related items and Azernews authors named after prototype keys', () => {
    const ed = parseArticle(EDNEWS_PAGE);
    expect(ed.section).toBe('Constructor');
    expect(ed.authors).toEqual(['Valueof Tostring']);
    expect(ed.related.map((r) => r.headline)).toEqual(['__proto__', 'constructor', SCRIPT]);
    const az = parseArticle(AZERNEWS_PAGE);
    expect(az.authors).toEqual(['Constructor Prototype']);
  });

  it('gives provenance only own keys that are field names, never prototype keys', () => {
    const a = parseArticle(TURAN_PAGE);
    const keys = Object.keys(a.provenance);
    expect(keys).toEqual(expect.arrayContaining(['headline', 'tags.0', 'tags.6', 'section', 'body', 'published']));
    for (const k of keys) {
      expect(k).toMatch(
        /^(?:language|headline|published|dateline|authors|section|tags|image|paywalled|body|related)(?:\.\d+)?$/,
      );
      expect(PROTO_KEYS).not.toContain(k);
    }
    expect(Object.getPrototypeOf(a.provenance)).toBe(Object.prototype);
    for (const k of PROTO_KEYS) expect(Object.hasOwn(a.provenance, k), k).toBe(false);
    // tags.N points at its own line: `- __proto__` is the tag `__proto__`.
    const span = a.provenance['tags.0']!;
    expect(TURAN_PAGE.slice(span.start, span.end)).toBe('- __proto__');
  });

  // Entity hints are keyed by name in lookups: meaningful once the default registry runs the entity enricher.
  it.skipIf(!defaultEnrichers.some((e) => e.id === 'entities'))(
    'keeps entity names and mentions as data when the body names prototype keys',
    () => {
      const a = parseArticle(TURAN_PAGE);
      expect(a.entities.length).toBeGreaterThan(0);
      for (const e of a.entities) {
        expect(typeof e.name).toBe('string');
        for (const m of e.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
      }
      expect(plainDataProblems(a.entities, 'entities')).toEqual([]);
    },
  );

  it('keeps mentioned dates as data next to prototype-key words', () => {
    const a = parseArticle(TURAN_PAGE, { referenceDate: new Date('2023-10-06T12:00:00+04:00') });
    expect(a.dates.length).toBeGreaterThan(0);
    for (const d of a.dates) expect(a.body.slice(d.start, d.end)).toBe(d.text);
    expect(plainDataProblems(a.dates, 'dates')).toEqual([]);
  });

  it('reports detection evidence as plain data', () => {
    for (const [, page] of PAGES) {
      const detections = detectOutlet(page);
      expect(plainDataProblems(detections, 'detections')).toEqual([]);
    }
  });
});
