/**
 * Mentioned dates against the hand-written expectations of every fixture that lists `dates` (the seeds and
 * the outlet fixtures): each expected date must be found the way the gold scorer looks for it, some mention
 * whose folded text includes the expected text and whose ISO value starts with the expected day.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateEnricher } from '../../src/dates/mentions.js';
import { ArticleSchema, createRegistry, foreignOutlets, outlets } from '../../src/index.js';
import { FIXTURES_DIR, fold } from '../support/expectations.js';

interface DateExpectation {
  text: string;
  date: string;
}

const registry = createRegistry(outlets, { known: foreignOutlets, enrichers: [dateEnricher] });

const cases: { name: string; text: string; dates: DateExpectation[] }[] = [];
for (const dir of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const file of readdirSync(join(FIXTURES_DIR, dir.name)).sort()) {
    if (!file.endsWith('.expected.json')) continue;
    const base = file.slice(0, -'.expected.json'.length);
    const textPath = join(FIXTURES_DIR, dir.name, `${base}.txt`);
    const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, dir.name, file), 'utf8')) as {
      dates?: DateExpectation[];
    };
    if (!expected.dates?.length || !existsSync(textPath)) continue;
    cases.push({ name: `${dir.name}/${base}`, text: readFileSync(textPath, 'utf8'), dates: expected.dates });
  }
}

describe('mentioned dates in the fixtures', () => {
  it('has the seeds to check at least', () => {
    expect(cases.filter((c) => c.name.startsWith('seeds/')).length).toBe(5);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = registry.safeParse(c.text);
    if (!result.success) throw result.error;
    const article = result.data;
    expect(() => ArticleSchema.parse(article)).not.toThrow();
    for (const d of article.dates) expect(article.body.slice(d.start, d.end)).toBe(d.text);
    const found = article.dates.map((m) => [m.text, m.iso]);
    const missing = c.dates.filter(
      (g) => !article.dates.some((m) => fold(m.text).includes(fold(g.text)) && m.iso.slice(0, 10) === g.date),
    );
    expect(missing, `found: ${JSON.stringify(found)}`).toEqual([]);
  });
});
