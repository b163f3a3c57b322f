import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleParseError,
  createRegistry,
  defaultRegistry,
  defineParser,
  detectOutlet,
  isArticleParseError,
  newsaz,
  parseArticle,
  safeParseArticle,
  turan,
} from '../../src/index.js';
import { FIXTURES_DIR } from '../support/expectations.js';

const seed = (name: string) => readFileSync(join(FIXTURES_DIR, 'seeds', name), 'utf8');
const TURAN = seed('002_70e387cdfb7af126.txt');
const NEWSAZ = seed('003_5399b3df569d0065.txt');

describe('detectOutlet', () => {
  it('scores every outlet, best first, with evidence placed in the input', () => {
    const detections = detectOutlet(TURAN);
    expect(detections.map((d) => d.outlet)).toEqual(
      expect.arrayContaining(['turan', 'azernews', 'ednews', 'newsaz', 'trend']),
    );
    const [best, second] = detections;
    expect(best?.outlet).toBe('turan');
    expect(best!.score).toBeGreaterThan(0.9);
    expect(second!.score).toBeLessThan(best!.score);
    const dateline = best!.evidence.find((e) => e.signal === 'dateline')!;
    expect(TURAN.slice(dateline.offset, dateline.offset + dateline.text.length)).toBe('Baku/06.10.23/Turan:');
    for (const d of detections) {
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
    }
  });

  it('weighs an outlet named inside a sentence far below structural markers', () => {
    const page = `${TURAN.replace('was emphasized.', 'was emphasized, News.Az reports, citing EDnews reports.')}`;
    const [best, ...rest] = detectOutlet(page);
    expect(best?.outlet).toBe('turan');
    const newsazScore = rest.find((d) => d.outlet === 'newsaz')!.score;
    expect(newsazScore).toBeGreaterThan(0);
    expect(best!.score - newsazScore).toBeGreaterThan(0.3);
  });
});

describe('parseArticle options and errors', () => {
  it('refuses a page no parser fits, listing the candidates', () => {
    const text = 'A plain note with no markers of any outlet.\nIt has two lines.';
    const result = safeParseArticle(text);
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('unknown_outlet');
    expect(result.error?.candidates.map((c) => c.outlet)).toContain('turan');
    expect(() => parseArticle(text)).toThrow(ArticleParseError);
  });

  it('skips detection with `outlet`, and rejects an unknown id', () => {
    const article = parseArticle(TURAN, { outlet: 'turan' });
    expect(article.parser).toEqual({ id: 'turan', version: turan.version, confidence: 1 });
    const bad = safeParseArticle(TURAN, { outlet: 'nope' });
    expect(bad.error?.code).toBe('unknown_outlet');
  });

  it('honours minConfidence', () => {
    expect(safeParseArticle(NEWSAZ).success).toBe(true);
    const strict = safeParseArticle(NEWSAZ, { minConfidence: 0.99 });
    expect(strict.error?.code).toBe('unknown_outlet');
    expect(strict.error?.message).toMatch(/newsaz/);
  });

  it('gives the codes for bad input and never throws from safeParseArticle', () => {
    const cases: [unknown, string][] = [
      ['', 'empty_input'],
      ['   \n\t ', 'empty_input'],
      [undefined, 'not_text'],
      [42, 'not_text'],
      [{ text: 'x' }, 'not_text'],
      [new Uint8Array([1, 2, 3]), 'not_text'],
      ['abc\u0000def', 'not_text'],
      ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html_input'],
      ['x'.repeat(50), 'unknown_outlet'],
    ];
    for (const [input, code] of cases) {
      const r = safeParseArticle(input);
      expect(r.success, String(input)).toBe(false);
      expect(r.error?.code).toBe(code);
      expect(isArticleParseError(r.error)).toBe(true);
    }
    expect(safeParseArticle(TURAN, { maxInputLength: 100 }).error?.code).toBe('input_too_large');
    expect(safeParseArticle(TURAN, { maxInputLength: Number.POSITIVE_INFINITY }).success).toBe(true);
  });

  it('reports no_body for a page of a known outlet with no article text', () => {
    const page = 'Azernews.Az\n\nThursday April 18 2024\n\n---\n\nFollow us on Twitter @AzerNewsAz\n';
    expect(safeParseArticle(page).error?.code).toBe('no_body');
  });

  it('records provenance spans inside the input', () => {
    const a = parseArticle(TURAN);
    expect(TURAN.slice(a.provenance.headline!.start, a.provenance.headline!.end)).toBe(a.headline);
    expect(TURAN.slice(a.provenance.section!.start, a.provenance.section!.end)).toBe('Politics');
    expect(TURAN.slice(a.provenance.dateline!.start, a.provenance.dateline!.end)).toBe('Baku/06.10.23/Turan:');
    for (const span of Object.values(a.provenance)) {
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.end).toBeLessThanOrEqual(TURAN.length);
    }
  });
});

describe('registries', () => {
  const example = defineParser({
    id: 'example',
    name: 'Example News',
    version: '0.1.0',
    fingerprint: [{ id: 'ending', weight: 0.9, pattern: /^Example News ©/m }],
    extract(page, { draft }) {
      const rows = page.lines.filter((l) => l.text !== '' && !l.text.startsWith('Example News ©'));
      draft.headline = rows[0]?.text ?? null;
      draft.paragraphs = rows.slice(1).map((l) => l.text);
      return draft;
    },
  });
  const page = 'A headline of ours\nThe first paragraph says something.\nExample News © 2025';

  it('parses with a custom parser, and extends the default registry', () => {
    expect(createRegistry([example]).parse(page)).toMatchObject({ outlet: 'example', headline: 'A headline of ours' });
    const extended = defaultRegistry.extend([example]);
    expect(extended.parsers.map((p) => p.id)).toEqual(['turan', 'azernews', 'ednews', 'newsaz', 'example']);
    expect(extended.parse(page).outlet).toBe('example');
    expect(extended.parse(TURAN).outlet).toBe('turan');
  });

  it('checks parser definitions', () => {
    expect(() => defineParser({ ...example, id: 'Bad Id' })).toThrow(TypeError);
    expect(() => defineParser({ ...example, fingerprint: [{ id: 'x', weight: 2, pattern: /x/ }] })).toThrow(RangeError);
    expect(() => defineParser({ ...example, fingerprint: [{ id: 'x', weight: 0.5, pattern: /x/g }] })).toThrow(
      TypeError,
    );
  });

  it('checks the literal a signal must include', () => {
    const signal = (includes: string, pattern: RegExp) => ({ id: 'x', weight: 0.5, includes, pattern });
    expect(() => defineParser({ ...example, fingerprint: [signal('', /x/)] })).toThrow(/non-empty/);
    expect(() => defineParser({ ...example, fingerprint: [signal('Example', /example news/i)] })).toThrow(/lower case/);
    expect(() => defineParser({ ...example, fingerprint: [signal('example', /example news/i)] })).not.toThrow();
  });

  it('tests a signal only where its literal stands, case-folded for an i pattern', () => {
    const withLiteral = (includes: string, pattern: RegExp) =>
      createRegistry([
        defineParser({ ...example, fingerprint: [{ id: 'ending', weight: 0.9, includes, pattern }] }),
      ]).detect(page)[0]?.score;
    // The literal is there (in another case, for the i pattern): the pattern runs and finds the ending.
    expect(withLiteral('example news ©', /^Example News ©/im)).toBe(0.9);
    expect(withLiteral('Example News ©', /^Example News ©/m)).toBe(0.9);
    // A line signal: the literal is looked for in each line.
    const onLines = createRegistry([
      defineParser({
        ...example,
        fingerprint: [{ id: 'ending', weight: 0.9, scope: 'line', includes: 'news ©', pattern: /^Example News ©/i }],
      }),
    ]);
    expect(onLines.detect(page)[0]?.score).toBe(0.9);
    // A literal the page lacks skips the pattern, even one that would match: the literal is a promise.
    expect(withLiteral('Daily', /^Example News ©/m)).toBe(0);
  });

  it('turns a parser crash into an internal error', () => {
    const broken = defineParser({
      ...example,
      extract() {
        throw new Error('boom');
      },
    });
    const r = createRegistry([broken]).safeParse(page);
    expect(r.error?.code).toBe('internal');
  });

  it('single-outlet registries do not claim other outlets', () => {
    const r = createRegistry([newsaz]).safeParse(TURAN);
    expect(r.success).toBe(false);
  });
});
