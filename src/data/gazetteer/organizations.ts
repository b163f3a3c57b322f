/**
 * Institutions the outlets name most: Azerbaijani and Turkish state bodies and armed forces, companies,
 * parties and international organisations, plus the fields of ministries. Data only.
 *
 * @module
 */
import type { GazetteerEntry, MinistryTopic } from './types.js';

const org = (name: string, country?: string, variants?: readonly string[]): GazetteerEntry => ({
  type: 'organization',
  name,
  ...(country ? { country } : {}),
  ...(variants ? { variants } : {}),
});

/**
 * Azerbaijani state bodies, armed forces, companies, universities and parties.
 *
 * @example
 * ```ts
 * AZERBAIJANI_INSTITUTIONS.find((o) => o.name === 'Milli Majlis')?.variants; // ['Milli Mejlis', …]
 * ```
 */
export const AZERBAIJANI_INSTITUTIONS: readonly GazetteerEntry[] = [
  org('Milli Majlis', 'AZ', ['Milli Mejlis', 'Milli Məclis', 'Милли Меджлис']),
  org('Cabinet of Ministers', 'AZ', ['Nazirlər Kabineti', 'Кабинет министров', 'Кабинет Министров']),
  org('Presidential Administration', 'AZ', ['Presidential Administration of Azerbaijan', 'Prezident Administrasiyası']),
  org('Constitutional Court', 'AZ', ['Konstitusiya Məhkəməsi', 'Конституционный суд']),
  org('Supreme Court', 'AZ', ['Ali Məhkəmə', 'Верховный суд']),
  org('Central Bank of Azerbaijan', 'AZ', [
    'CBA',
    'Central Bank of the Republic of Azerbaijan',
    'Mərkəzi Bank',
    'Центробанк',
  ]),
  org('State Oil Fund of Azerbaijan', 'AZ', ['SOFAZ', 'State Oil Fund', 'Oil Fund', 'ARDNF', 'Госнефтефонд']),
  org('SOCAR', 'AZ', [
    'State Oil Company of Azerbaijan Republic',
    'State Oil Company of the Azerbaijan Republic',
    'ARDNŞ',
    'ГНКАР',
  ]),
  org('ANAMA', 'AZ', [
    'Mine Action Agency',
    'Azerbaijan National Agency for Mine Action',
    'Mine Action Agency of Azerbaijan',
  ]),
  org('ASAN Service', 'AZ', ['ASAN xidmət', 'ASAN Xidmət']),
  org('State Border Service', 'AZ', ['DSX', 'Dövlət Sərhəd Xidməti', 'Государственная пограничная служба']),
  org('State Security Service', 'AZ', ['DTX', 'Dövlət Təhlükəsizlik Xidməti', 'Служба государственной безопасности']),
  org('Foreign Intelligence Service', 'AZ'),
  org('State Customs Committee', 'AZ', ['Dövlət Gömrük Komitəsi', 'Государственный таможенный комитет']),
  org('State Statistics Committee', 'AZ', ['State Statistical Committee', 'Dövlət Statistika Komitəsi']),
  org('State Examination Centre', 'AZ', ['State Examination Center', 'Dövlət İmtahan Mərkəzi', 'DİM']),
  org('Prosecutor General’s Office', 'AZ', [
    "Prosecutor General's Office",
    'Baş Prokurorluq',
    'Генпрокуратура',
    'Генеральная прокуратура',
  ]),
  org('Military Prosecutor’s Office', 'AZ', ["Military Prosecutor's Office", 'Hərbi Prokurorluq']),
  org('Azerbaijan Army', 'AZ', ['Azerbaijani Army', 'Azərbaycan Ordusu', 'Азербайджанская армия']),
  org('Azerbaijani Armed Forces', 'AZ', [
    'Azerbaijan Armed Forces',
    'Armed Forces of Azerbaijan',
    'Armed Forces of the Republic of Azerbaijan',
  ]),
  org('General Staff of the Azerbaijan Army', 'AZ', [
    'General Staff of the Azerbaijani Army',
    'General Staff of the Armed Forces of Azerbaijan',
  ]),
  org('Azerbaijani Air Force', 'AZ', ['Azerbaijan Air Force', 'Air Force of Azerbaijan']),
  org('Azerbaijani Navy', 'AZ', ['Azerbaijan Naval Forces', 'Naval Forces of Azerbaijan']),
  org('State Agency for Public Service and Social Innovations', 'AZ'),
  org('Azerbaijan National Academy of Sciences', 'AZ', ['ANAS', 'National Academy of Sciences of Azerbaijan', 'AMEA']),
  org('ADA University', 'AZ', ['ADA']),
  org('Baku State University', 'AZ', ['BSU', 'BDU']),
  org('Azerbaijan Airlines', 'AZ', ['AZAL']),
  org('Azerbaijan Railways', 'AZ', ['ADY', 'Azerbaijan Railways CJSC']),
  org('Azercell', 'AZ'),
  org('Kapital Bank', 'AZ'),
  org('PASHA Holding', 'AZ', ['PASHA Bank']),
  org('International Bank of Azerbaijan', 'AZ', ['IBA', 'ABB']),
  org('AzerEnerji', 'AZ', ['Azerenerji']),
  org('Azerishig', 'AZ', ['Azərişıq']),
  org('Azersu', 'AZ'),
  org('Azerigas', 'AZ'),
  org('New Azerbaijan Party', 'AZ', ['YAP', 'Yeni Azərbaycan Partiyası']),
  org('Musavat Party', 'AZ', ['Musavat']),
  org('Popular Front Party', 'AZ', ['Azerbaijan Popular Front Party', 'APFP', 'PFPA']),
  org('Heydar Aliyev Foundation', 'AZ', ['Heydar Aliyev Fondu']),
  org('Heydar Aliyev Center', 'AZ', ['Heydar Aliyev Centre', 'Heydər Əliyev Mərkəzi']),
  org('Azerbaijan National Carpet Museum', 'AZ', ['National Carpet Museum']),
  org('Caspian Shipping Company', 'AZ', ['ASCO']),
  org('Baku International Sea Trade Port', 'AZ', ['Port of Baku']),
  org('Azerbaijan Investment Holding', 'AZ'),
  org('State Migration Service', 'AZ'),
  org('Food Safety Agency', 'AZ', ['AFSA']),
  org('Karabakh Revival Fund', 'AZ'),
];

/**
 * Turkish state bodies, armed forces and defence companies.
 *
 * @example
 * ```ts
 * TURKISH_INSTITUTIONS.some((o) => o.name === 'Turkish Land Forces'); // true
 * ```
 */
export const TURKISH_INSTITUTIONS: readonly GazetteerEntry[] = [
  org('Turkish Armed Forces', 'TR', ['TAF', 'TSK', 'Armed Forces of Türkiye', 'Armed Forces of Turkey']),
  org('Turkish Land Forces', 'TR', [
    'Land Forces of Türkiye',
    'Land Forces of Turkey',
    'Land Forces of the Republic of Türkiye',
    'Land Forces of the Republic of Turkey',
    'Turkish Land Forces Command',
  ]),
  org('Turkish Naval Forces', 'TR', ['Turkish Navy']),
  org('Turkish Air Force', 'TR', ['Turkish Air Forces']),
  org('Turkish General Staff', 'TR', ['General Staff of the Turkish Armed Forces']),
  org('Grand National Assembly of Türkiye', 'TR', [
    'Grand National Assembly of Turkey',
    'Turkish Grand National Assembly',
    'TBMM',
  ]),
  org('National Defense University', 'TR', ['National Defence University', 'National Defense University of Türkiye']),
  org('Presidency of Defense Industries', 'TR', ['SSB', 'Defense Industry Agency']),
  org('Baykar', 'TR'),
  org('ASELSAN', 'TR', ['Aselsan']),
  org('Roketsan', 'TR'),
  org('Turkish Aerospace', 'TR', ['TUSAS', 'TAI', 'Turkish Aerospace Industries']),
  org('Turkish Airlines', 'TR', ['THY']),
  org('BOTAS', 'TR', ['BOTAŞ']),
  org('TPAO', 'TR', ['Turkish Petroleum']),
];

/**
 * International organisations and foreign institutions the outlets write about.
 *
 * @example
 * ```ts
 * INTERNATIONAL_ORGANIZATIONS.find((o) => o.name === 'United Nations')?.variants; // ['UN', …]
 * ```
 */
export const INTERNATIONAL_ORGANIZATIONS: readonly GazetteerEntry[] = [
  org('United Nations', undefined, ['UN', 'U.N.', 'United Nations Organization', 'ООН', 'BMT']),
  org('UN Security Council', undefined, ['United Nations Security Council', 'UNSC']),
  org('UN General Assembly', undefined, ['United Nations General Assembly', 'UNGA']),
  org('United Nations Development Programme', undefined, ['UNDP', 'UN Development Programme']),
  org('UNESCO'),
  org('UNICEF'),
  org('UNHCR', undefined, ['UN Refugee Agency']),
  org('World Health Organization', undefined, ['WHO']),
  org('International Committee of the Red Cross', undefined, ['ICRC', 'Red Cross']),
  org('NATO', undefined, ['North Atlantic Treaty Organization', 'НАТО']),
  org('European Union', undefined, ['EU', 'Евросоюз', 'Европейский союз', 'Avropa İttifaqı']),
  org('European Commission', undefined, ['Еврокомиссия', 'Avropa Komissiyası']),
  org('European Parliament', undefined, ['Европарламент', 'Avropa Parlamenti']),
  org('European Council'),
  org('Council of Europe', undefined, ['Совет Европы', 'Avropa Şurası']),
  org('Parliamentary Assembly of the Council of Europe', undefined, ['PACE', 'ПАСЕ', 'AŞPA']),
  org('Organization for Security and Co-operation in Europe', undefined, [
    'OSCE',
    'Organization for Security and Cooperation in Europe',
    'ОБСЕ',
    'ATƏT',
  ]),
  org('OSCE Minsk Group', undefined, ['Minsk Group']),
  org('Commonwealth of Independent States', undefined, ['CIS', 'СНГ', 'MDB']),
  org('Organization of Turkic States', undefined, [
    'OTS',
    'Turkic Council',
    'Türk Dövlətləri Təşkilatı',
    'Организация тюркских государств',
  ]),
  org('Organization of Islamic Cooperation', undefined, ['OIC', 'Organisation of Islamic Cooperation', 'İƏT']),
  org('Non-Aligned Movement', undefined, ['NAM', 'Движение неприсоединения', 'Qoşulmama Hərəkatı']),
  org('Economic Cooperation Organization', undefined, ['ECO']),
  org('Shanghai Cooperation Organisation', undefined, ['SCO', 'Shanghai Cooperation Organization', 'ШОС']),
  org('Collective Security Treaty Organization', undefined, ['CSTO', 'ОДКБ']),
  org('Black Sea Economic Cooperation', undefined, ['BSEC', 'Organization of the Black Sea Economic Cooperation']),
  org('GUAM'),
  org('BRICS'),
  org('ASEAN'),
  org('African Union'),
  org('Arab League', undefined, ['League of Arab States']),
  org('OPEC', undefined, ['OPEC+', 'ОПЕК']),
  org('World Bank', undefined, ['Всемирный банк', 'Dünya Bankı']),
  org('International Monetary Fund', undefined, ['IMF', 'МВФ', 'BVF']),
  org('Asian Development Bank', undefined, ['ADB']),
  org('European Bank for Reconstruction and Development', undefined, ['EBRD', 'ЕБРР']),
  org('Asian Infrastructure Investment Bank', undefined, ['AIIB']),
  org('World Trade Organization', undefined, ['WTO', 'ВТО']),
  org('International Court of Justice', undefined, ['ICJ']),
  org('European Court of Human Rights', undefined, ['ECHR', 'ЕСПЧ']),
  org('International Atomic Energy Agency', undefined, ['IAEA', 'МАГАТЭ']),
  org('International Energy Agency', undefined, ['IEA']),
  org('Interpol'),
  org('International Olympic Committee', undefined, ['IOC']),
  org('FIFA'),
  org('UEFA'),
  org('Gazprom', 'RU'),
  org('Rosneft', 'RU'),
  org('Lukoil', 'RU', ['LUKOIL']),
  org('Kremlin', 'RU', ['Кремль']),
  org('White House', 'US', ['Белый дом']),
  org('State Department', 'US', ['US State Department', 'U.S. State Department', 'Госдеп', 'Госдепартамент']),
  org('Pentagon', 'US'),
  org('BP', 'GB', ['British Petroleum']),
  org('TotalEnergies', 'FR'),
  org('Equinor', 'NO'),
  org('Trans Adriatic Pipeline', undefined, ['TAP', 'Trans-Adriatic Pipeline']),
  org('Trans-Anatolian Natural Gas Pipeline', 'TR', ['TANAP', 'Trans-Anatolian Pipeline']),
];

/**
 * The fields of ministries as written after `Ministry of` and before `Ministry` (`Defense Ministry`). Longer
 * forms first, so that `Ecology and Natural Resources` wins over `Ecology`.
 *
 * @example
 * ```ts
 * MINISTRY_TOPICS.find((t) => t.key === 'defense')?.forms.includes('Defence'); // true
 * ```
 */
export const MINISTRY_TOPICS: readonly MinistryTopic[] = [
  {
    key: 'defense',
    forms: ['National Defense', 'National Defence', 'Defense', 'Defence'],
    ru: ['обороны', 'национальной обороны'],
    ruShort: ['Минобороны'],
    az: ['Müdafiə', 'Milli Müdafiə'],
  },
  {
    key: 'foreign-affairs',
    forms: ['Foreign Affairs', 'Foreign'],
    expand: { Foreign: 'Foreign Affairs' },
    ru: ['иностранных дел'],
    ruShort: ['МИД', 'МИДа', 'МИДе'],
    az: ['Xarici İşlər'],
  },
  {
    key: 'internal-affairs',
    forms: ['Internal Affairs', 'Interior', 'Home Affairs'],
    ru: ['внутренних дел'],
    ruShort: ['МВД'],
    az: ['Daxili İşlər'],
  },
  {
    key: 'economy',
    forms: ['Economy', 'Economic Development', 'the Economy'],
    ru: ['экономики', 'экономического развития'],
    ruShort: ['Минэкономики'],
    az: ['İqtisadiyyat'],
  },
  {
    key: 'finance',
    forms: ['Finance', 'Finances', 'Treasury'],
    ru: ['финансов'],
    ruShort: ['Минфин'],
    az: ['Maliyyə'],
  },
  {
    key: 'energy',
    forms: ['Energy', 'Energy and Natural Resources'],
    ru: ['энергетики'],
    ruShort: ['Минэнерго'],
    az: ['Energetika'],
  },
  {
    key: 'ecology',
    forms: ['Ecology and Natural Resources', 'Ecology', 'Environment', 'Environment and Natural Resources'],
    ru: ['экологии и природных ресурсов', 'экологии'],
    az: ['Ekologiya və Təbii Sərvətlər', 'Ekologiya'],
  },
  {
    key: 'culture',
    forms: ['Culture', 'Culture and Tourism'],
    ru: ['культуры'],
    ruShort: ['Минкультуры'],
    az: ['Mədəniyyət'],
  },
  {
    key: 'science-education',
    forms: ['Science and Education', 'Education and Science', 'Education', 'National Education'],
    ru: ['науки и образования', 'образования'],
    ruShort: ['Минобразования'],
    az: ['Elm və Təhsil', 'Təhsil'],
  },
  {
    key: 'health',
    forms: ['Health', 'Healthcare', 'Public Health'],
    ru: ['здравоохранения'],
    ruShort: ['Минздрав'],
    az: ['Səhiyyə'],
  },
  { key: 'justice', forms: ['Justice'], ru: ['юстиции'], ruShort: ['Минюст'], az: ['Ədliyyə'] },
  {
    key: 'agriculture',
    forms: ['Agriculture', 'Agriculture and Forestry'],
    ru: ['сельского хозяйства'],
    ruShort: ['Минсельхоз'],
    az: ['Kənd Təsərrüfatı'],
  },
  {
    key: 'emergency',
    forms: ['Emergency Situations', 'Emergencies'],
    ru: ['по чрезвычайным ситуациям'],
    ruShort: ['МЧС'],
    az: ['Fövqəladə Hallar'],
  },
  {
    key: 'transport',
    forms: [
      'Digital Development and Transport',
      'Transport and Communications',
      'Transport and Infrastructure',
      'Transport',
      'Transportation',
    ],
    ru: ['цифрового развития и транспорта', 'транспорта'],
    ruShort: ['Минтранс'],
    az: ['Rəqəmsal İnkişaf və Nəqliyyat', 'Nəqliyyat'],
  },
  {
    key: 'labor',
    forms: [
      'Labor and Social Protection of Population',
      'Labour and Social Protection of Population',
      'Labor and Social Protection of the Population',
      'Labour and Social Protection of the Population',
      'Labor and Social Security',
      'Labor',
      'Labour',
    ],
    ru: ['труда и социальной защиты населения', 'труда'],
    az: ['Əmək və Əhalinin Sosial Müdafiəsi'],
  },
  {
    key: 'youth-sports',
    forms: ['Youth and Sports', 'Youth and Sport', 'Sports'],
    ru: ['молодежи и спорта', 'молодёжи и спорта'],
    az: ['Gənclər və İdman'],
  },
  { key: 'taxes', forms: ['Taxes'], ru: ['налогов'], az: ['Vergilər'] },
  { key: 'trade', forms: ['Trade', 'Trade and Industry', 'Industry and Technology', 'Industry'], ru: ['торговли'] },
  { key: 'tourism', forms: ['Tourism'], ru: ['туризма'] },
  { key: 'communications', forms: ['Communications', 'Communications and High Technologies'], ru: ['связи'] },
  { key: 'family', forms: ['Family and Social Services', 'Family and Social Policy'] },
  {
    key: 'construction',
    forms: [
      'Construction',
      'Urban Planning',
      'Environment and Urbanization',
      'Environment, Urbanization and Climate Change',
    ],
  },
];
