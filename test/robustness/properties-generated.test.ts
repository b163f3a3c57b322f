/**
 * Property tests over generated text: arbitrary strings, hostile Unicode, and random pages built from lines in
 * the outlets' formats. Every parse must keep the invariants of test/support/robustness.ts (never a throw,
 * never `internal`, schema-valid, offsets on the body, provenance inside the input and on its line, the
 * headline's span reading as the headline, normalised strings only, deterministic). Normalisation itself
 * must be idempotent with a monotone offset map.
 *
 * Cases per property: PROPERTY_RUNS, else the defaults below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectOutlet, normalizeText } from '../../src/index.js';
import { SourceText } from '../../src/text/source-text.js';
import { randomPage, trickyString } from '../support/page-arbitraries.js';
import { canonical, caseCounter, parseChecked, propertyRuns } from '../support/robustness.js';

const { tally, ran } = caseCounter('generated text');

describe('safeParseArticle on generated text', () => {
  it('keeps every invariant for arbitrary strings (any UTF-16, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        tally('arbitrary strings', parseChecked(s).success);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('keeps every invariant for hostile Unicode (astral, combining, RTL, zero-width, odd breaks)', () => {
    fc.assert(
      fc.property(trickyString(300), (s) => {
        tally('hostile unicode', parseChecked(s).success);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('keeps every invariant for random pages made of the outlets’ lines', () => {
    fc.assert(
      fc.property(randomPage, (page) => {
        tally('random outlet pages', parseChecked(page).success);
      }),
      { numRuns: propertyRuns(1500) },
    );
    // The generator must reach the parsers, or this property says little about them.
    const t = ran['random outlet pages']!;
    expect(t.parsed / t.cases).toBeGreaterThan(0.2);
  });

  it('detectOutlet never throws and places its evidence inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(randomPage, trickyString(200)), (page) => {
        const detections = detectOutlet(page);
        tally('detectOutlet', false);
        for (const d of detections) {
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(1);
          for (const e of d.evidence) {
            expect(e.offset).toBeGreaterThanOrEqual(0);
            expect(e.offset).toBeLessThanOrEqual(page.length);
            // The evidence is normalised text; in the input it starts where the offset says.
            expect(canonical(page.slice(e.offset)).startsWith(canonical(e.text))).toBe(true);
          }
        }
      }),
      { numRuns: propertyRuns(1500) },
    );
  });
});

describe('normalizeText', () => {
  const text = fc.oneof(trickyString(200), fc.string({ unit: 'binary', maxLength: 200 }), randomPage);

  it('is idempotent, and its offset map is monotone, within bounds and exact at both ends', () => {
    fc.assert(
      fc.property(text, (input) => {
        tally('normalizeText', false);
        const n = normalizeText(input);
        expect(normalizeText(n.text).text).toBe(n.text);
        expect(n.input).toBe(input);
        let previous = n.toInputOffset(0);
        expect(previous).toBeGreaterThanOrEqual(0);
        for (let o = 1; o <= n.text.length; o++) {
          const at = n.toInputOffset(o);
          if (at < previous || at > input.length) expect.fail(`offset ${o} maps to ${at} after ${previous}`);
          previous = at;
        }
        expect(n.toInputOffset(n.text.length)).toBe(input.length);
        // Out-of-range offsets clamp instead of running off the input.
        expect(n.toInputOffset(-5)).toBe(n.toInputOffset(0));
        expect(n.toInputOffset(n.text.length + 5)).toBe(input.length);
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('maps every kept ASCII character back onto the same character in the input', () => {
    fc.assert(
      fc.property(text, (input) => {
        tally('normalizeText ascii map', false);
        const n = normalizeText(input);
        for (let o = 0; o < n.text.length; o++) {
          const c = n.text.charCodeAt(o);
          if (c > 0x20 && c < 0x7f && input[n.toInputOffset(o)] !== n.text[o]) {
            expect.fail(`text[${o}] ${n.text[o]} maps to input[${n.toInputOffset(o)}] ${input[n.toInputOffset(o)]}`);
          }
        }
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('gives lines whose input spans read as the lines', () => {
    fc.assert(
      fc.property(text, (input) => {
        tally('SourceText line spans', false);
        const source = SourceText.from(input);
        for (const line of source.lines) {
          const span = source.lineSpan(line);
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(span.end).toBeLessThanOrEqual(input.length);
          expect(canonical(input.slice(span.start, span.end))).toBe(canonical(line.text));
        }
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

describe('regressions the properties found', () => {
  const cases: [string, string][] = [
    // A lone high surrogate took the next character along as its low half, so a BOM after it survived.
    ['a BOM after a lone high surrogate', 'e\u0301 \uD83D\uFEFFx'],
    // A bidi control between two combining marks hid them from NFC; removed, they needed reordering.
    ['marks around a removed bidi control', '\u0301\u202E\u0327'],
    ['marks around a removed zero-width space', 'Yas\u0301\u200B\u0327ar'],
    // NFC writes U+FB2C as three characters: offsets inside it ran past its end, and the map went backwards.
    ['a character NFC lengthens', '\uFB2C \n \n'],
    ['Hangul jamo NFC composes', 'Seoul \u1100\u1161\u11A8 Baku'],
  ];

  it.each(cases)('%s', (_name, input) => {
    const n = normalizeText(input);
    expect(n.text).toBe(n.text.normalize('NFC'));
    expect(n.text).not.toMatch(/[\uFEFF\u200B\u202E]/);
    expect(normalizeText(n.text).text).toBe(n.text);
    for (let o = 1; o <= n.text.length; o++) expect(n.toInputOffset(o)).toBeGreaterThanOrEqual(n.toInputOffset(o - 1));
    expect(n.toInputOffset(n.text.length)).toBe(input.length);
  });
});
