import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline, parseSignature } from '../../src/extract/byline.js';
import { readImageLine } from '../../src/extract/caption.js';
import { readCrawlerMarker } from '../../src/extract/crawler-marker.js';
import { parseSlashDateline } from '../../src/extract/dateline.js';
import { isLabelLine, isTitleLike } from '../../src/extract/layout.js';
import { stripSignatureCode } from '../../src/extract/signature-code.js';

describe('parseSlashDateline', () => {
  it('reads glued and spaced datelines, Latin and Cyrillic', () => {
    expect(parseSlashDateline('Baku/06.10.23/Turan: The plan was signed.')).toMatchObject({
      dateline: { place: 'Baku', date: '2023-10-06', agency: 'Turan' },
      length: 'Baku/06.10.23/Turan: '.length,
    });
    expect(parseSlashDateline('Baku / 19.07.19 / Turan: Talks began.')?.dateline).toEqual({
      place: 'Baku',
      date: '2019-07-19',
      agency: 'Turan',
    });
    expect(parseSlashDateline('Баку/12.03.24/Туран: Переговоры.')?.dateline).toEqual({
      place: 'Баку',
      date: '2024-03-12',
      agency: 'Туран',
    });
  });

  it('rejects look-alikes', () => {
    expect(parseSlashDateline('The rate was 06.10.23 / Turan said')).toBeNull();
    expect(parseSlashDateline('Baku/31.02.23/Turan: x')).toBeNull();
    expect(parseSlashDateline('Ratio 1/2/3: x')).toBeNull();
  });
});

describe('stripSignatureCode', () => {
  it.each([
    ['the release. ---06B---', '---06B---'],
    ['the court ruled.-0-', '-0-'],
    ['the court ruled. -05C-', '-05C-'],
    ['he said. -06D--', '-06D--'],
    ['he said. –0--', '–0--'],
    ['he said.—06d--', '—06d--'],
  ])('strips %s', (text, code) => {
    const out = stripSignatureCode(text);
    expect(out.code).toBe(code);
    expect(out.text.endsWith('.')).toBe(true);
  });

  it('leaves words with dashes and numbers alone', () => {
    expect(stripSignatureCode('cases of COVID-19-').code).toBeNull();
    expect(stripSignatureCode('the Baku-Kazan-Baku route').code).toBeNull();
    expect(stripSignatureCode('The score was 2-1').code).toBeNull();
  });
});

describe('bylines', () => {
  it('tells people from agencies', () => {
    expect(parseByline('By Vugar Khalilov')).toEqual({ kind: 'person', name: 'Vugar Khalilov' });
    expect(parseByline('By Trend')).toEqual({ kind: 'agency', name: 'Trend' });
    expect(parseByline('By the way, this is a sentence.')).toBeNull();
  });
  it('recognises bare names with Azerbaijani letters and refuses sentences', () => {
    expect(isPersonName('Aynur Həsənova')).toBe(true);
    expect(isPersonName('Follow us on Twitter')).toBe(false);
    expect(isPersonName('APA')).toBe(false);
  });
  it('reads EDnews signatures, alone or glued to the last sentence', () => {
    expect(parseSignature('Madina Mammadova//EDnews', 'EDnews')).toEqual({ name: 'Madina Mammadova', before: '' });
    expect(parseSignature('issues were discussed. Rauf Aliyev//EDnews', 'EDnews')).toEqual({
      name: 'Rauf Aliyev',
      before: 'issues were discussed.',
    });
    expect(parseSignature('Madina Mammadova', 'EDnews')).toBeNull();
  });
});

describe('readImageLine', () => {
  it('reads credits and captions', () => {
    expect(readImageLine('mod.gov.az')).toEqual({ caption: null, credit: 'mod.gov.az' });
    expect(readImageLine('Photo: The Defense Ministry of Azerbaijan')).toEqual({
      caption: null,
      credit: 'The Defense Ministry of Azerbaijan',
    });
    expect(readImageLine('The minister arrived in Ankara on May 2, 2023. Archive')).toEqual({
      caption: 'The minister arrived in Ankara on May 2, 2023.',
      credit: 'Archive',
    });
    expect(readImageLine('Açiq mənbələrdən foto.')).toEqual({ caption: null, credit: 'Açiq mənbələrdən foto.' });
  });
  it('leaves headlines alone', () => {
    expect(readImageLine('Azerbaijan and Kazakhstan approved a plan')).toBeNull();
    expect(readImageLine('Archive documents reveal new details of the case')).toBeNull();
  });
});

describe('readCrawlerMarker', () => {
  it('reads the marker and the rest of its line', () => {
    const m = readCrawlerMarker({ index: 0, start: 1, end: 40, text: 'date 2024-12-23 Some headline here' });
    expect(m?.published).toEqual({ iso: '2024-12-23', precision: 'day', text: '2024-12-23', source: 'crawler-marker' });
    expect(m?.rest).toMatchObject({ text: 'Some headline here', start: 17 });
  });
  it('refuses lines that only look like it', () => {
    expect(readCrawlerMarker({ index: 0, start: 0, end: 20, text: 'date 2024-02-30 x' })).toBeNull();
    expect(readCrawlerMarker({ index: 0, start: 0, end: 20, text: 'update 2024-02-03 x' })).toBeNull();
    expect(readCrawlerMarker({ index: 0, start: 0, end: 20, text: 'date 2024-02-031' })).toBeNull();
  });
});

describe('layout judgements', () => {
  it('tells headlines from paragraphs and labels', () => {
    expect(isTitleLike('Azerbaijani Defense Minister on an official visit to Turkey')).toBe(true);
    expect(isTitleLike('A'.repeat(300))).toBe(false);
    expect(isLabelLine('Difficult question')).toBe(true);
    expect(isLabelLine('---06B---')).toBe(false);
    expect(isLabelLine('The talks ended.')).toBe(false);
  });
});
