// The registry returns an article as it is when conformsToArticle passes it, and lets zod parse it otherwise.
// That is safe only if the check never passes what zod would reject or change: held here against zod itself,
// on every fixture's article and on mutated ones (hand-picked and random).
import { describe, expect, it } from 'vitest';
import { conformsToArticle } from '../../src/article/conforms.js';
import { type Article, ArticleSchema, safeParseArticle } from '../../src/index.js';
import { loadFixtures } from '../support/expectations.js';

const articles: Article[] = loadFixtures()
  .map((f) => safeParseArticle(f.text))
  .flatMap((r) => (r.success ? [r.data] : []));
const rich = articles.find((a) => a.entities.length > 2 && a.dates.length > 0 && a.related.length > 0) as Article;

const clone = <T>(v: T): T => structuredClone(v);
/** What zod makes of a value: its output as JSON (key order included), or null when it rejects it. */
const zodJson = (v: unknown): string | null => {
  const r = ArticleSchema.safeParse(v);
  return r.success ? JSON.stringify(r.data) : null;
};
/** The property: a passed value is one zod accepts and returns unchanged. */
const safeToPass = (v: unknown): boolean => !conformsToArticle(v) || zodJson(v) === JSON.stringify(v);

describe('conformsToArticle', () => {
  it('passes every fixture article, which zod returns unchanged (keys in the same order)', () => {
    expect(articles.length).toBeGreaterThan(45);
    for (const a of articles) {
      expect(conformsToArticle(a)).toBe(true);
      expect(zodJson(a)).toBe(JSON.stringify(a));
    }
  });

  // Each breaks one rule of the schema; zod rejects all of them, and so must the check.
  const invalid: [string, (a: Article) => void][] = [
    ['empty outlet', (a) => (a.outlet = '')],
    ['unknown language', (a) => ((a as { language: string }).language = 'de')],
    ['empty headline', (a) => (a.headline = '')],
    ['published iso shape', (a) => ((a.published as { iso: string }).iso = '2024-1-01')],
    ['day precision with a time', (a) => ((a.published as { precision: string }).precision = 'day')],
    ['published source', (a) => ((a.published as { source: string }).source = 'header')],
    ['dateline date', (a) => (a.dateline = { place: 'Baku', date: '06.10.23', agency: 'Turan' })],
    ['empty author', (a) => a.authors.push('')],
    ['empty section', (a) => (a.section = '')],
    ['tag not a string', (a) => (a.tags as unknown[]).push(7)],
    ['image caption not a string', (a) => (a.image = { caption: 1 as unknown as string, credit: null })],
    ['paywalled not a boolean', (a) => ((a as { paywalled: unknown }).paywalled = 'no')],
    ['empty paragraph', (a) => a.paragraphs.push('')],
    ['body not the joined paragraphs', (a) => (a.body = `${a.body} `)],
    ['paragraphs joined by one newline', (a) => (a.body = a.paragraphs.join('\n'))],
    ['related headline empty', (a) => ((a.related[0] as { headline: string }).headline = '')],
    ['entity type', (a) => ((a.entities[0] as { type: string }).type = 'thing')],
    ['entity name empty', (a) => ((a.entities[0] as { name: string }).name = '')],
    ['mention shifted', (a) => (a.entities[0]?.mentions[0] as { start: number }).start++],
    ['mention past the body', (a) => a.entities[0]?.mentions.push({ text: 'x', start: 1e9, end: 1e9 + 1 })],
    ['mention start fractional', (a) => ((a.entities[0]?.mentions[0] as { start: number }).start += 0.5)],
    ['country code', (a) => ((a.entities[0] as { country?: string }).country = 'AZE')],
    ['salience above 1', (a) => ((a.entities[0] as { salience?: number }).salience = 1.5)],
    ['salience NaN', (a) => ((a.entities[0] as { salience?: number }).salience = Number.NaN)],
    ['alias not a string', (a) => ((a.entities[0] as { aliases?: unknown[] }).aliases = [null])],
    ['date iso', (a) => ((a.dates[0] as { iso: string }).iso = '15 June')],
    ['date precision', (a) => ((a.dates[0] as { precision: string }).precision = 'week')],
    ['date offsets', (a) => ((a.dates[0] as { end: number }).end += 1)],
    ['span end before start', (a) => (a.provenance.body = { start: 10, end: 5, line: 1 })],
    ['span line 0', (a) => (a.provenance.body = { start: 0, end: 5, line: 0 })],
    ['span negative', (a) => (a.provenance.body = { start: -1, end: 5, line: 1 })],
    ['message severity', (a) => a.messages.push({ ruleId: 'x', severity: 'fatal' as 'error', message: 'm' })],
    ['message line 0', (a) => a.messages.push({ ruleId: 'x', severity: 'info', message: 'm', line: 0 })],
    ['parser confidence', (a) => (a.parser.confidence = 1.01)],
    ['parser version empty', (a) => (a.parser.version = '')],
    ['a required key missing', (a) => delete (a as Partial<Article>).tags],
    ['entities not an array', (a) => ((a as { entities: unknown }).entities = {})],
  ];
  it.each(invalid)('fails what zod rejects: %s', (_, mutate) => {
    const a = clone(rich);
    mutate(a);
    expect(zodJson(a), 'the mutation must break the schema').toBeNull();
    expect(conformsToArticle(a)).toBe(false);
  });

  // zod accepts these but returns something else (it drops keys, or rebuilds the object): the check leaves
  // them to zod.
  const changedByZod: [string, (a: Article) => void][] = [
    ['an unknown key on the article', (a) => Object.assign(a, { extra: 1 })],
    ['an unknown key on an entity', (a) => Object.assign(a.entities[0] as object, { score: 3 })],
    ['an unknown key on a mention', (a) => Object.assign(a.entities[0]?.mentions[0] as object, { kind: 'x' })],
    ['an unknown key on a span', (a) => Object.assign(a.provenance.body as object, { column: 1 })],
    ['a class instance for the image', (a) => (a.image = new (class Image {})() as unknown as Article['image'])],
  ];
  it.each(changedByZod)('leaves to zod what it would change: %s', (_, mutate) => {
    const a = clone(rich);
    mutate(a);
    expect(conformsToArticle(a)).toBe(false);
    expect(zodJson(a)).not.toBe(JSON.stringify(a));
  });

  it('never passes a randomly broken article that zod would reject or change', () => {
    // Replace one value somewhere in an article by one of these, 4,000 times (a fixed seed: same run each time).
    const replacements: unknown[] = [
      null,
      undefined,
      '',
      'x',
      'en',
      'day',
      'person',
      '2024-03-06',
      'AZ',
      -1,
      0,
      1,
      0.5,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      [],
      {},
      [''],
    ];
    let seed = 20261124;
    const random = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    let rejected = 0;
    for (let n = 0; n < 4000; n++) {
      const a = clone(pick(articles)) as unknown as Record<string, unknown>;
      // Walk down a random path of objects and arrays, then replace the value there.
      let holder: Record<string, unknown> = a;
      let key = pick(Object.keys(holder));
      while (random() < 0.7) {
        const next = holder[key];
        if (typeof next !== 'object' || next === null || Object.keys(next).length === 0) break;
        holder = next as Record<string, unknown>;
        key = pick(Object.keys(holder));
      }
      holder[key] = pick(replacements);
      expect(safeToPass(a), `${key} = ${String(holder[key])}`).toBe(true);
      if (zodJson(a) === null) rejected++;
    }
    // The mutations are not all harmless: most break the schema.
    expect(rejected).toBeGreaterThan(2000);
  });
});
