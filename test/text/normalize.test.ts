import { describe, expect, it } from 'vitest';
import { isNfcInert, normalizeText } from '../../src/text/normalize.js';
import { SourceText } from '../../src/text/source-text.js';

describe('normalizeText', () => {
  it('leaves plain ASCII untouched and maps offsets one to one', () => {
    const n = normalizeText('Baku/06.10.23/Turan: text');
    expect(n.text).toBe('Baku/06.10.23/Turan: text');
    expect(n.toInputOffset(5)).toBe(5);
  });

  it('drops a BOM and zero-width characters, and maps offsets past them', () => {
    const input = '\uFEFFZakir\u200B Hasanov';
    const n = normalizeText(input);
    expect(n.text).toBe('Zakir Hasanov');
    const at = n.text.indexOf('Hasanov');
    expect(input.slice(n.toInputOffset(at), n.toInputOffset(at + 7))).toBe('Hasanov');
  });

  it('turns CRLF, lone CR, NEL, LS and PS into LF', () => {
    const input = 'a\r\nb\rc\u0085d\u2028e\u2029f';
    const n = normalizeText(input);
    expect(n.text).toBe('a\nb\nc\nd\ne\nf');
    expect(input[n.toInputOffset(n.text.indexOf('f'))]).toBe('f');
    expect(input[n.toInputOffset(n.text.indexOf('c'))]).toBe('c');
  });

  it('turns NBSP and other Unicode spaces into a plain space', () => {
    expect(normalizeText('16:29\u00A021.05.2025\u2009x\u202Fy\u3000z').text).toBe('16:29 21.05.2025 x y z');
  });

  it('composes to NFC and keeps offsets on the composed text', () => {
    const input = 'Yas\u0327ar Gu\u0308ler met him';
    const n = normalizeText(input);
    expect(n.text).toBe('Yaşar Güler met him');
    const at = n.text.indexOf('met');
    expect(input.slice(n.toInputOffset(at), n.toInputOffset(at + 3))).toBe('met');
  });

  it('is idempotent', () => {
    const once = normalizeText('\uFEFFa\r\nb\u00A0c\u200Bd e\u0301').text;
    expect(normalizeText(once).text).toBe(once);
  });
});

describe('SourceText', () => {
  it('splits trimmed lines with offsets and input spans', () => {
    const s = SourceText.from('  Headline \r\n\r\n\u00A0Body text.  ');
    expect(s.lines.map((l) => l.text)).toEqual(['Headline', '', 'Body text.']);
    const body = s.lines[2]!;
    const span = s.lineSpan(body);
    expect(s.input.slice(span.start, span.end)).toBe('Body text.');
    expect(span.line).toBe(3);
  });

  it('finds the line of an offset', () => {
    const s = SourceText.from('one\ntwo\nthree');
    expect(s.lineAt(5).text).toBe('two');
    expect(s.lineAt(0).text).toBe('one');
  });
});

describe('isNfcInert', () => {
  // normalizeText skips the engine's NFC check when every kept code unit is inert: that must never skip a
  // change. Every inert code unit, alone and before every other one, is checked against String#normalize.
  const inert: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isNfcInert(c)) inert.push(String.fromCharCode(c));

  it('covers the blocks of news text and nothing that combines', () => {
    expect(inert.length).toBeGreaterThan(1000);
    for (const ch of ['a', 'ə', 'Ə', 'ş', 'İ', 'ж', 'Ё', '’', '“', '—', '…', '€', '№'])
      expect(isNfcInert(ch.charCodeAt(0))).toBe(true);
    // Combining marks, Hangul, a singleton (Ohm sign), a surrogate.
    for (const c of [0x301, 0x327, 0x483, 0x1161, 0x2126, 0xd800]) expect(isNfcInert(c)).toBe(false);
  });

  it('holds for every inert code unit, alone and in every pair', () => {
    let changed = 0;
    for (const a of inert) {
      if (a.normalize('NFC') !== a) changed++;
      for (const b of inert) {
        const pair = a + b;
        if (pair.normalize('NFC') !== pair) changed++;
      }
    }
    expect(changed).toBe(0);
  });

  it('still composes once anything else is kept', () => {
    expect(normalizeText('“Cafe\u0301” — 5 €').text).toBe('“Café” — 5 €');
    expect(normalizeText('Ohm \u2126').text).toBe('Ohm \u03A9');
  });
});
