/**
 * Browser proof: the ESM build (dist/) bundles for the browser with no Node built-in, and `parseArticle` runs
 * on a fixture inside headless Chromium. Needs `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type Served, serve, watchErrors } from './support.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import?: { default?: string } }>;
};
const FIXTURE = readFileSync(join(ROOT, 'fixtures', 'seeds', '002_70e387cdfb7af126.txt'), 'utf8');
const FOREIGN = readFileSync(join(ROOT, 'fixtures', 'foreign', 'trend-politics-materials.txt'), 'utf8');

/** The ESM file of every JavaScript subpath in package.json "exports". */
const esmEntries = Object.entries(pkg.exports).flatMap(([subpath, target]) => {
  const file = typeof target === 'object' ? target.import?.default : undefined;
  return file?.endsWith('.js') ? [{ subpath, file: join(ROOT, file) }] : [];
});

/** A browser bundle, as a web app's bundler would make it: nothing external, browser platform. */
const BROWSER: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: [],
  write: false,
  metafile: true,
  logLevel: 'silent',
};

const NODE_BUILTIN =
  /^(node:|(assert|buffer|child_process|crypto|events|fs|http|https|module|net|os|path|process|stream|url|util|worker_threads|zlib)(\/|$))/;

describe('the ESM build in a browser', () => {
  let browser: Browser;
  let server: Served;
  let lib: string;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    const result = await build({ ...BROWSER, entryPoints: [join(ROOT, 'dist', 'index.js')] });
    lib = result.outputFiles![0]!.text;
    server = await serve({
      '/': [
        'text/html',
        '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>core</title></head><body></body></html>',
      ],
      '/lib.js': ['text/javascript', lib],
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('bundles every subpath for the browser without a Node built-in', async () => {
    expect(esmEntries.map((e) => e.subpath)).toContain('.');
    for (const { subpath, file } of esmEntries) {
      // esbuild with platform browser refuses Node built-ins ("Could not resolve node:fs"): this throws on a leak.
      const result = await build({ ...BROWSER, entryPoints: [file] });
      const imports = Object.values(result.metafile!.inputs).flatMap((input) => input.imports.map((i) => i.path));
      expect(
        imports.filter((path) => NODE_BUILTIN.test(path)),
        subpath,
      ).toEqual([]);
      expect(result.outputFiles![0]!.text.length, subpath).toBeGreaterThan(0);
    }
  });

  it('would catch a Node built-in (the check has teeth)', async () => {
    await expect(
      build({ ...BROWSER, stdin: { contents: "import { readFileSync } from 'node:fs'; export { readFileSync };" } }),
    ).rejects.toThrow(/node:fs/);
  });

  it('parses the Turan seed with parseArticle inside headless Chromium', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/`);
    expect(await page.evaluate('navigator.userAgent')).toMatch(/Chrome\//);
    expect(await page.evaluate('typeof process')).toBe('undefined');

    const article = (await page.evaluate(
      `import('/lib.js').then((lib) => lib.parseArticle(${JSON.stringify(FIXTURE)}))`,
    )) as {
      outlet: string;
      headline: string;
      published: { iso: string; precision: string } | null;
      dateline: { place: string; date: string; agency: string } | null;
      paragraphs: string[];
      body: string;
      related: unknown[];
    };
    expect(article.outlet).toBe('turan');
    expect(article.headline).toBe(
      'Azerbaijan and Kazakhstan approved the "Plan of bilateral military cooperation for 2024"',
    );
    expect(article.published?.iso).toBe('2023-10-06T16:16:00+04:00');
    expect(article.published?.precision).toBe('minute');
    expect(article.dateline).toEqual({ place: 'Baku', date: '2023-10-06', agency: 'Turan' });
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toMatch(/^The "Plan of bilateral military cooperation for 2024" was signed/);
    expect(article.body).not.toContain('---06B---');
    expect(article.related).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses another outlet’s page with a typed error in the browser too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const result = await page.evaluate(
      `import('/lib.js').then((lib) => {
        const r = lib.safeParseArticle(${JSON.stringify(FOREIGN)});
        return { success: r.success, code: r.error && r.error.code, isError: lib.isArticleParseError(r.error) };
      })`,
    );
    expect(result).toEqual({ success: false, code: 'unknown_outlet', isError: true });
    await page.close();
  });
});
