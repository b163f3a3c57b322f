/**
 * Entity hints on sentences written for these tests: titles and ranks before unseen names, initials,
 * Azerbaijani and Turkish letters, lists of officials, quoted plans, legal references, coreference, and the
 * traps generic tools fall into (sentence-initial verbs, months, job titles without a name, outlets cited as
 * sources).
 */
import { describe, expect, it } from 'vitest';
import type { EntityHint } from '../../src/article/schema.js';
import { extractEntities } from '../../src/entities/index.js';

const of = (entities: EntityHint[], type: EntityHint['type']) => entities.filter((e) => e.type === type);
const names = (entities: EntityHint[], type: EntityHint['type']) => of(entities, type).map((e) => e.name);
const find = (entities: EntityHint[], name: string) => entities.find((e) => e.name === name);

function offsetsHold(body: string, entities: EntityHint[]) {
  for (const e of entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
}

describe('persons found by patterns, not by a list of names', () => {
  it('reads a rank and an office before a name, and the country the office names', () => {
    const body =
      'The Minister of Defense of the Republic of Azerbaijan, Colonel General Tahmaz Qurbanzade received the ' +
      'delegation led by the Commander of the 2nd Army of the Land Forces of the Republic of Türkiye, Army General ' +
      'Kemalettin Sarıyıldız.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    const host = find(entities, 'Tahmaz Qurbanzade');
    expect(host).toMatchObject({
      type: 'person',
      role: 'Minister of Defense',
      title: 'Colonel General',
      country: 'AZ',
    });
    const guest = find(entities, 'Kemalettin Sarıyıldız');
    expect(guest).toMatchObject({ type: 'person', title: 'Army General', country: 'TR' });
    expect(guest?.role).toBe('Commander of the 2nd Army of the Land Forces');
    expect(names(entities, 'person')).toHaveLength(2);
  });

  it('joins a full name, a glued initial, a spaced initial and the surname alone into one person', () => {
    const body =
      'Defence Minister Colonel General Zaur Mirzabeyli met Lieutenant General Orhan Tekinalp. ' +
      'Z.Mirzabeyli said the talks were useful. Lieutenant General O. Tekinalp agreed, and Minister Mirzabeyli ' +
      'thanked him. Mirzabeyli also noted the joint drills.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    expect(names(entities, 'person').sort()).toEqual(['Orhan Tekinalp', 'Zaur Mirzabeyli']);
    const host = find(entities, 'Zaur Mirzabeyli');
    expect(host?.mentions.map((m) => m.text)).toEqual(['Zaur Mirzabeyli', 'Z.Mirzabeyli', 'Mirzabeyli', 'Mirzabeyli']);
    expect(host?.aliases).toEqual(expect.arrayContaining(['Z.Mirzabeyli', 'Mirzabeyli']));
    expect(find(entities, 'Orhan Tekinalp')?.mentions.map((m) => m.text)).toEqual(['Orhan Tekinalp', 'O. Tekinalp']);
  });

  it('keeps Azerbaijani and Turkish letters in names', () => {
    const body =
      'Deputy Minister Gülnarə Həsənova and Mr. Yiğit Çağlayan signed the protocol. Həsənova said it was a first.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    expect(names(entities, 'person').sort()).toEqual(['Gülnarə Həsənova', 'Yiğit Çağlayan']);
    expect(find(entities, 'Gülnarə Həsənova')?.mentions).toHaveLength(2);
  });

  it('finds a name before a speech verb and after an occupation', () => {
    const body =
      'Economist Tural Bagirzade believes prices will stabilise. "We expect a calm quarter," Nargiz Huseynli told ' +
      'reporters, while the lawyer, Rauf Abdinov, declined to comment.';
    const entities = extractEntities(body);
    expect(names(entities, 'person').sort()).toEqual(['Nargiz Huseynli', 'Rauf Abdinov', 'Tural Bagirzade']);
    expect(find(entities, 'Tural Bagirzade')?.role).toBe('Economist');
    expect(find(entities, 'Rauf Abdinov')?.role).toBe('lawyer');
  });

  it('reads a list of officials after one title', () => {
    const body = 'Defendants Samir Qasimli, Elnur Rzayev and Toghrul Mammadzade pleaded not guilty.';
    const entities = extractEntities(body);
    expect(names(entities, 'person')).toEqual(['Samir Qasimli', 'Elnur Rzayev', 'Toghrul Mammadzade']);
  });

  it('normalises `X Minister` offices and takes the country from an adjective or a possessive', () => {
    const body =
      "Georgia's Economy Minister Davit Kobalia and Uzbek Deputy Energy Minister Bahodir Yusupov met Azerbaijan's " +
      'Foreign Minister Jeyhun Bayramov in Tbilisi.';
    const entities = extractEntities(body);
    expect(find(entities, 'Davit Kobalia')).toMatchObject({ role: 'Minister of Economy', country: 'GE' });
    expect(find(entities, 'Bahodir Yusupov')).toMatchObject({ role: 'Deputy Minister of Energy', country: 'UZ' });
    expect(find(entities, 'Jeyhun Bayramov')).toMatchObject({ role: 'Minister of Foreign Affairs', country: 'AZ' });
  });

  it('takes the country from a name of more than one token before the office (`U.S.`, `United States`)', () => {
    const body =
      'U.S. Secretary of State Ellen Marsh called Baku. United Kingdom Ambassador Fergus Auld and US Ambassador ' +
      'Mark Libby attended.';
    const entities = extractEntities(body);
    expect(find(entities, 'Ellen Marsh')).toMatchObject({ role: 'Secretary of State', country: 'US' });
    expect(find(entities, 'Fergus Auld')).toMatchObject({ role: 'Ambassador', country: 'GB' });
    expect(find(entities, 'Mark Libby')).toMatchObject({ role: 'Ambassador', country: 'US' });
  });

  it('keeps an organisation before the office in the role, without giving the person its country', () => {
    const body = 'SOCAR President Rovshan Najaf met EU Special Representative Toivo Klaar and President Ilham Aliyev.';
    const entities = extractEntities(body);
    expect(find(entities, 'Rovshan Najaf')?.role).toBe('SOCAR President');
    expect(find(entities, 'Rovshan Najaf')?.country).toBeUndefined();
    expect(find(entities, 'Toivo Klaar')?.role).toBe('EU Special Representative');
    expect(find(entities, 'Ilham Aliyev')?.role).toBe('President');
    expect(names(entities, 'organization')).toEqual(expect.arrayContaining(['SOCAR', 'European Union']));
    // `Deputy` + `Secretary General` is longer than the listed `Deputy Secretary`: `General` is no rank here.
    const nato = extractEntities('NATO Deputy Secretary General Radmila Shekerinska arrived.');
    expect(find(nato, 'Radmila Shekerinska')).toMatchObject({ role: 'NATO Deputy Secretary General' });
    expect(find(nato, 'Radmila Shekerinska')?.title).toBeUndefined();
  });

  it('reads an Azerbaijani office with its field and country before it, and a surname with `-la`/`-lə` glued on', () => {
    const body =
      'Prezident İlham Əliyev Türkiyənin Milli Müdafiə naziri Yaşar Gülerlə görüşüb. Görüşdə Azərbaycan ' +
      'Respublikasının Müdafiə naziri Zakir Həsənov və nazir müavini Sahibə Qafarovayla da iştirak edib. ' +
      'Qafarova bildirib ki, əməkdaşlıq inkişaf edir.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    expect(find(entities, 'Yaşar Güler')).toMatchObject({ role: 'Milli Müdafiə naziri', country: 'TR' });
    expect(find(entities, 'Yaşar Güler')?.mentions.map((m) => m.text)).toEqual(['Yaşar Gülerlə']);
    expect(find(entities, 'Zakir Həsənov')).toMatchObject({ role: 'Müdafiə naziri', country: 'AZ' });
    // `-yla` after a vowel; the later mention without it is the same person.
    expect(find(entities, 'Sahibə Qafarova')?.mentions.map((m) => m.text)).toEqual(['Sahibə Qafarovayla', 'Qafarova']);
    // Not in English text, and not where the stem ends in `l` (`Padilla`).
    expect(names(extractEntities('Minister Yaşar Gülerla and Ambassador Carlos Padilla met.'), 'person')).toEqual([
      'Yaşar Gülerla',
      'Carlos Padilla',
    ]);
  });

  it('finds Azerbaijani names whose last word has a case ending, and such an organisation before an office', () => {
    const body =
      'Milli Məclisin sədri Sahibə Qafarova bildirib ki, Nazirlər Kabinetinin qərarı Milli Məclisdə müzakirə edilib.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    // Mentioned by the name without its ending, as a place by its stem (`Qəbələ` in `Qəbələdə`).
    expect(find(entities, 'Milli Majlis')?.mentions.map((m) => m.text)).toEqual(['Milli Məclis', 'Milli Məclis']);
    expect(find(entities, 'Cabinet of Ministers')?.mentions.map((m) => m.text)).toEqual(['Nazirlər Kabineti']);
    expect(find(entities, 'Sahibə Qafarova')?.role).toBe('Milli Məclisin sədri');
  });

  it('reads Russian and Azerbaijani offices before names, and Russian case forms of the surname', () => {
    const ru =
      'Министр экономики Азербайджана Микаил Джаббаров встретился с послом Японии. По словам Джаббарова, проект важен.';
    const ruEntities = extractEntities(ru);
    offsetsHold(ru, ruEntities);
    const minister = find(ruEntities, 'Микаил Джаббаров');
    expect(minister?.mentions.map((m) => m.text)).toEqual(['Микаил Джаббаров', 'Джаббарова']);
    expect(minister?.country).toBe('AZ');
    expect(names(ruEntities, 'place')).toEqual(expect.arrayContaining(['Azerbaijan', 'Japan']));

    const az = 'Nazir müavini Elnarə Qasımova Bakıda keçirilən tədbirdə çıxış edib.';
    const azEntities = extractEntities(az);
    expect(names(azEntities, 'person')).toEqual(['Elnarə Qasımova']);
    expect(find(azEntities, 'Baku')?.mentions.map((m) => m.text)).toEqual(['Bakı']);
  });
});

describe('what is not a person', () => {
  it('ignores sentence-initial verbs and adverbs, months, weekdays and job titles without a name', () => {
    const body =
      'Welcoming the delegation, the minister noted the progress. Highlighting the results, the commander spoke on ' +
      'Monday. Moreover, in March the President said nothing new. Expressing gratitude, the Ambassador left.';
    const entities = extractEntities(body);
    expect(of(entities, 'person')).toEqual([]);
  });

  it('keeps outlets cited as sources as organisations', () => {
    const body =
      'Trend reports that the deal is done, News.Az writes, citing AZERTAC. The minister told APA and Turan that ' +
      'Anadolu Agency had the details. According to Report, the talks went well.';
    const entities = extractEntities(body);
    expect(of(entities, 'person')).toEqual([]);
    expect(names(entities, 'organization')).toEqual(
      expect.arrayContaining(['Trend', 'News.az', 'AZERTAC', 'APA', 'Turan', 'Anadolu Agency', 'Report']),
    );
  });

  it('does not take the word trend or report in a sentence for an outlet', () => {
    const entities = extractEntities('The Report shows a trend. Trend analysis is growing, the report said.');
    expect(of(entities, 'organization')).toEqual([]);
  });

  it('does not make a person of an institution or place that carries a name', () => {
    const body = 'The Heydar Aliyev Foundation held a concert at the Heydar Aliyev Center near Nizami Street.';
    const entities = extractEntities(body);
    expect(of(entities, 'person')).toEqual([]);
    expect(names(entities, 'organization')).toEqual(
      expect.arrayContaining(['Heydar Aliyev Foundation', 'Heydar Aliyev Center']),
    );
  });

  it('reads a given name before a town name as a person (`Murad Ismayilli`), the town elsewhere as a place', () => {
    const body = 'Murad Ismayilli won gold. Ismayilli thanked the coach. The team trains in the Shamakhi district.';
    const entities = extractEntities(body);
    expect(find(entities, 'Murad Ismayilli')?.mentions).toHaveLength(2);
    expect(names(entities, 'place')).toEqual(['Shamakhi']);
  });
});

describe('places, countries and their adjectives', () => {
  it('joins Turkey, Türkiye, Turkiye and Turkish into one place with code TR', () => {
    const body =
      'Turkey and Azerbaijan signed a deal. Türkiye will send experts, and the Turkish side will pay. Turkiye agreed.';
    const entities = extractEntities(body);
    const tr = find(entities, 'Türkiye');
    expect(tr).toMatchObject({ type: 'place', country: 'TR' });
    expect(tr?.mentions.map((m) => m.text)).toEqual(['Turkey', 'Türkiye', 'Turkish', 'Turkiye']);
    expect(names(entities, 'place')).not.toContain('Turkish');
  });

  it('counts an adjective only where the text also names the country', () => {
    const entities = extractEntities('The Turkish delegation arrived in Baku.');
    expect(names(entities, 'place')).toEqual(['Baku']);
  });

  it('finds Azerbaijani regions, cities and landmarks, also in lists before `districts`', () => {
    const body =
      'Wreaths were laid at the Alley of Honor and the Alley of Martyrs, then the guests visited Victory Park in ' +
      'Shusha and farms in the Goranboy, Tartar and Barda districts near the Caspian Sea.';
    const entities = extractEntities(body);
    expect(names(entities, 'place')).toEqual(
      expect.arrayContaining([
        'Alley of Honor',
        'Alley of Martyrs',
        'Victory Park',
        'Shusha',
        'Goranboy',
        'Tartar',
        'Barda',
        'Caspian Sea',
      ]),
    );
    expect(find(entities, 'Shusha')?.country).toBe('AZ');
  });

  it('splits hyphenated compounds of places', () => {
    const body = 'The Baku-Tbilisi-Kars railway carried more cargo.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    expect(names(entities, 'place')).toEqual(['Baku', 'Tbilisi', 'Kars']);
  });
});

describe('organisations', () => {
  it('joins `the Defense Ministry` with the earlier `Ministry of Defense of Azerbaijan`', () => {
    const body =
      'The press service of the Ministry of Defense of Azerbaijan said the drills ended. The Defense Ministry added ' +
      'that the Azerbaijani Defense Ministry will publish a report.';
    const entities = extractEntities(body);
    const ministries = of(entities, 'organization');
    expect(ministries).toHaveLength(1);
    expect(ministries[0]).toMatchObject({ name: 'Ministry of Defense of Azerbaijan', country: 'AZ' });
    expect(ministries[0]?.mentions.map((m) => m.text)).toEqual([
      'Ministry of Defense of Azerbaijan',
      'Defense Ministry',
      'Azerbaijani Defense Ministry',
    ]);
    expect(ministries[0]?.aliases).toEqual(expect.arrayContaining(['Ministry of Defense', 'Defense Ministry']));
  });

  it('tells two countries’ ministries apart', () => {
    const body = 'The Azerbaijani Foreign Ministry and the Turkish Foreign Ministry issued a joint statement.';
    const entities = extractEntities(body);
    expect(names(entities, 'organization').sort()).toEqual([
      'Ministry of Foreign Affairs of Azerbaijan',
      'Ministry of Foreign Affairs of Türkiye',
    ]);
  });

  it('reads institutions by their head noun, with complements, nested names and acronyms', () => {
    const body =
      'The State Agency for Mandatory Health Insurance (TABIB) and the General Staff of the Azerbaijan Army met the ' +
      'Turkish Land Forces, the Turkish Armed Forces and the Central Bank of Azerbaijan. TABIB said the Central Bank ' +
      'agreed.';
    const entities = extractEntities(body);
    const orgs = names(entities, 'organization');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'State Agency for Mandatory Health Insurance',
        'General Staff of the Azerbaijan Army',
        'Turkish Land Forces',
        'Turkish Armed Forces',
        'Central Bank of Azerbaijan',
      ]),
    );
    const tabib = find(entities, 'State Agency for Mandatory Health Insurance');
    expect(tabib?.aliases).toContain('TABIB');
    expect(find(entities, 'Central Bank of Azerbaijan')?.mentions).toHaveLength(2);
  });

  it('reads Russian and Azerbaijani ministries under their English names', () => {
    expect(names(extractEntities('Об этом сообщили в МИД Азербайджана.'), 'organization')).toEqual([
      'Ministry of Foreign Affairs of Azerbaijan',
    ]);
    expect(names(extractEntities('Mədəniyyət Nazirliyi məlumat yayıb.'), 'organization')).toEqual([
      'Ministry of Culture',
    ]);
  });
});

describe('events, documents and legal references', () => {
  it('finds events with years, numbers and ordinals', () => {
    const body =
      'Troops joined the "Birlik-2025" exercises, the Teknofest-2024 festival and COP29 in Baku, and the leaders ' +
      'met at the 11th Summit of the Organization of Turkic States.';
    const entities = extractEntities(body);
    expect(names(entities, 'event')).toEqual(
      expect.arrayContaining([
        'Birlik-2025',
        'Teknofest-2024',
        'COP29',
        '11th Summit of the Organization of Turkic States',
      ]),
    );
    expect(names(entities, 'organization')).toContain('Organization of Turkic States');
  });

  it('finds declarations and quoted plans and agreements; the mention is inside the quotes', () => {
    const body =
      'The sides approved the "Action Plan on military cooperation for 2026" and recalled the Shusha Declaration on ' +
      'Allied Relations. Later the Shusha Declaration was praised again.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    const plan = find(entities, 'Action Plan on military cooperation for 2026');
    expect(plan?.type).toBe('document');
    expect(plan?.mentions[0]?.text).toBe('Action Plan on military cooperation for 2026');
    const shusha = find(entities, 'Shusha Declaration on Allied Relations');
    expect(shusha?.mentions.map((m) => m.text)).toEqual([
      'Shusha Declaration on Allied Relations',
      'Shusha Declaration',
    ]);
    expect(names(entities, 'place')).not.toContain('Shusha');
  });

  it('names Azerbaijani head phrases in the base form when the head is in a case form', () => {
    const body =
      'Beynəlxalq Muğam Festivalı Qəbələdə keçiriləcək. Beynəlxalq Muğam Festivalında səkkiz ölkə iştirak edəcək. ' +
      'Dövlət Qaçqınlar Komitəsinin sədri də festivala gəlib.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    // The nominative and the locative are one event; the locative is mentioned by its base form, as a place's
    // case form is (`Qəbələ` in `Qəbələdə`).
    const festival = find(entities, 'Beynəlxalq Muğam Festivalı');
    expect(festival?.mentions.map((m) => [m.text, m.start])).toEqual([
      ['Beynəlxalq Muğam Festivalı', 0],
      ['Beynəlxalq Muğam Festivalı', body.indexOf('Beynəlxalq Muğam Festivalında')],
    ]);
    expect(names(entities, 'event')).toEqual(['Beynəlxalq Muğam Festivalı']);
    // A genitive head is recognised at all only through its case form.
    expect(find(entities, 'Dövlət Qaçqınlar Komitəsi')?.mentions.map((m) => m.text)).toEqual([
      'Dövlət Qaçqınlar Komitəsi',
    ]);
  });

  it('takes a head phrase right after a quoted name for a mention of what the quotes name', () => {
    // A known event in quotes, and an unknown one: either way one event, not a second one for the description.
    const body =
      '«Xarıbülbül» Beynəlxalq Musiqi Festivalına hazırlıq başlayıb. ' +
      'Delegates attended the "Caspian Horizons" International Conference in Baku.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    expect(names(entities, 'event').sort()).toEqual(['Caspian Horizons', 'Kharibulbul Festival']);
    expect(find(entities, 'Kharibulbul Festival')?.mentions.map((m) => m.text)).toEqual([
      'Xarıbülbül',
      'Beynəlxalq Musiqi Festivalı',
    ]);
    expect(find(entities, 'Caspian Horizons')?.mentions.map((m) => m.text)).toEqual([
      'Caspian Horizons',
      'International Conference',
    ]);
    // Not across a line break, and not for a quoted word that is no name.
    const apart = extractEntities(
      'They sang "Sarı Gəlin"\nBeynəlxalq Musiqi Festivalı başladı. He said "no" International Conference.',
    );
    expect(names(apart, 'event')).toEqual(['Beynəlxalq Musiqi Festivalı', 'International Conference']);
  });

  it('finds descriptive agreements written in lower case, up to a stop word', () => {
    const body = 'The memorandum on cooperation in the field of renewable energy signed with Hungary was praised.';
    expect(names(extractEntities(body), 'document')).toEqual([
      'memorandum on cooperation in the field of renewable energy',
    ]);
  });

  it('finds article references to codes and laws', () => {
    const body =
      'He was charged under Article 206.3.2 of the Criminal Code and Article 178 (fraud) of the Criminal Code; the ' +
      'Law on Media and the Tax Code were amended.';
    const entities = extractEntities(body);
    offsetsHold(body, entities);
    expect(names(entities, 'law')).toEqual(
      expect.arrayContaining([
        'Article 206.3.2 of the Criminal Code',
        'Article 178 of the Criminal Code',
        'Criminal Code',
        'Law on Media',
        'Tax Code',
      ]),
    );
    expect(find(entities, 'Article 178 of the Criminal Code')?.mentions[0]?.text).toBe(
      'Article 178 (fraud) of the Criminal Code',
    );
  });
});

describe('salience and options', () => {
  it('sorts by salience in 0..1, and the headline counts', () => {
    const body =
      'Azerbaijan and Georgia met in Baku. Georgia proposed a new route. Azerbaijan agreed. Ankara was informed.';
    const plain = extractEntities(body);
    for (const e of plain) expect(e.salience).toBeGreaterThanOrEqual(0);
    for (const e of plain) expect(e.salience).toBeLessThanOrEqual(1);
    const scores = plain.map((e) => e.salience ?? 0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const withHeadline = extractEntities(body, { headline: 'Ankara hails the new route' });
    expect((find(withHeadline, 'Ankara')?.salience ?? 0) > (find(plain, 'Ankara')?.salience ?? 0)).toBe(true);
  });

  it('keeps a place the headline names but the body does not, without mentions', () => {
    const entities = extractEntities('The defense ministers met on Monday.', {
      headline: 'Baku-Ankara partnership hailed',
    });
    expect(find(entities, 'Ankara')).toMatchObject({ type: 'place', mentions: [] });
  });

  it('takes extra gazetteer entries from the caller', () => {
    const body = 'Lakeshore Polytechnic and LPT signed a deal with the Qarabağ club.';
    const gazetteer = [
      { type: 'organization' as const, name: 'Lakeshore Polytechnic', variants: ['LPT'], country: 'US' },
      { type: 'organization' as const, name: 'Qarabağ FK', variants: ['Qarabağ'] },
    ];
    const entities = extractEntities(body, { gazetteer });
    expect(find(entities, 'Lakeshore Polytechnic')).toMatchObject({ country: 'US' });
    expect(find(entities, 'Lakeshore Polytechnic')?.mentions).toHaveLength(2);
    expect(find(entities, 'Qarabağ FK')?.mentions[0]?.text).toBe('Qarabağ');
  });

  it('returns nothing for an empty body', () => {
    expect(extractEntities('')).toEqual([]);
  });
});
