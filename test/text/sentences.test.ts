import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { splitRunTogether } from '../../src/text/sentences.js';

describe('splitRunTogether', () => {
  it('splits a sentence end glued to the next sentence', () => {
    expect(splitRunTogether('The talks ended in Azerbaijan.Highlighting the ties, he left.')).toEqual([
      'The talks ended in Azerbaijan.',
      'Highlighting the ties, he left.',
    ]);
  });

  it('splits before an opening quote and after a number', () => {
    expect(splitRunTogether('Guests came, News.Az reports.“COP29 was a success,” he added.')).toEqual([
      'Guests came, News.Az reports.',
      '“COP29 was a success,” he added.',
    ]);
    expect(splitRunTogether('It was founded in 1992.The army grew.')).toEqual([
      'It was founded in 1992.',
      'The army grew.',
    ]);
  });

  it('keeps initials, abbreviations and domains whole', () => {
    const keep = [
      'Colonel General Z.Hasanov met Army General M. Tokel in Baku.',
      'The U.S. delegation and Mr.Brown arrived.',
      'According to News.Az and Report.Az, the site mod.gov.az published it.',
      'Gen.Valiyev and St.Petersburg officials met I.Aliyev.',
    ];
    for (const p of keep) expect(splitRunTogether(p)).toEqual([p]);
  });

  it('splits every glue point in a long run', () => {
    expect(splitRunTogether('One two.Three four.Five six.')).toEqual(['One two.', 'Three four.', 'Five six.']);
  });
});

describe('detectLanguage', () => {
  it('tells Russian, Azerbaijani and English apart', () => {
    expect(detectLanguage('Министр обороны Азербайджана Закир Гасанов принял делегацию.')).toBe('ru');
    expect(detectLanguage('Müdafiə naziri Zakir Həsənov Türkiyə nümayəndə heyətini qəbul edib.')).toBe('az');
    expect(detectLanguage('Army General Metin Tokel greeted Yaşar Güler in Türkiye.')).toBe('en');
  });
  it('counts ə, which stands outside the Latin blocks, when it is the only letter beyond ASCII', () => {
    expect(detectLanguage('Nəzər sabah gələcək.')).toBe('az');
    expect(detectLanguage('A plain English sentence, with “quotes” and a dash – nothing else.')).toBe('en');
  });
  it('needs a Cyrillic letter or an ə for anything but English', () => {
    // Turkic letters alone only support ə: without one, even a text full of them is English.
    expect(detectLanguage('Güçlü Türkçe öğüt: şöyle ığdır çöl.')).toBe('en');
    expect(detectLanguage('ƏLİYEV İLHAM HEYDƏR OĞLU')).toBe('az');
    expect(detectLanguage('Ответ')).toBe('ru');
    expect(detectLanguage('The agency Интерфакс reported it from Moscow on Monday.')).toBe('en');
  });
  it('reads only the first 4,000 characters', () => {
    expect(detectLanguage(`${'Plain English words. '.repeat(200)}Nəzər gələcək.`)).toBe('en');
  });
});
