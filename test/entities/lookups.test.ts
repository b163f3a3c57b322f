// The recognisers skip work on facts computed once per text or per lexicon: a class bit stands for "a phrase
// of this table may start here", `Scan.capitals` and `Scan.nouns` list the only tokens some recognisers look
// at, the word table hands out its own copies of words. These tests hold those shortcuts to the long way round.
import { describe, expect, it } from 'vitest';
import { AZ_ROLE_STEMS, RU_ROLE_STEMS } from '../../src/data/gazetteer/index.js';
import { builtInLexicon, matchClassPhrase, matchPhrase, type PhraseTable, WORD } from '../../src/entities/lexicon.js';
import { createScan } from '../../src/entities/patterns.js';
import { tokenize } from '../../src/entities/tokenize.js';
import { WordTable } from '../../src/entities/word-table.js';
import { loadFixtures } from '../support/expectations.js';

const lex = builtInLexicon();
const texts = [
  ...loadFixtures().map((f) => f.text),
  'Colonel General Zakir Hasanov met Deputy Defense Minister Yunus Mammadov; economist Ramil Mammadov said.',
  'The Ministry of Foreign Affairs, the city of Ganja, the company Baykar and an agreement on energy.',
];

describe('class bits', () => {
  const tables: [string, PhraseTable<unknown>, number][] = [
    ['ranks', lex.ranks, WORD.rank],
    ['honorifics', lex.honorifics, WORD.honorific],
    ['roles', lex.roles, WORD.role],
    ['occupations', lex.occupations, WORD.occupation],
    ['topics', lex.topics, WORD.topic],
  ];

  it.each(tables)('mark exactly the first words of %s', (_name, table, bit) => {
    for (const [word, classes] of lex.wordClasses) expect((classes & bit) !== 0, word).toBe(table.has(word));
    // A token that is not a word has no classes: no first word may look like one.
    for (const word of table.keys()) expect(word).toMatch(/^[\p{L}\p{N}]/u);
  });

  it('let matchClassPhrase find what matchPhrase finds, on every token of the fixtures', () => {
    for (const text of texts) {
      const { tokens } = createScan(text, lex);
      for (let i = 0; i < tokens.length; i++) {
        for (const [, table, bit] of tables) {
          expect(matchClassPhrase(tokens, i, table, bit)).toEqual(matchPhrase(tokens, i, table));
        }
      }
    }
  });
});

describe('Scan', () => {
  it('lists the capitalised words and numbers, and the lower-case nouns, in order', () => {
    const nounBits = WORD.placeNoun | WORD.organizationNoun | WORD.documentNoun;
    for (const text of texts) {
      const scan = createScan(text, lex);
      const all = scan.tokens.map((_, i) => i);
      expect(scan.capitals).toEqual(all.filter((i) => scan.tokens[i]?.cap || scan.tokens[i]?.num));
      expect(scan.nouns).toEqual(all.filter((i) => !scan.tokens[i]?.cap && (scan.tokens[i]?.f ?? 0) & nounBits));
      // Where a person's recogniser may start in Latin text: the capitals and the lower-case trigger words.
      expect(scan.personStarts).toEqual(
        all.filter((i) => scan.tokens[i]?.cap || scan.tokens[i]?.num || (scan.tokens[i]?.f ?? 0) & WORD.trigger),
      );
      // An acronym is capitalised: the capitals are every token a gazetteer name may start at.
      for (const t of scan.tokens) if (t.upper) expect(t.cap).toBe(true);
    }
  });
});

describe('role stems', () => {
  it('are grouped by their first two letters, each stem long enough to have them', () => {
    for (const s of [...RU_ROLE_STEMS, ...AZ_ROLE_STEMS]) expect(s.length).toBeGreaterThanOrEqual(2);
    expect([...lex.ruRoleStemsByPrefix.values()].flat().sort()).toEqual([...RU_ROLE_STEMS].sort());
    expect([...lex.azRoleStemsByPrefix.values()].flat().sort()).toEqual([...AZ_ROLE_STEMS].sort());
  });
});

describe('WordTable', () => {
  it('finds every key by a range of a text, with its value', () => {
    const table = new WordTable(lex.wordClasses);
    for (const [word, classes] of lex.wordClasses) {
      const text = `«${word}»`;
      const i = table.find(text, 1, 1 + word.length);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(table.keyAt(i)).toBe(word);
      expect(table.valueAt(i)).toBe(classes);
      expect(table.get(word)).toBe(classes);
    }
    expect(table.find('zzqx', 0, 4)).toBe(-1);
    expect(table.get('')).toBe(0);
  });

  it('gives a known title-case word its table copy, equal to the text', () => {
    const tokens = tokenize('Baku and BAKU and baku and Ministry', undefined, null, lex.wordTable);
    expect(tokens.map((t) => [t.text, t.lc])).toEqual([
      ['Baku', 'baku'],
      ['and', 'and'],
      ['BAKU', 'baku'],
      ['and', 'and'],
      ['baku', 'baku'],
      ['and', 'and'],
      ['Ministry', 'ministry'],
    ]);
    const small = new WordTable(new Map([['ministry', 2]]));
    expect(small.titleCaseAt(small.find('ministry', 0, 8))).toBe('Ministry');
  });
});
