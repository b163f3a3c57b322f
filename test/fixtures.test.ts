/**
 * The golden test: every fixture page parses to what its hand-written expectations say.
 */
import { describe, expect, it } from 'vitest';
import { ArticleSchema, detectOutlet, safeParseArticle } from '../src/index.js';
import { checkArticle, loadFixtures, missingExpectations } from './support/expectations.js';

const fixtures = loadFixtures();
const own = fixtures.filter((f) => f.expected.outlet !== '!core');
const foreign = fixtures.filter((f) => f.expected.outlet === '!core');

describe('fixtures: every field as expected', () => {
  it('has fixtures to check, each with expectations', () => {
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(missingExpectations).toEqual([]);
  });
  it.each(own.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = safeParseArticle(fixture.text);
    if (!result.success) throw result.error;
    expect(() => ArticleSchema.parse(result.data)).not.toThrow();
    expect(checkArticle(result.data, fixture.expected)).toEqual([]);
  });
});

describe('fixtures: detection', () => {
  it.each(own.map((f) => [f.name, f] as const))('%s goes to its outlet', (_name, fixture) => {
    const [best] = detectOutlet(fixture.text);
    expect(best?.outlet).toBe(fixture.expected.outlet);
    expect(best?.parsable).toBe(true);
  });
  it.each(foreign.map((f) => [f.name, f] as const))('%s is refused', (_name, fixture) => {
    const result = safeParseArticle(fixture.text);
    expect(result.success ? result.data.outlet : result.error.code).toBe('unknown_outlet');
    if (!result.success) expect(result.error.candidates.length).toBeGreaterThan(0);
  });
});
