/**
 * Every ArticleParseError code, produced by a real input through both entry points; safeParseArticle's
 * promise never to throw, for any value of any type; and the cross-realm error guard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PARSE_ERROR_CODES,
  ArticleParseError,
  type ArticleParseErrorCode,
  createRegistry,
  DEFAULT_MAX_INPUT_LENGTH,
  defineParser,
  isArticleParseError,
  type ParseOptions,
  parseArticle,
  type Registry,
  safeParseArticle,
} from '../../src/index.js';
import { FIXTURES_DIR } from '../support/expectations.js';

// An Azernews page with everything but its body: site header, "today" line, date line, byline, endings.
const AZERNEWS_SHELL = [
  'Azernews.Az',
  'Thursday April 18 2024',
  '',
  '8 February 2022 15:47 (UTC+04:00)',
  '',
  'By Vugar Khalilov',
  '',
  '---',
  '',
  'Follow us on Twitter @AzerNewsAz',
];

const page = (name: string) => readFileSync(join(FIXTURES_DIR, name), 'utf8');
const TURAN = page('seeds/002_70e387cdfb7af126.txt');
const TREND = page('foreign/trend-politics-materials.txt');

// A page in the Example outlet's format: a headline, body paragraphs, and the `Example News ©` ending.
const EXAMPLE_PAGE = [
  'Ganja hosts a regional book fair',
  '',
  'The fair opened on Monday with more than forty publishers from the region.',
  '',
  'Organisers expect some ten thousand visitors by the end of the week.',
  '',
  'Example News © 2024',
].join('\n');

function exampleParser(extract: Parameters<typeof defineParser>[0]['extract']) {
  return defineParser({
    id: 'example',
    name: 'Example News',
    version: '1.0.0',
    fingerprint: [{ id: 'ending', weight: 0.9, pattern: /^Example News © \d{4}$/m }],
    extract,
  });
}

interface CodeCase {
  name: string;
  input: unknown;
  options?: ParseOptions;
  registry?: Registry;
  /** Checks on the error beyond its code. */
  also?: (e: ArticleParseError) => void;
}

const CASES: Record<ArticleParseErrorCode, CodeCase[]> = {
  empty_input: [
    { name: 'an empty string', input: '' },
    { name: 'blank lines, tabs and NBSPs', input: ' \n\t\r\n\u00A0\u3000 \n' },
    { name: 'only a BOM and line breaks', input: '\uFEFF\r\n\r\n' },
    // Normalisation removes these characters, so nothing is left to read: empty, not an unknown outlet.
    { name: 'only zero-width, bidi and soft-hyphen characters', input: '\u200B\u200D\n\u202E\u202C\n\u00AD\uFEFF' },
  ],
  input_too_large: [
    {
      name: 'a real page over the default limit',
      input: TURAN.repeat(Math.ceil((DEFAULT_MAX_INPUT_LENGTH + 1) / TURAN.length)),
      also: (e) => expect(e.message).toMatch(/maxInputLength/),
    },
    { name: 'a real page over maxInputLength', input: TURAN, options: { maxInputLength: TURAN.length - 1 } },
  ],
  not_text: [
    { name: 'undefined', input: undefined },
    {
      name: 'a Buffer of the page',
      input: Buffer.from(TURAN, 'utf8'),
      also: (e) => expect(e.message).toMatch(/UTF-8/),
    },
    { name: 'a page with NUL bytes', input: TURAN.replace('Baku/06.10.23', 'Baku\u0000/06.10.23\u0000') },
    {
      name: 'a page garbled with control characters',
      input: TURAN.replace(/ /g, '\u0001\u0002 \u0003\uFFFD'),
    },
  ],
  html_input: [
    {
      name: 'a saved HTML document',
      input: `<!DOCTYPE html>\n<html><head><title>Turan</title></head><body>\n${TURAN}\n</body></html>`,
      also: (e) => expect(e.message).toMatch(/text/i),
    },
    {
      name: 'page text with paragraph tags',
      input: TURAN.split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join('\n'),
    },
  ],
  unknown_outlet: [
    {
      name: 'a Trend page',
      input: TREND,
      also: (e) => {
        expect(e.candidates[0]?.outlet).toBe('trend');
        expect(e.candidates[0]?.parsable).toBe(false);
        expect(e.toJSON().candidates).toEqual(e.candidates);
      },
    },
    {
      name: 'a letter with no outlet markers',
      input: 'Dear colleagues,\n\nThe meeting is moved to Friday at 10:00.\n\nBest regards',
      also: (e) => expect(e.candidates.map((c) => c.outlet)).toEqual(expect.arrayContaining(['turan', 'newsaz'])),
    },
    { name: 'an outlet option naming no parser', input: TURAN, options: { outlet: 'trend' } },
    {
      name: 'a Turan page under a minConfidence above its score',
      input: TURAN,
      options: { minConfidence: 1 },
      also: (e) => {
        expect(e.candidates[0]?.outlet).toBe('turan');
        expect(e.message).toMatch(/minConfidence/);
      },
    },
  ],
  no_body: [
    {
      name: 'an Azernews page of header, date line and endings only',
      input: AZERNEWS_SHELL.filter((l) => !l.startsWith('By ')).join('\n'),
      also: (e) => expect(e.message).toMatch(/Azernews/),
    },
    {
      // The byline is not article text, even when it is the only line between the date and the endings.
      name: 'an Azernews page cut after its byline',
      input: AZERNEWS_SHELL.join('\n'),
    },
    {
      name: 'a Turan page of caption and trailer only',
      input: [
        'mod.gov.az',
        '',
        '-',
        '',
        '- Politics',
        '',
        '- 6 October 2023 16:16',
        '',
        'Politics',
        '',
        'Leave a review',
      ].join('\n'),
    },
    {
      name: 'an Example page with only its ending, through a custom registry',
      input: 'Example News © 2024',
      registry: createRegistry([
        exampleParser((p, { draft }) => {
          draft.paragraphs = p.lines.filter((l) => l.text && !l.text.startsWith('Example News ©')).map((l) => l.text);
          return draft;
        }),
      ]),
    },
  ],
  internal: [
    {
      name: 'a parser whose draft breaks the schema',
      input: EXAMPLE_PAGE,
      registry: createRegistry([
        exampleParser((p, { draft }) => {
          draft.paragraphs = p.lines.filter((l) => l.text).map((l) => l.text);
          draft.authors = ['']; // authors must be non-empty strings
          draft.published = { iso: 'last Monday', precision: 'day', text: 'Monday' };
          return draft;
        }),
      ]),
      also: (e) => {
        expect(e.issues.some((i) => i.startsWith('authors.0'))).toBe(true);
        expect(e.issues.some((i) => i.startsWith('published'))).toBe(true);
      },
    },
    {
      name: 'a parser that crashes',
      input: EXAMPLE_PAGE,
      registry: createRegistry([
        exampleParser((p) => {
          const missing = p.lines[99] as { text: string };
          return missing.text as never;
        }),
      ]),
      also: (e) => expect(e.cause).toBeInstanceOf(TypeError),
    },
  ],
};

describe('every error code comes from a real input, through safeParse and parse alike', () => {
  it('covers every documented code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ARTICLE_PARSE_ERROR_CODES].sort());
  });

  const rows = Object.entries(CASES).flatMap(([code, cases]) => cases.map((c) => [code, c.name, c] as const));
  it.each(rows)('%s: %s', (code, _name, c) => {
    const registry = c.registry;
    const safe = registry ? registry.safeParse(c.input, c.options) : safeParseArticle(c.input, c.options);
    expect(safe.success).toBe(false);
    if (safe.success) return;
    expect(safe.error).toBeInstanceOf(ArticleParseError);
    expect(safe.error.code).toBe(code);
    expect(safe.error.message.length).toBeGreaterThan(10);
    c.also?.(safe.error);

    let thrown: unknown;
    try {
      if (registry) registry.parse(c.input, c.options);
      else parseArticle(c.input as string, c.options);
    } catch (e) {
      thrown = e;
    }
    expect(isArticleParseError(thrown)).toBe(true);
    expect((thrown as ArticleParseError).code).toBe(code);
    expect((thrown as ArticleParseError).message).toBe(safe.error.message);
    expect((thrown as ArticleParseError).toJSON()).toEqual(safe.error.toJSON());
  });

  it('parses the same real pages once the obstacle is gone (the cases are not failing for another reason)', () => {
    expect(safeParseArticle(TURAN).success).toBe(true);
    expect(safeParseArticle(TURAN, { maxInputLength: TURAN.length }).success).toBe(true);
    const fine = createRegistry([
      exampleParser((p, { draft }) => {
        draft.paragraphs = p.lines.filter((l) => l.text && !l.text.startsWith('Example News ©')).map((l) => l.text);
        return draft;
      }),
    ]);
    const result = fine.safeParse(EXAMPLE_PAGE);
    expect(result.error).toBeUndefined();
    expect(result.data?.paragraphs).toHaveLength(3);
  });
});

// A Proxy whose every handler trap throws `thrown()`: the handler is itself a Proxy, so every trap lookup
// (get, getPrototypeOf, has, ownKeys, toPrimitive via get …) returns a throwing function.
function hostileProxy(target: object, thrown: () => unknown): object {
  const handler = new Proxy(
    {},
    {
      get: () => () => {
        throw thrown();
      },
    },
  );
  return new Proxy(target, handler);
}

class PageString extends String {}

describe('safeParseArticle never throws, whatever it is given', () => {
  const values: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['0', 0],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a bigint', 10n ** 30n],
    ['true', true],
    ['a symbol', Symbol('page')],
    ['a function', () => TURAN],
    ['a class', PageString],
    ['a plain object with text', { text: TURAN }],
    ['an object whose toString returns the page', { toString: () => TURAN }],
    ['a null-prototype object', Object.create(null)],
    ['an array of lines', TURAN.split('\n')],
    ['a Buffer', Buffer.from(TURAN)],
    ['a Uint8Array', new TextEncoder().encode(TURAN)],
    ['an ArrayBuffer', new TextEncoder().encode(TURAN).buffer],
    ['a String object', new String(TURAN)],
    ['a String subclass instance', new PageString(TURAN)],
    ['a Date', new Date()],
    ['a Promise', Promise.resolve(TURAN)],
    ['a Proxy whose traps throw an Error', hostileProxy({}, () => new Error('trap'))],
    [
      'a Proxy of a function whose traps throw an Error',
      hostileProxy(
        () => TURAN,
        () => new Error('trap'),
      ),
    ],
    ['a Proxy whose traps throw a null-prototype object', hostileProxy({}, () => Object.create(null))],
    ['a Proxy whose traps throw a Proxy that throws', hostileProxy({}, () => hostileProxy({}, () => undefined))],
  ];

  it.each(values)('%s: a not_text error', (_name, value) => {
    let result: ReturnType<typeof safeParseArticle> | undefined;
    expect(() => {
      result = safeParseArticle(value);
    }).not.toThrow();
    expect(result?.success).toBe(false);
    expect(isArticleParseError(result?.error)).toBe(true);
    expect(result?.error?.code).toBe('not_text');
  });

  it('does not throw when the options object is hostile too', () => {
    const options = hostileProxy({}, () => new Error('options trap')) as ParseOptions;
    expect(() => safeParseArticle(TURAN, options)).not.toThrow();
  });

  it('never throws on the option values a caller can get wrong', () => {
    const odd: ParseOptions[] = [
      { maxInputLength: Number.NaN },
      { maxInputLength: -1 },
      { minConfidence: Number.NaN },
      { minConfidence: 2 },
      { outlet: '__proto__' },
      { outlet: 'constructor' },
      { outlet: '' },
      { referenceDate: new Date(Number.NaN) } as ParseOptions,
    ];
    for (const options of odd) {
      expect(() => safeParseArticle(TURAN, options), JSON.stringify(options)).not.toThrow();
      const r = safeParseArticle(TURAN, options);
      if (!r.success) expect(r.error.code).not.toBe('internal');
    }
  });
});

describe('isArticleParseError', () => {
  // A second copy of the library's error module, compiled and run in a fresh realm (its own Error,
  // Object and Function), as a second copy of the package in another context would be.
  const source = readFileSync(join(import.meta.dirname, '../../src/article/errors.ts'), 'utf8');
  const compiled = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exportsInRealm: Record<string, unknown> = {};
  const context = vm.createContext({ exports: exportsInRealm });
  vm.runInContext(compiled, context);
  const Foreign = exportsInRealm.ArticleParseError as typeof ArticleParseError;
  const foreignGuard = exportsInRealm.isArticleParseError as typeof isArticleParseError;

  it('recognises an error made by a copy of the class in another realm', () => {
    const e = new Foreign('no_body', 'from another realm');
    expect(e).not.toBeInstanceOf(ArticleParseError);
    expect(e).not.toBeInstanceOf(Error); // another realm's Error
    expect(vm.runInContext('Error', context)).not.toBe(Error);
    expect(isArticleParseError(e)).toBe(true);
    expect(e.code).toBe('no_body');
  });

  it('is recognised by the other realm’s guard in turn', () => {
    expect(foreignGuard(new ArticleParseError('empty_input', 'here'))).toBe(true);
    const result = safeParseArticle('');
    expect(foreignGuard(result.error)).toBe(true);
    expect(foreignGuard({ code: 'empty_input', message: 'x' })).toBe(false);
  });

  it('rejects look-alikes', () => {
    const lookAlikes: unknown[] = [
      { code: 'no_body', message: 'a plain object with a code' },
      { name: 'ArticleParseError', code: 'no_body', message: 'x', candidates: [], issues: [] },
      Object.assign(new Error('an Error with a code'), { code: 'no_body', name: 'ArticleParseError' }),
      { [Symbol('az-news-parsers.ArticleParseError')]: true, code: 'no_body' }, // unregistered symbol
      { 'az-news-parsers.ArticleParseError': true, code: 'no_body' }, // string key
      { [Symbol.for('az-news-parsers.ArticleParseError')]: 'true', code: 'no_body' }, // not exactly true
      JSON.parse(JSON.stringify(new ArticleParseError('no_body', 'serialised'))),
      null,
      undefined,
      'no_body',
      42,
    ];
    for (const value of lookAlikes) expect(isArticleParseError(value), String(value)).toBe(false);
  });

  it('does not throw on hostile values', () => {
    expect(() => isArticleParseError(hostileProxy({}, () => new Error('trap')))).not.toThrow();
    expect(isArticleParseError(hostileProxy({}, () => new Error('trap')))).toBe(false);
  });
});
