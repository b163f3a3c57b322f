/**
 * Entity hints on every fixture page that has entity expectations, with the semantics of the seed gold
 * scorer (../shared/tools/score-gold.mjs): every expected name (one of its `a|b` alternatives) is found among
 * the name, aliases and mention texts of an entity of that type, after folding case, diacritics and quotes;
 * the expected persons are the complete list, so any other person is a false positive. Mentions must point
 * into the body. The registry is built here with the entity enricher wired in.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/schema.js';
import { entityEnricher } from '../../src/entities/index.js';
import { foreignOutlets, outlets } from '../../src/outlets/index.js';
import { createRegistry } from '../../src/registry/registry.js';
import { fold, loadFixtures } from '../support/expectations.js';

const registry = createRegistry(outlets, { known: foreignOutlets, enrichers: [entityEnricher] });
const withEntities = loadFixtures().filter((f) => f.expected.outlet !== '!core' && f.expected.entities);

const alternatives = (g: string) => g.split('|').map(fold);

/** Every failed gold check, as one line each. */
function entityFailures(a: Article, expected: Record<string, string[]>): string[] {
  const fails: string[] = [];
  for (const [type, wanted] of Object.entries(expected)) {
    const ofType = a.entities.filter((e) => e.type === type);
    const forms = ofType.map((e) => [e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)].map(fold));
    for (const n of wanted) {
      if (!forms.some((fs) => alternatives(n).some((al) => fs.includes(al)))) {
        fails.push(`${type} "${n}" missing; found: ${ofType.map((e) => e.name).join('; ')}`);
      }
    }
    if (type === 'person') {
      const extra = ofType.filter((e) => {
        const fs = [e.name, ...e.mentions.map((m) => m.text)].map(fold);
        return !wanted.some((n) =>
          alternatives(n).some((al) => fs.includes(al) || fs.some((f) => al.endsWith(f) || al.includes(f))),
        );
      });
      if (extra.length) fails.push(`person false positives: ${extra.map((e) => e.name).join('; ')}`);
    }
  }
  return fails;
}

describe('entity hints on the fixture pages (gold semantics)', () => {
  it('has seed fixtures with entity expectations', () => {
    expect(withEntities.filter((f) => f.name.startsWith('seeds/')).length).toBe(5);
  });

  it.each(withEntities.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = registry.safeParse(fixture.text);
    if (!result.success) throw result.error;
    const a = result.data;
    for (const e of a.entities) for (const m of e.mentions) expect(a.body.slice(m.start, m.end)).toBe(m.text);
    expect(entityFailures(a, fixture.expected.entities ?? {})).toEqual([]);
  });

  it('adds nothing when entities are switched off', () => {
    const [first] = withEntities;
    if (!first) return;
    const result = registry.safeParse(first.text, { entities: false });
    if (!result.success) throw result.error;
    expect(result.data.entities).toEqual([]);
  });
});
