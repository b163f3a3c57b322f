/**
 * Property tests over the real fixture pages, mutated the way crawls damage pages: lines dropped, duplicated,
 * swapped and shuffled, the page cut at a random position, CRLF or CR line ends, NBSPs and zero-width
 * characters inserted, lines of other outlets pasted in, two pages glued together. Every parse must keep the
 * invariants of test/support/robustness.ts. A sweep cuts one page per outlet at every position.
 *
 * Cases per property: PROPERTY_RUNS, else the defaults below. ROBUSTNESS_EXHAUSTIVE=1 sweeps every fixture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../../src/index.js';
import { applyMutation, frac, mutation } from '../support/page-arbitraries.js';
import { brokenInvariants, caseCounter, parseChecked, propertyRuns, rawFixturePages } from '../support/robustness.js';

const pages = rawFixturePages();
const { tally, ran } = caseCounter('mutated fixtures');

const page = fc.integer({ min: 0, max: pages.length - 1 }).map((i) => pages[i]!.text);

describe('safeParseArticle on mutated fixture pages', () => {
  it('has every fixture page to mutate, and they parse as they are', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
    for (const p of pages) parseChecked(p.text);
  });

  it('keeps every invariant under up to six random mutations', () => {
    fc.assert(
      fc.property(page, fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const mutated = edits.reduce(applyMutation, text);
        tally('mutations', parseChecked(mutated).success);
      }),
      { numRuns: propertyRuns(2000) },
    );
    const t = ran.mutations!;
    expect(t.parsed / t.cases).toBeGreaterThan(0.5);
  });

  it('keeps every invariant when a page is cut at a random position', () => {
    fc.assert(
      fc.property(page, frac, (text, at) => {
        tally('truncation', parseChecked(text.slice(0, Math.floor(at * text.length))).success);
      }),
      { numRuns: propertyRuns(1500) },
    );
  });

  it('keeps every invariant when two pages are glued together, maybe cut', () => {
    fc.assert(
      fc.property(page, page, fc.constantFrom('\n', '\n\n', '\r\n\r\n', ''), frac, (a, b, glue, keep) => {
        const head = a.slice(0, Math.ceil(keep * a.length));
        tally('glued pages', parseChecked(head + glue + b).success);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});

describe('every cut of a page', () => {
  // The shortest page of each parsed outlet, unless ROBUSTNESS_EXHAUSTIVE asks for all of them.
  const chosen = process.env.ROBUSTNESS_EXHAUSTIVE
    ? pages
    : ['turan/', 'azernews/', 'ednews/', 'newsaz/'].map(
        (dir) => pages.filter((p) => p.name.startsWith(dir)).sort((x, y) => x.text.length - y.text.length)[0]!,
      );

  it.each(chosen.map((p) => [p.name, p.text] as const))(
    '%s keeps every invariant cut at every position',
    (_n, text) => {
      for (let end = 0; end <= text.length; end++) {
        const input = text.slice(0, end);
        const result = safeParseArticle(input, { maxInputLength: Number.POSITIVE_INFINITY });
        const broken = brokenInvariants(input, result);
        tally('every cut', result.success);
        if (broken.length > 0) expect.fail(`cut at ${end}: ${broken.join('; ')}`);
      }
    },
  );
});
