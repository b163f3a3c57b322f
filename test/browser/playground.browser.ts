/**
 * The playground page (docs/playground/), built into a temporary folder and opened from file:// in headless
 * Chromium: pick a fixture, check the rendered fields and highlights, paste another page, and save a screenshot
 * to test-artifacts/playground.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, watchErrors } from './support.js';

const SEED = 'seeds/002_70e387cdfb7af126';
const SEED_TEXT = readFileSync(join(ROOT, 'fixtures', `${SEED}.txt`), 'utf8');
const FOREIGN_TEXT = readFileSync(join(ROOT, 'fixtures', 'foreign', 'trend-politics-materials.txt'), 'utf8');
const ARTIFACTS = join(ROOT, 'test-artifacts');

interface Shown {
  outlet: string;
  provenance: Record<string, { start: number; end: number }>;
  entities: { type: string; mentions: { text: string }[] }[];
  dates: { text: string }[];
}

/** The text of every highlight piece carrying this id, joined: one span's text as the page shows it. */
async function markText(page: Page, view: string, id: string): Promise<string> {
  return (await page.locator(`#${view} mark[data-ids~="${id}"]`).allTextContents()).join('');
}

describe('the playground', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'az-news-parsers-playground-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-playground.mjs'), '--out', dir], { cwd: ROOT });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    errors = watchErrors(page);
    // From file://, as a person opening the built docs would: no server.
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.locator('body[data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('labels every control', async () => {
    expect(
      await page.evaluate('[...document.querySelectorAll("select, textarea")].map((e) => e.labels.length)'),
    ).toEqual([1, 1, 1]);
    expect(await page.locator('#fixture option').count()).toBeGreaterThan(50);
  });

  it('parses a picked fixture and shows the outlet, its evidence and the fields', async () => {
    await page.selectOption('#fixture', SEED);
    await expect.poll(() => page.locator('#input').inputValue()).toBe(SEED_TEXT);
    expect(await page.locator('#status').textContent()).toMatch(/^Parsed as Turan \(confidence 1\.00\): 5 paragraphs/);

    const best = page.locator('#detection .candidate').first();
    expect(await best.getAttribute('data-outlet')).toBe('turan');
    expect(await best.locator('.badge.chosen').count()).toBe(1);
    expect(await best.locator('.evidence li').allTextContents()).toContainEqual(
      expect.stringMatching(/^dateline structure, weight 0\.90, at \d+: Baku\/06\.10\.23\/Turan:$/),
    );

    const field = (name: string) => page.locator(`#field-${name}`).textContent();
    expect(await field('outlet')).toBe('Turan (turan)');
    expect(await field('headline')).toMatch(
      /^Azerbaijan and Kazakhstan approved the "Plan of bilateral military cooperation for 2024"input 11–99, line 2$/,
    );
    expect(await field('published')).toMatch(
      /^2023-10-06T16:16:00\+04:00 · minute · from page · “6 October 2023 16:16”/,
    );
    expect(await field('dateline')).toMatch(/^Baku · 2023-10-06 · Turan/);
    expect(await field('section')).toMatch(/^Politics/);
    expect(await field('tags')).toMatch(/^Social/);
    expect(await field('image')).toMatch(/^credit: mod\.gov\.az/);
    expect(await field('paragraphs')).toMatch(/^5/);
    expect(await field('related')).toBe('4');
    expect(await page.locator('#related li').count()).toBe(4);
  });

  it('highlights each field’s source span in the input and each mention in the body', async () => {
    const shown = JSON.parse((await page.locator('#json').textContent()) ?? '') as Shown;
    expect(shown.outlet).toBe('turan');
    const keys = Object.keys(shown.provenance);
    expect(keys).toEqual(expect.arrayContaining(['headline', 'published', 'dateline', 'section', 'image', 'body']));
    for (const [key, span] of Object.entries(shown.provenance)) {
      const group = key.split('.')[0];
      expect(await markText(page, 'source-view', `field:${group}:${key}`), key).toBe(
        SEED_TEXT.slice(span.start, span.end),
      );
    }
    expect(await markText(page, 'source-view', 'field:dateline:dateline')).toMatch(/^Baku\/06\.10\.23\/Turan:\s*$/);
    // The innermost span colours a piece: the dateline inside the body is the dateline's colour.
    expect(await page.locator('#source-view mark.c-dateline').textContent()).toMatch(/^Baku\/06\.10\.23\/Turan:\s*$/);
    expect(await page.locator('#source-legend li').allTextContents()).toEqual(
      expect.arrayContaining(['headline', 'published', 'dateline', 'body']),
    );

    // Entity hints and dates: every mention is one highlight in the body (none while no enricher runs).
    for (const [i, entity] of shown.entities.entries()) {
      for (const [j, mention] of entity.mentions.entries()) {
        expect(await markText(page, 'body-view', `entity:${entity.type}:${i}:${j}`)).toBe(mention.text);
      }
    }
    for (const [i, date] of shown.dates.entries()) {
      expect(await markText(page, 'body-view', `date:date:${i}`)).toBe(date.text);
    }
    const mentions = shown.entities.reduce((n, e) => n + e.mentions.length, 0) + shown.dates.length;
    const ids = new Set(
      (await page.locator('#body-view mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-ids'))))
        .flatMap((v) => (v ?? '').split(' '))
        .filter(Boolean),
    );
    expect(ids.size).toBe(mentions);
    expect(await page.locator('#body-view').textContent()).toMatch(/^The "Plan of bilateral military cooperation/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true });
  });

  it('parses pasted text, and says why it refuses another outlet’s page', async () => {
    await page.fill('#input', FOREIGN_TEXT);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Not parsed: unknown_outlet\./);
    expect(await page.locator('#fixture').inputValue()).toBe('');
    expect(await page.locator('#detection .candidate').first().getAttribute('data-outlet')).toBe('trend');
    expect(await page.locator('#fields-empty').isVisible()).toBe(true);

    await page.fill('#input', SEED_TEXT);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Parsed as Turan/);
    expect(errors).toEqual([]);
  });
});
