/**
 * News outlets and agencies, as cited in bodies (`Trend reports`, `told Turan`, `Anadolu Agency`). They are
 * organisations, never people. Data only.
 *
 * @module
 */
import type { GazetteerEntry } from './types.js';

const outlet = (
  name: string,
  country: string,
  variants?: readonly string[],
  more?: Partial<GazetteerEntry>,
): GazetteerEntry => ({
  type: 'organization',
  name,
  country,
  ...(variants ? { variants } : {}),
  ...more,
});

/**
 * Outlets and agencies. Names that are also ordinary words (`Trend`, `Report`, `Sabah`) match only with their
 * exact case where the text cites them (`Trend reports`, `told Report`).
 *
 * @example
 * ```ts
 * OUTLETS.find((o) => o.name === 'AZERTAC')?.variants; // ['Azertac', 'AzerTag', …]
 * ```
 */
export const OUTLETS: readonly GazetteerEntry[] = [
  outlet('Turan', 'AZ', ['Turan News Agency', 'Turan Information Agency', 'Туран', 'ИА Туран']),
  outlet('Trend', 'AZ', ['Trend News Agency', 'Тренд'], { caseSensitive: true, citedOnly: true }),
  outlet('APA', 'AZ', ['APA Information Agency', 'APA-Economics'], { caseSensitive: true }),
  outlet('AZERTAC', 'AZ', ['Azertac', 'AzerTag', 'Azertag', 'AzərTac', 'АЗЕРТАДЖ', 'Azerbaijan State News Agency']),
  outlet('Report', 'AZ', ['Report.az', 'Report News Agency'], { caseSensitive: true, citedOnly: true }),
  outlet('News.az', 'AZ', ['News.Az', 'NEWS.AZ', 'Newsaz']),
  outlet('Azernews', 'AZ', ['AzerNews', 'Azernews.az', 'Azernews.Az', 'AzerNews.az']),
  outlet('EDnews', 'AZ', ['EDNews', 'Ednews', 'EDnews.net', 'ednews.net']),
  outlet('Caliber', 'AZ', ['Caliber.az', 'Caliber.Az'], { caseSensitive: true, citedOnly: true }),
  outlet('Day.az', 'AZ', ['Day.Az']),
  outlet('Oxu.az', 'AZ', ['Oxu.Az']),
  outlet('Qafqazinfo', 'AZ', ['Qafqazinfo.az']),
  outlet('AzVision', 'AZ', ['AzVision.az']),
  outlet('Sputnik Azerbaijan', 'AZ', ['Sputnik'], { caseSensitive: true }),
  outlet('Interfax-Azerbaijan', 'AZ', ['Интерфакс-Азербайджан']),
  outlet('Vestnik Kavkaza', 'RU', ['Вестник Кавказа']),
  outlet('Yeni Musavat', 'AZ', ['Yeni Müsavat']),
  outlet('Azadliq', 'AZ', ['Azadlıq'], { caseSensitive: true, citedOnly: true }),
  outlet('Respublika', 'AZ', ['Республика'], { caseSensitive: true, citedOnly: true }),
  outlet('525-ci qazet', 'AZ', ['525th Newspaper', '525-ci Qəzet', '525-ci qəzet']),
  outlet('Kaspiy', 'AZ', ['Каспий'], { caseSensitive: true, citedOnly: true }),
  outlet('Zerkalo', 'AZ', ['Зеркало'], { caseSensitive: true, citedOnly: true }),
  outlet('Bizim Yol', 'AZ'),
  outlet('Xalq qazeti', 'AZ', ['Khalq gazeti', 'Xalq Qəzeti']),
  outlet('Meydan TV', 'AZ'),
  outlet('Toplum TV', 'AZ'),
  outlet('Anadolu Agency', 'TR', ['Anadolu', 'AA', 'Anadolu Ajansı', 'Анадолу']),
  outlet('TRT', 'TR', ['TRT Haber', 'TRT World']),
  outlet('Daily Sabah', 'TR'),
  outlet('Hurriyet', 'TR', ['Hürriyet', 'Hurriyet Daily News']),
  outlet('Milliyet', 'TR'),
  outlet('Haberturk', 'TR', ['Habertürk']),
  outlet('TASS', 'RU', ['ТАСС']),
  outlet('RIA Novosti', 'RU', ['РИА Новости']),
  outlet('Interfax', 'RU', ['Интерфакс']),
  outlet('Kommersant', 'RU', ['Коммерсантъ']),
  outlet('RBC', 'RU', ['РБК']),
  outlet('Reuters', 'GB', ['Рейтер']),
  outlet('BBC', 'GB', ['BBC News', 'Би-би-си']),
  outlet('Financial Times', 'GB', ['FT']),
  outlet('The Guardian', 'GB'),
  outlet('AFP', 'FR', ['Agence France-Presse', 'France-Presse']),
  outlet('Euronews', 'FR'),
  outlet('Associated Press', 'US', ['AP'], { caseSensitive: true }),
  outlet('Bloomberg', 'US'),
  outlet('CNN', 'US'),
  outlet('The New York Times', 'US', ['New York Times']),
  outlet('The Washington Post', 'US', ['Washington Post']),
  outlet('Politico', 'US'),
  outlet('Eurasianet', 'US'),
  outlet('Radio Liberty', 'US', ['Radio Free Europe', 'RFE/RL', 'Azadliq Radio']),
  outlet('Al Jazeera', 'QA'),
  outlet('Xinhua', 'CN', ['Синьхуа']),
  outlet('IRNA', 'IR'),
];
