/**
 * Mentioned dates: the rules of issue 3 item 5, on sentences written for these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateMention, PublishedTime } from '../../src/article/schema.js';
import { type DateMentionOptions, dateEnricher, extractDateMentions } from '../../src/dates/mentions.js';
import { createRegistry, foreignOutlets, outlets } from '../../src/index.js';
import { FIXTURES_DIR } from '../support/expectations.js';

const day = (iso: string): PublishedTime => ({ iso, precision: 'day', text: iso });
const minute = (iso: string): PublishedTime => ({ iso, precision: 'minute', text: iso });

/** 2024-03-06 was a Wednesday. */
const WEDNESDAY = { published: day('2024-03-06') };
/** 2022-02-08 15:47 in Baku, a Tuesday (seed 001). */
const FEB_8 = { published: minute('2022-02-08T15:47:00+04:00') };

/** The mentions of `body`, each checked to point into it. */
function find(body: string, options: DateMentionOptions = {}): DateMention[] {
  const { dates } = extractDateMentions(body, options);
  for (const d of dates) expect(body.slice(d.start, d.end)).toBe(d.text);
  return dates;
}

/** `[text, iso]` pairs, for compact expectations. */
const pairs = (body: string, options: DateMentionOptions = {}) => find(body, options).map((d) => [d.text, d.iso]);

describe('year-less days: the latest such day not after publication, unless the sentence speaks of the future', () => {
  it('takes the past day in a past sentence', () => {
    expect(pairs('On June 15, the two countries signed a memorandum of alliance.', FEB_8)).toEqual([
      ['June 15', '2021-06-15'],
    ]);
    expect(pairs('In an interview on September 27, the president said the ties had grown.', FEB_8)).toEqual([
      ['September 27', '2021-09-27'],
    ]);
  });

  it('takes the publication day itself', () => {
    expect(pairs('The two ministers met in Baku, the ministry reported on February 8.', FEB_8)).toEqual([
      ['February 8', '2022-02-08'],
    ]);
  });

  it('takes the next such day when the sentence speaks of the future', () => {
    expect(pairs('The Teknofest fair will be held in Baku on June 15.', FEB_8)).toEqual([['June 15', '2022-06-15']]);
    expect(
      pairs('The next session is scheduled for November 12.', { published: minute('2025-11-05T16:50:00+04:00') }),
    ).toEqual([['November 12', '2025-11-12']]);
    expect(pairs('The talks are expected to resume on January 20 in Geneva.', WEDNESDAY)).toEqual([
      ['January 20', '2025-01-20'],
    ]);
    expect(pairs('The meeting is to take place on April 2, the ministry said.', WEDNESDAY)).toEqual([
      ['April 2', '2024-04-02'],
    ]);
  });

  it('reads the tense of the date’s own clause', () => {
    const body = 'The exercise started on July 1 and will last until July 12.';
    expect(pairs(body, { published: minute('2024-07-09T10:15:00+04:00') })).toEqual([
      ['July 1', '2024-07-01'],
      ['July 12', '2024-07-12'],
    ]);
    expect(pairs('The memorandum signed on June 15 will take effect next year.', WEDNESDAY)).toEqual([
      ['June 15', '2023-06-15'],
      ['next year', '2025'],
    ]);
  });

  it('takes a month without a year the same way', () => {
    expect(find('Consumer prices rose by 2 percent in May.', WEDNESDAY)).toEqual([
      { text: 'in May', start: 34, end: 40, iso: '2023-05', precision: 'month' },
    ]);
    expect(pairs('The talks are expected to resume in May.', WEDNESDAY)).toEqual([['in May', '2024-05']]);
    expect(pairs('Prices have been stable since mid-March.', WEDNESDAY)).toEqual([['mid-March', '2024-03']]);
  });
});

describe('weekdays', () => {
  it('resolves a past weekday to the latest such day, the publication weekday to the publication day', () => {
    expect(pairs('The ministry said on Monday that the harvest had ended.', WEDNESDAY)).toEqual([
      ['Monday', '2024-03-04'],
    ]);
    expect(pairs('The delegation arrived in Baku on Wednesday.', WEDNESDAY)).toEqual([['Wednesday', '2024-03-06']]);
    expect(
      pairs('Colonel General Zakir Hasanov on Monday received a delegation.', { published: day('2024-12-23') }),
    ).toEqual([['Monday', '2024-12-23']]);
  });

  it('resolves a future weekday to the next such day (the publication day included)', () => {
    expect(pairs('The ministry will present the results at a meeting with farmers on Friday.', WEDNESDAY)).toEqual([
      ['Friday', '2024-03-08'],
    ]);
    expect(pairs('The consultations will continue on Wednesday.', WEDNESDAY)).toEqual([['Wednesday', '2024-03-06']]);
    expect(
      pairs('A technical meeting is scheduled for Friday, the ministry noted.', { published: day('2024-04-02') }),
    ).toEqual([['Friday', '2024-04-05']]);
  });

  it('tells the clauses of one sentence apart', () => {
    const body = 'The ministry said on Monday that the delegation will arrive on Thursday.';
    expect(pairs(body, WEDNESDAY)).toEqual([
      ['Monday', '2024-03-04'],
      ['Thursday', '2024-03-07'],
    ]);
    expect(pairs('On Friday, the minister will open the exhibition.', WEDNESDAY)).toEqual([['Friday', '2024-03-08']]);
    expect(pairs('On Friday, the minister opened the exhibition.', WEDNESDAY)).toEqual([['Friday', '2024-03-01']]);
  });

  it('keeps last/next strictly before/after the publication day', () => {
    const body = 'He met the ambassador last Wednesday and will meet him again next Wednesday.';
    expect(pairs(body, WEDNESDAY)).toEqual([
      ['last Wednesday', '2024-02-28'],
      ['next Wednesday', '2024-03-13'],
    ]);
  });

  it('takes a clock time next to a weekday as minute precision', () => {
    expect(find('The talks will open on Monday at 15:30.', WEDNESDAY)).toEqual([
      { text: 'Monday at 15:30', start: 23, end: 38, iso: '2024-03-11T15:30:00+04:00', precision: 'minute' },
    ]);
  });
});

describe('precision', () => {
  it('gives bare years year precision, with the preposition in the text', () => {
    expect(
      find('Military cooperation between the two countries first emerged in 1992, with an agreement.', FEB_8),
    ).toEqual([{ text: 'in 1992', start: 61, end: 68, iso: '1992', precision: 'year' }]);
    expect(pairs('The plan for 2021-2025 was approved. Exports doubled between 2019 and 2022.', WEDNESDAY)).toEqual([
      // A range of years is one mention with its first and last year (see the ranges below).
      ['for 2021-2025', '2021'],
      ['for 2021-2025', '2025'],
      ['between 2019', '2019'],
      ['and 2022', '2022'],
    ]);
  });

  it('gives a month with a year month precision', () => {
    expect(find('The group collected payments between March 2023 and August 2024.', WEDNESDAY)).toEqual([
      { text: 'March 2023', start: 37, end: 47, iso: '2023-03', precision: 'month' },
      { text: 'August 2024', start: 52, end: 63, iso: '2024-08', precision: 'month' },
    ]);
  });

  it('gives full days day precision whatever the order', () => {
    const body = 'The complaint was filed on September 9, 2024, and the suspects were detained on 14 November 2024.';
    expect(find(body, WEDNESDAY).map((d) => [d.text, d.iso, d.precision])).toEqual([
      ['September 9, 2024', '2024-09-09', 'day'],
      ['14 November 2024', '2024-11-14', 'day'],
    ]);
    expect(pairs('It was signed on Dec. 5 and ratified on the 15th of June 2021.', WEDNESDAY)).toEqual([
      ['Dec. 5', '2023-12-05'],
      ['15th of June 2021', '2021-06-15'],
    ]);
  });

  it('gives minute precision only when the text gives a clock time, in Baku time', () => {
    expect(find('The summit will open on June 5 at 15:30.', WEDNESDAY).map((d) => [d.iso, d.precision])).toEqual([
      ['2024-06-05T15:30:00+04:00', 'minute'],
    ]);
    expect(pairs('The vote will close on June 5 at 10:00 GMT.', WEDNESDAY)).toEqual([
      ['June 5 at 10:00 GMT', '2024-06-05T14:00:00+04:00'],
    ]);
    expect(find('The plant was opened on June 5 in the morning.', WEDNESDAY).map((d) => d.precision)).toEqual(['day']);
  });

  it('reads numeric days day first, as written in Azerbaijan', () => {
    expect(pairs('The decree of 06.10.2023 and the order of 21/05/2025 apply.', WEDNESDAY)).toEqual([
      ['06.10.2023', '2023-10-06'],
      ['21/05/2025', '2025-05-21'],
    ]);
  });

  it('gives a range both its first and its last day over the same text', () => {
    expect(pairs('The exhibition runs from 10 to 12 March 2024 in Baku.', WEDNESDAY)).toEqual([
      ['10 to 12 March 2024', '2024-03-10'],
      ['10 to 12 March 2024', '2024-03-12'],
    ]);
    // The last day follows the first: a future `5 to 12 March` in a 6 March article is all next year.
    expect(pairs('The exhibition will run from 5 to 12 March in Baku.', WEDNESDAY)).toEqual([
      ['5 to 12 March', '2025-03-05'],
      ['5 to 12 March', '2025-03-12'],
    ]);
    // Without the year chrono-node can read `from 10` as a time and give `12 July` alone.
    expect(pairs('The exhibition will run from 10 to 12 July in Baku.', WEDNESDAY)).toEqual([
      ['10 to 12 July', '2024-07-10'],
      ['10 to 12 July', '2024-07-12'],
    ]);
  });
});

describe('ranges of months (`January-March 2023`): the first and the last month over the same text', () => {
  it('takes the year given after the range for both months, and the year before for one that spans New Year', () => {
    expect(pairs('Trade grew in January-March 2023 compared with January–March 2022.', WEDNESDAY)).toEqual([
      ['in January-March 2023', '2023-01'],
      ['in January-March 2023', '2023-03'],
      ['January–March 2022', '2022-01'],
      ['January–March 2022', '2022-03'],
    ]);
    expect(pairs('Talks are planned for December-February 2025.', WEDNESDAY)).toEqual([
      ['December-February 2025', '2024-12'],
      ['December-February 2025', '2025-02'],
    ]);
  });

  it('resolves a range without a year from its first month, so that it never ends before it begins', () => {
    expect(pairs('Exports rose in January-February and fell from November to February.', WEDNESDAY)).toEqual([
      ['in January-February', '2024-01'],
      ['in January-February', '2024-02'],
      ['from November to February', '2023-11'],
      ['from November to February', '2024-02'],
    ]);
    // In a November article, the last month of October-December is the December after October.
    expect(pairs('Exports rose in October–December.', { published: day('2024-11-06') })).toEqual([
      ['in October–December', '2024-10'],
      ['in October–December', '2024-12'],
    ]);
    // A future sentence moves the first month, and the last follows it.
    expect(pairs('The fair will be held in May-June.', WEDNESDAY)).toEqual([
      ['in May-June', '2024-05'],
      ['in May-June', '2024-06'],
    ]);
  });

  it('reads a list of months as a list, the year after it for every month', () => {
    expect(pairs('Trade grew in January, February and March 2023, and in May or June.', WEDNESDAY)).toEqual([
      ['in January', '2023-01'],
      ['February', '2023-02'],
      ['March 2023', '2023-03'],
      ['in May', '2023-05'],
      ['June', '2023-06'],
    ]);
    expect(pairs('Прибыль выросла в январе, феврале и марте 2023 года, а в мае и июне упала.', WEDNESDAY)).toEqual([
      ['в январе', '2023-01'],
      ['феврале', '2023-02'],
      ['марте 2023 года', '2023-03'],
      ['в мае', '2023-05'],
      ['июне', '2023-06'],
    ]);
    // A list needs a preposition (or a year) at its head: these are names.
    expect(pairs('He met Ms. April and June Smith.', WEDNESDAY)).toEqual([]);
    // Azerbaijani: the year before the list, `ay(lar)ında` or a locative after it.
    expect(
      pairs('İxrac 2023-cü ilin yanvar, fevral və mart aylarında, idxal isə may və iyunda artıb.', WEDNESDAY),
    ).toEqual([
      ['2023-cü ilin yanvar', '2023-01'],
      ['fevral', '2023-02'],
      ['mart aylarında', '2023-03'],
      ['may', '2023-05'],
      ['iyunda', '2023-06'],
    ]);
    expect(pairs('Yanvar və Fevral adlı iki qız gəlib.', WEDNESDAY)).toEqual([]);
  });

  it('takes a month of a year named from the publication’s (`in January last year`), alone or in a range', () => {
    expect(pairs('Exports rose in January last year and will rise in May next year.', WEDNESDAY)).toEqual([
      ['in January last year', '2023-01'],
      ['in May next year', '2025-05'],
    ]);
    expect(pairs('In January-March of this year, imports fell.', WEDNESDAY)).toEqual([
      ['In January-March of this year', '2024-01'],
      ['In January-March of this year', '2024-03'],
    ]);
    expect(pairs('Экспорт вырос в январе прошлого года, а в январе-марте текущего года упал.', WEDNESDAY)).toEqual([
      ['в январе прошлого года', '2023-01'],
      ['в январе-марте текущего года', '2024-01'],
      ['в январе-марте текущего года', '2024-03'],
    ]);
    expect(pairs('Ötən ilin yanvar ayında ixrac artıb, ötən il martda isə azalıb.', WEDNESDAY)).toEqual([
      ['Ötən ilin yanvar ayında', '2023-01'],
      ['ötən il martda', '2023-03'],
    ]);
  });

  it('reads ranges of years the same way, but not a quantity', () => {
    expect(
      pairs(
        'The 2024-2026 action plan was adopted; in 1993–1995 he was minister. Some 1800-2000 tons left.',
        WEDNESDAY,
      ),
    ).toEqual([
      ['2024-2026', '2024'],
      ['2024-2026', '2026'],
      ['in 1993–1995', '1993'],
      ['in 1993–1995', '1995'],
    ]);
    expect(pairs('В 2022-2023 годах экспорт вырос. Proqram 2024-2026-cı illər üçün qəbul edilib.', WEDNESDAY)).toEqual([
      ['В 2022-2023 годах', '2022'],
      ['В 2022-2023 годах', '2023'],
      ['2024-2026-cı illər', '2024'],
      ['2024-2026-cı illər', '2026'],
    ]);
  });

  it('reads quarters, halves and the first months of a year as the range of their months', () => {
    expect(
      pairs('Exports rose in the first quarter of 2024, in H2 2023 and in the first nine months of 2022.', WEDNESDAY),
    ).toEqual([
      ['first quarter of 2024', '2024-01'],
      ['first quarter of 2024', '2024-03'],
      ['H2 2023', '2023-07'],
      ['H2 2023', '2023-12'],
      ['first nine months of 2022', '2022-01'],
      ['first nine months of 2022', '2022-09'],
    ]);
    expect(pairs('Экспорт вырос в первом квартале 2024 года и за 9 месяцев 2023 года.', WEDNESDAY)).toEqual([
      ['в первом квартале 2024 года', '2024-01'],
      ['в первом квартале 2024 года', '2024-03'],
      ['за 9 месяцев 2023 года', '2023-01'],
      ['за 9 месяцев 2023 года', '2023-09'],
    ]);
    expect(pairs('İxrac 2024-cü ilin birinci rübündə, idxal 2023-cü ilin 9 ayında artıb.', WEDNESDAY)).toEqual([
      ['2024-cü ilin birinci rübündə', '2024-01'],
      ['2024-cü ilin birinci rübündə', '2024-03'],
      ['2023-cü ilin 9 ayında', '2023-01'],
      ['2023-cü ilin 9 ayında', '2023-09'],
    ]);
  });

  it('leaves days to the day readers (`January 5 to March 3`)', () => {
    expect(pairs('The drills ran from January 5 to March 3.', WEDNESDAY)).toEqual([
      ['January 5 to March 3', '2024-01-05'],
      ['January 5 to March 3', '2024-03-03'],
    ]);
  });

  it('reads Russian and Azerbaijani ranges, with the Azerbaijani year before the range', () => {
    expect(
      pairs('Товарооборот в январе-марте 2023 года вырос, а с января по март 2022 года падал.', WEDNESDAY),
    ).toEqual([
      ['в январе-марте 2023 года', '2023-01'],
      ['в январе-марте 2023 года', '2023-03'],
      ['с января по март 2022 года', '2022-01'],
      ['с января по март 2022 года', '2022-03'],
    ]);
    expect(pairs('Ticarət dövriyyəsi 2023-cü ilin yanvar-mart aylarında artıb.', WEDNESDAY)).toEqual([
      ['2023-cü ilin yanvar-mart aylarında', '2023-01'],
      ['2023-cü ilin yanvar-mart aylarında', '2023-03'],
    ]);
    expect(pairs('Sərgi may-iyun aylarında keçiriləcək.', WEDNESDAY)).toEqual([
      ['may-iyun aylarında', '2024-05'],
      ['may-iyun aylarında', '2024-06'],
    ]);
  });
});

describe('relative words', () => {
  it('reads yesterday, tomorrow, N days ago, last/this/next year and month', () => {
    const body =
      'The minister arrived yesterday. Two weeks ago the talks stalled. Exports grew last year, and prices will fall next month.';
    expect(find(body, WEDNESDAY).map((d) => [d.text, d.iso, d.precision])).toEqual([
      ['yesterday', '2024-03-05', 'day'],
      ['Two weeks ago', '2024-02-21', 'day'],
      ['last year', '2023', 'year'],
      ['next month', '2024-04', 'month'],
    ]);
  });

  it('counts today only where it clearly dates something', () => {
    expect(pairs("At today's hearing the indictment was read out.", WEDNESDAY)).toEqual([['today', '2024-03-06']]);
    expect(pairs('The minister will speak today at 11:00.', WEDNESDAY)).toEqual([
      ['today at 11:00', '2024-03-06T11:00:00+04:00'],
    ]);
    expect(pairs('Azerbaijan today is a modern state with a strong army.', WEDNESDAY)).toEqual([]);
    expect(pairs('Now he is charged with legalizing criminally obtained money.', WEDNESDAY)).toEqual([]);
  });
});

describe('Russian', () => {
  const MARCH_12 = { published: minute('2024-03-12T10:05:00+04:00') }; // a Tuesday
  it('reads days, weekdays, years and months, past and future', () => {
    const body =
      'Министр принял во вторник делегацию Казахстана. Заседание комиссии пройдет в Астане 23 апреля. ' +
      'Новый хаб был открыт 5 марта. Соглашение подписано 3 марта 2023 года. Товарооборот в 2023 году вырос на 16%. ' +
      'В марте 2024 года цены выросли, а вчера снизились.';
    expect(find(body, MARCH_12).map((d) => [d.text, d.iso, d.precision])).toEqual([
      ['вторник', '2024-03-12', 'day'],
      ['23 апреля', '2024-04-23', 'day'],
      ['5 марта', '2024-03-05', 'day'],
      ['3 марта 2023 года', '2023-03-03', 'day'],
      ['в 2023 году', '2023', 'year'],
      ['марте 2024 года', '2024-03', 'month'],
      ['вчера', '2024-03-11', 'day'],
    ]);
  });
});

describe('Azerbaijani', () => {
  const APRIL_16 = { published: minute('2025-04-16T10:35:00+04:00') }; // a Wednesday
  it('reads day-month(-year), genitive dates, years, weekdays and relative words', () => {
    const body =
      'Festivalın açılışı 12 may tarixində Cıdır düzündə olacaq. Müşavirə 15 aprel tarixində keçirilib. ' +
      'Sənəd 6 oktyabr 2023-cü il imzalanıb. Görüş oktyabrın 6-da olub. Festival ilk dəfə 1989-cu ildə keçirilib. ' +
      'Nazir bazar ertəsi günü qonaqları qəbul edib. Bu il festival Şuşada keçiriləcək.';
    expect(find(body, APRIL_16).map((d) => [d.text, d.iso, d.precision])).toEqual([
      ['12 may', '2025-05-12', 'day'],
      ['15 aprel', '2025-04-15', 'day'],
      ['6 oktyabr 2023-cü il', '2023-10-06', 'day'],
      ['oktyabrın 6-da', '2024-10-06', 'day'],
      ['1989-cu ildə', '1989', 'year'],
      ['bazar ertəsi günü', '2025-04-14', 'day'],
      ['Bu il', '2025', 'year'],
    ]);
  });
});

describe('without a reference day', () => {
  const body = 'The treaty was signed on June 15, 2021. The ministers met again on Monday and will meet on June 20.';

  it('keeps the dates that need none, leaves the others out and says so', () => {
    const { dates, messages } = extractDateMentions(body);
    expect(dates.map((d) => d.iso)).toEqual(['2021-06-15']);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'dates/unresolved', severity: 'info' })]);
    expect(messages[0]?.message).toMatch(/^2 mentioned dates/);
  });

  it('uses options.referenceDate (a day string or a Date, read in Baku time)', () => {
    expect(pairs(body, { referenceDate: '2024-03-06' })).toEqual([
      ['June 15, 2021', '2021-06-15'],
      ['Monday', '2024-03-04'],
      ['June 20', '2024-06-20'],
    ]);
    // 22:30 UTC on March 5 is already March 6 in Baku
    expect(pairs(body, { referenceDate: new Date('2024-03-05T22:30:00Z') })[1]).toEqual(['Monday', '2024-03-04']);
  });

  it('prefers the publication time to referenceDate', () => {
    expect(pairs('They met on Monday.', { published: day('2024-12-23'), referenceDate: '2024-03-06' })).toEqual([
      ['Monday', '2024-12-23'],
    ]);
  });

  it('warns about a referenceDate that is not a date', () => {
    const { dates, messages } = extractDateMentions('They met on Monday.', { referenceDate: 'soon' });
    expect(dates).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(['dates/invalid-reference', 'dates/unresolved']);
  });
});

describe('noise', () => {
  it.each([
    'Over 200 square kilometers of our sovereign territory is under control.',
    'A case was opened under Article 206.3.2 of the Criminal Code.',
    'He spoke of the close relations between the leaders of 2 fraternal nations.',
    'The Commander of the 1st Army of the Land Forces arrived.',
    'Talks between the two countries may be held at the level of heads of state.',
    'Aid was delivered to 2000 villages and 1,291 hectares were cleared of mines.',
    'The Khazri-2023 exercises and the COP29 conference drew attention.',
    'The economy of the 1990s was weak; trade reached 7 billion dollars.',
    'The office is open Monday-Friday, and the Sun newspaper reported it.',
    'Version 1.2.10 of the program was released at 15:30.',
  ])('%s', (body) => {
    expect(find(body, WEDNESDAY)).toEqual([]);
  });
});

describe('quantities after a month name', () => {
  it('does not read `March, 4 percent` as a day', () => {
    const body = 'Gas exports to Europe grew in January-March, 4 percent more than a year earlier.';
    // The figure after the comma is no day: the range of months stands (see the ranges above).
    expect(pairs(body, WEDNESDAY)).toEqual([
      ['in January-March', '2024-01'],
      ['in January-March', '2024-03'],
    ]);
  });
});

describe('offsets', () => {
  it('point into the body across paragraphs', () => {
    const body = 'First paragraph, no dates.\n\nThe deal was signed on 5 December 2023.\n\nTalks resume on March 29.';
    const dates = find(body, WEDNESDAY);
    expect(dates.map((d) => d.text)).toEqual(['5 December 2023', 'March 29']);
    expect(dates[1]?.start).toBe(body.indexOf('March 29'));
  });
});

describe('the enricher and the dates option', () => {
  const seed = readFileSync(join(FIXTURES_DIR, 'seeds', '001_b361192895b5713e.txt'), 'utf8');
  const registry = createRegistry(outlets, { known: foreignOutlets, enrichers: [dateEnricher] });

  it('adds the mentioned dates to parsed articles', () => {
    const article = registry.parse(seed);
    expect(article.dates.map((d) => [d.text, d.iso])).toEqual([
      ['February 8', '2022-02-08'],
      ['in 1992', '1992'],
      ['June 15', '2021-06-15'],
      ['September 27', '2021-09-27'],
    ]);
  });

  it('does nothing with dates: false', () => {
    expect(registry.parse(seed, { dates: false }).dates).toEqual([]);
    const article = registry.parse(seed);
    expect(dateEnricher.enrich({ article, options: { dates: false } })).toEqual({});
  });
});

describe('cost', () => {
  it('stays linear on long pathological input', () => {
    const inputs = [
      'June 1, '.repeat(8_000),
      'in 1992 '.repeat(8_000),
      'Monday at 15:30 '.repeat(5_000),
      'oktyabrın 6-da ə '.repeat(5_000),
      '5 марта '.repeat(8_000),
      `${'a'.repeat(100_000)} June`,
    ];
    for (const text of inputs) {
      const t = performance.now();
      extractDateMentions(text, WEDNESDAY);
      expect(performance.now() - t).toBeLessThan(5_000);
    }
  });

  it('keeps the core pure: no node: imports, no clock reads', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'dates');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from 'node:|Date\.now\(|new Date\(\)/);
    }
  });
});
