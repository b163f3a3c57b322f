// The entity tokeniser reads plain ASCII words on a fast path and everything else with the WORD pattern; both
// must give the same tokens, and the lexicon's `tokenTexts` must split exactly as `tokenize` does.
import { describe, expect, it } from 'vitest';
import { builtInLexicon } from '../../src/entities/lexicon.js';
import { tokenize, tokenTexts } from '../../src/entities/tokenize.js';
import { loadFixtures } from '../support/expectations.js';

describe('tokenize', () => {
  it('keeps initials, domains and hyphenated names whole and takes a possessive off', () => {
    expect(tokenize('Azerbaijan’s Defense Minister, Z.Hasanov, told News.Az.').map((t) => t.text)).toEqual([
      'Azerbaijan',
      'Defense',
      'Minister',
      ',',
      'Z.Hasanov',
      ',',
      'told',
      'News.Az',
      '.',
    ]);
    const [azerbaijan] = tokenize('Azerbaijan’s');
    expect(azerbaijan).toMatchObject({ text: 'Azerbaijan', start: 0, end: 10, poss: true });
  });

  it('marks case and shape the same on the ASCII path and the general one', () => {
    const lex = builtInLexicon();
    // `SOCAR` and `Baku` are ASCII words; `Həsənov` and `COP29` take the general path (a letter outside ASCII,
    // a digit).
    const tokens = tokenize('SOCAR met Baku officials, Həsənov and COP29 delegates', undefined, null, lex.wordTable);
    const byText = Object.fromEntries(tokens.map((t) => [t.text, t]));
    expect(byText.SOCAR).toMatchObject({ lc: 'socar', cap: true, upper: true, plain: true, word: true });
    expect(byText.met).toMatchObject({ lc: 'met', cap: false, upper: false, plain: false, sent: false });
    expect(byText.Baku).toMatchObject({ lc: 'baku', cap: true, upper: false, plain: true });
    expect(byText.Həsənov).toMatchObject({ lc: 'həsənov', cap: true, upper: false, plain: true });
    expect(byText.COP29).toMatchObject({ lc: 'cop29', cap: true, upper: true, plain: false });
    expect(tokens[0]?.sent).toBe(true);
  });

  it('splits like tokenTexts on every fixture page and on odd joins', () => {
    const texts = [
      ...loadFixtures().map((f) => f.text),
      "d'Affaires Nagorno-Karabakh U.S. 3.5% Z.Hasanov's M. Tokel’s x-'y ə’s a..b -- 10-12",
    ];
    for (const text of texts) expect(tokenTexts(text)).toEqual(tokenize(text).map((t) => t.text));
  });
});
