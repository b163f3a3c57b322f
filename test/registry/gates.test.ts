// Detection gates each signal by its literal (`includes`): a line signal runs only on lines that hold the
// literal, a text signal only on pages that do. These pages put the literal where a shortcut could go wrong:
// on lines the signal is not tested on, twice on one page, behind a character whose lower case is longer
// (`İ`), and shared by signals of different case. (A literal found where the pattern then fails costs only
// time, so what is tested is that no literal is missed.)
import { describe, expect, it } from 'vitest';
import { createRegistry, defineKnownOutlet, defineParser } from '../../src/index.js';
import { type FoldedNeedle, foldedNeedle, indexOfFolded } from '../../src/registry/folded-search.js';

const outlet = defineParser({
  id: 'gazette',
  name: 'Gazette',
  version: '1.0.0',
  fingerprint: [
    // Tested only on lines that start with G, and only where `/g/` stands in the line.
    { id: 'code', weight: 0.5, scope: 'line', lineStarts: 'G', includes: '/g/', pattern: /^G\d+\/g\/\d+$/ },
    // Case-insensitive: its literal is looked for in the lower-cased line.
    { id: 'footer', weight: 0.4, scope: 'line', includes: 'gazette ltd', pattern: /^© Gazette Ltd \d{4}$/i },
    // Case-sensitive, with a lower-case literal that a case-insensitive signal below shares.
    { id: 'mention', weight: 0.3, kind: 'mention', includes: 'says', pattern: /\bThe Gazette says\b/ },
  ],
  extract: (_page, { draft }) => draft,
});
// A second outlet whose text signal shares the first one's literal, but folded.
const twin = defineKnownOutlet({
  id: 'twin',
  name: 'Twin',
  fingerprint: [{ id: 'quote', weight: 0.3, kind: 'mention', includes: 'says', pattern: /\bas Gazette says\b/i }],
});
const registry = createRegistry([outlet], { known: [twin] });
const found = (text: string, id = 'gazette') =>
  (registry.detect(text).find((d) => d.outlet === id)?.evidence ?? []).map((e) => `${e.signal}@${e.offset}`);

describe('signal literals', () => {
  it('finds a line literal after lines that hold it but are not tested', () => {
    // Line 1 holds `/g/` but starts with X (not indexed for `code`); line 2 matches.
    const text = 'X1/g/2 is not a code\nG12/g/7\nbody';
    expect(found(text)).toEqual([`code@${text.indexOf('G12')}`]);
  });

  it('tests every line that holds the literal, not only the first', () => {
    const text = 'G1 /g/ no\nG2/g/3';
    expect(found(text)).toEqual([`code@${text.indexOf('G2')}`]);
  });

  it('looks for folded literals in lower case, also after a character whose lower case is longer', () => {
    const footer = '© GAZETTE LTD 2024';
    expect(found(`Intro\n${footer}`)).toEqual([`footer@${'Intro\n'.length}`]);
    // `İ` lower-cases to two code units, so offsets in the lower-cased page shift past it, here by more
    // than the rest of the line.
    const shifted = `${'İ'.repeat(12)} İstanbul\nnews\n${footer}`;
    expect(found(shifted)).toEqual([`footer@${shifted.indexOf('©')}`]);
  });

  it('lets signals share a literal, each looking for it in its own case', () => {
    const text = 'Body.\nThe Gazette says so, AS GAZETTE SAYS daily.';
    expect(found(text)).toEqual([`mention@${text.indexOf('The Gazette')}`]);
    expect(found(text, 'twin')).toEqual([`quote@${text.indexOf('AS GAZETTE')}`]);
    expect(found('Body.\nThe Gazette said so.')).toEqual([]);
    // Only in upper case: the case-sensitive signal's literal is absent, the folded one's present.
    expect(found('Body.\nAS GAZETTE SAYS.', 'twin')).toEqual(['quote@6']);
  });
});

describe('signal line starts', () => {
  const starred = defineParser({
    id: 'starred',
    name: 'Starred',
    version: '1.0.0',
    fingerprint: [
      // A line starting outside the Basic Multilingual Plane (two code units) and one starting with `Ə`.
      { id: 'flash', weight: 0.6, scope: 'line', lineStarts: '📰', pattern: /^📰 Flash$/u },
      { id: 'notes', weight: 0.6, scope: 'line', lineStarts: 'ƏA', pattern: /^(?:Əlavə|Also) qeyd$/u },
    ],
    extract: (_page, { draft }) => draft,
  });
  const signals = (text: string) =>
    (createRegistry([starred]).detect(text)[0]?.evidence ?? []).map((e) => e.signal).sort();
  it('tests a line against the signals that can start with its first character', () => {
    expect(signals('Intro\n📰 Flash\nƏlavə qeyd')).toEqual(['flash', 'notes']);
    expect(signals('Intro\nAlso qeyd')).toEqual(['notes']);
    expect(signals('Intro\n 📰 Flash')).toEqual(['flash']); // lines are trimmed first
    expect(signals('Intro\nx 📰 Flash\nB Əlavə qeyd')).toEqual([]);
  });
});

describe('case-insensitive literal search', () => {
  it('finds a literal in any mix of cases, where lower-casing the page would', () => {
    const needle = foldedNeedle('.az reports');
    expect(needle?.anchorLower).toBe('z'); // the rarest letter
    for (const page of ['Told News.Az reports', 'NEWS.AZ REPORTS', 'news.aZ RePorts', 'x .az reports']) {
      expect(indexOfFolded(page, needle as FoldedNeedle, 0), page).toBe(page.toLowerCase().indexOf('.az reports'));
    }
    expect(indexOfFolded('.az report', needle as FoldedNeedle, 0)).toBe(-1);
    expect(indexOfFolded('.az reports, .AZ REPORTS', needle as FoldedNeedle, 1)).toBe(13);
  });

  it('takes the Kelvin sign for k, and never anchors on k', () => {
    const needle = foldedNeedle('kilo') as FoldedNeedle;
    expect(needle.anchorLower).not.toBe('k');
    expect(indexOfFolded('\u212Ailo report', needle, 0)).toBe(0);
    expect(foldedNeedle('k.k')).toBeNull();
  });

  it('leaves literals beyond ASCII or in upper case to the lower-cased page', () => {
    expect(foldedNeedle('köln')).toBeNull();
    expect(foldedNeedle('Baku')).toBeNull();
  });

  it('rests on a fact of Unicode: only the Kelvin sign lower-cases to an ASCII letter from beyond ASCII', () => {
    const toAscii: number[] = [];
    for (let c = 128; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) < 128) toAscii.push(c);
    }
    expect(toAscii).toEqual([0x212a]);
  });

  it('gates a case-insensitive signal by it', () => {
    const kilo = defineParser({
      id: 'kilo',
      name: 'Kilo',
      version: '1.0.0',
      fingerprint: [
        { id: 'report', weight: 0.5, kind: 'mention', includes: 'kilo report', pattern: /\bKilo report\b/iu },
      ],
      extract: (_page, { draft }) => draft,
    });
    const found = (text: string) =>
      createRegistry([kilo])
        .detect(text)[0]
        ?.evidence.map((e) => e.offset) ?? [];
    expect(found('Body.\nA KILO REPORT says')).toEqual([8]);
    expect(found('Body.\nA kilo-report')).toEqual([]);
  });
});
