import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';
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
