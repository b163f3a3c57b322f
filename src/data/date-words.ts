/**
 * Words the mentioned-date finder needs besides the month names of `months.ts`: Russian month forms other
 * than the genitive and nominative, weekday names in Russian and Azerbaijani, English number words, units
 * that show a four-digit number is a quantity and not a year, and the words that tell a sentence speaks
 * of the future or the past. Data only.
 *
 * @module
 */

/**
 * Russian month names in the prepositional case (`в марте`), index 0 = January.
 *
 * @example
 * ```ts
 * RUSSIAN_MONTHS_PREPOSITIONAL[2]; // 'марте'
 * ```
 */
export const RUSSIAN_MONTHS_PREPOSITIONAL: readonly string[] = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];

/**
 * Russian weekday forms that name a day in running text: the accusative after `в`/`во` (`во вторник`,
 * `в среду`) and the nominatives that are not ordinary words too (`среда` is also "environment",
 * `пятница`/`суббота` as nominatives almost never date an event). Sunday first (index = weekday number).
 *
 * @example
 * ```ts
 * RUSSIAN_WEEKDAYS[3]; // ['среду']
 * ```
 */
export const RUSSIAN_WEEKDAYS: readonly (readonly string[])[] = [
  ['воскресенье'],
  ['понедельник'],
  ['вторник'],
  ['среду'],
  ['четверг'],
  ['пятницу'],
  ['субботу'],
];

/**
 * Azerbaijani weekday names, Sunday first (index = weekday number). `bazar` alone is "market", so Sunday
 * needs `günü`.
 *
 * @example
 * ```ts
 * AZERBAIJANI_WEEKDAYS[1]; // ['bazar ertəsi']
 * ```
 */
export const AZERBAIJANI_WEEKDAYS: readonly (readonly string[])[] = [
  ['bazar günü'],
  ['bazar ertəsi'],
  ['çərşənbə axşamı'],
  ['çərşənbə'],
  ['cümə axşamı'],
  ['cümə'],
  ['şənbə'],
];

/**
 * English number words for `two days ago`, value = index (`a`/`an` are handled as 1 by the pattern).
 *
 * @example
 * ```ts
 * ENGLISH_NUMBER_WORDS.indexOf('three'); // 3
 * ```
 */
export const ENGLISH_NUMBER_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/**
 * Words that, right after a four-digit number, make it a quantity (`in 2000 villages`, `of 1500 people`)
 * rather than a year.
 *
 * @example
 * ```ts
 * QUANTITY_WORDS.includes('hectares'); // true
 * ```
 */
export const QUANTITY_WORDS: readonly string[] = [
  'people',
  'persons',
  'residents',
  'citizens',
  'families',
  'children',
  'soldiers',
  'servicemen',
  'troops',
  'students',
  'pupils',
  'teachers',
  'workers',
  'employees',
  'specialists',
  'participants',
  'visitors',
  'tourists',
  'refugees',
  'houses',
  'homes',
  'apartments',
  'flats',
  'buildings',
  'schools',
  'villages',
  'hectares',
  'ha',
  'tons',
  'tonnes',
  'kilometers',
  'kilometres',
  'km',
  'meters',
  'metres',
  'units',
  'vehicles',
  'cars',
  'trucks',
  'pieces',
  'items',
  'copies',
  'cases',
  'jobs',
  'places',
  'seats',
  'companies',
  'enterprises',
  'projects',
  'mines',
  'manats',
  'manat',
  'azn',
  'dollars',
  'usd',
  'euros',
  'eur',
  'rubles',
  'roubles',
  'liras',
  'barrels',
  'cubic',
  'square',
  'sq',
  'percent',
  'per',
  'years',
  'months',
  'days',
  'hours',
  'minutes',
  'times',
];

/**
 * Single words that put a clause in the future (English, Russian, Azerbaijani), lower case. Phrases
 * (`going to`, `expected to`, `to be held`, `nəzərdə tutulur`, `next` but not `next to`) and the Azerbaijani
 * future suffix `-acaq`/`-əcək` are recognised in `future.ts`.
 *
 * @example
 * ```ts
 * FUTURE_WORDS.includes('will'); // true
 * ```
 */
export const FUTURE_WORDS: readonly string[] = [
  'will',
  'shall',
  "won't",
  'won’t',
  'would',
  'scheduled',
  'slated',
  'planned',
  'planning',
  'upcoming',
  'forthcoming',
  'будет',
  'будут',
  'буду',
  'будем',
  'будете',
  'состоится',
  'состоятся',
  'пройдет',
  'пройдёт',
  'пройдут',
  'предстоит',
  'ожидается',
  'ожидаются',
  'откроется',
  'откроются',
  'начнется',
  'начнётся',
  'посетит',
  'посетят',
  'planlaşdırılır',
  'gələn',
  'növbəti',
  'qarşıdakı',
];

/**
 * Word beginnings that put a clause in the future (Russian participles and adjectives: `планируется`,
 * `предстоящий`, `следующий` …).
 *
 * @example
 * ```ts
 * FUTURE_STEMS.some((s) => 'планируется'.startsWith(s)); // true
 * ```
 */
export const FUTURE_STEMS: readonly string[] = [
  'планиру',
  'намечен',
  'запланирован',
  'предстоящ',
  'следующ',
  'ближайш',
];

/**
 * Single words that put a clause in the past for certain (finite past forms and past-time words), lower case.
 *
 * @example
 * ```ts
 * PAST_WORDS.includes('said'); // true
 * ```
 */
export const PAST_WORDS: readonly string[] = [
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'noted',
  'stated',
  'added',
  'announced',
  'reported',
  'declared',
  'signed',
  'met',
  'took',
  'began',
  'held',
  'received',
  'visited',
  'opened',
  'ago',
  'earlier',
  'yesterday',
  'previously',
  'recently',
  'already',
  'был',
  'была',
  'было',
  'были',
  'состоялся',
  'состоялась',
  'состоялось',
  'состоялись',
  'вчера',
  'назад',
  'ранее',
  'dünən',
  'ötən',
  'keçən',
  'əvvəl',
  'öncə',
];

/**
 * Word beginnings that put a clause in the past for certain (Russian verbs of saying and doing:
 * `заявил`, `сообщила`, `прошлом` …).
 *
 * @example
 * ```ts
 * PAST_STEMS.some((s) => 'сообщили'.startsWith(s)); // true
 * ```
 */
export const PAST_STEMS: readonly string[] = [
  'заявил',
  'сообщил',
  'отметил',
  'сказал',
  'принял',
  'подписал',
  'обсудил',
  'прошл',
];

/**
 * Endings of past forms, weaker evidence than {@link PAST_WORDS} (an English `-ed` may be an adjective):
 * Russian `-л`, `-ли`, `-лся` …, Azerbaijani `-dı`, `-ib`, `-mış` … (with `-dır`/`-lar` after them).
 *
 * @example
 * ```ts
 * PAST_ENDINGS.some((e) => 'bildirib'.endsWith(e)); // true
 * ```
 */
export const PAST_ENDINGS: readonly string[] = [
  'ed',
  'л',
  'ла',
  'ло',
  'ли',
  'лся',
  'лась',
  'лось',
  'лись',
  ...['dı', 'di', 'du', 'dü', 'ıb', 'ib', 'ub', 'üb', 'mış', 'miş', 'muş', 'müş'].flatMap((e) => [
    e,
    `${e}dır`,
    `${e}dir`,
    `${e}dur`,
    `${e}dür`,
    `${e}lar`,
    `${e}lər`,
  ]),
];

/**
 * Conjunctions that begin a new clause (a clause's tense is read apart from its neighbours').
 *
 * @example
 * ```ts
 * CLAUSE_WORDS.includes('that'); // true
 * ```
 */
export const CLAUSE_WORDS: readonly string[] = [
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'but',
  'and',
  'although',
  'because',
];

/**
 * English words ending in `-ed` that are not past verbs, or are participles so often used as adjectives that
 * they say nothing about tense.
 *
 * @example
 * ```ts
 * NOT_PAST_ED.includes('united'); // true
 * ```
 */
export const NOT_PAST_ED: readonly string[] = [
  'hundred',
  'indeed',
  'need',
  'speed',
  'seed',
  'feed',
  'united',
  'armed',
  'allied',
  'related',
  'based',
  'limited',
  'advanced',
  'detailed',
  'dedicated',
  'red',
  'bed',
  'shed',
  'wed',
  'elected',
  'interested',
  'concerned',
  'qualified',
  'skilled',
  'experienced',
];

/**
 * Nouns after `today's` that make `today` the publication day rather than "nowadays" (`today's hearing`
 * against `today's world`).
 *
 * @example
 * ```ts
 * TODAY_EVENT_NOUNS.includes('hearing'); // true
 * ```
 */
export const TODAY_EVENT_NOUNS: readonly string[] = [
  'meeting',
  'meetings',
  'hearing',
  'session',
  'sitting',
  'talks',
  'negotiations',
  'consultations',
  'briefing',
  'press conference',
  'conference',
  'summit',
  'forum',
  'visit',
  'ceremony',
  'event',
  'events',
  'match',
  'game',
  'vote',
  'election',
  'elections',
  'trial',
  'court session',
  'decision',
  'statement',
  'speech',
  'address',
  'exercises',
  'drills',
  'protest',
  'rally',
];

/**
 * Words that name a year relative to the reference before `year`/`года`/`ilin` (`in January last year`,
 * `в марте прошлого года`, `ötən ilin yanvar ayında`), lower case → the years from the reference's.
 *
 * @example
 * ```ts
 * RELATIVE_YEAR_WORDS['прошлого']; // -1
 * ```
 */
export const RELATIVE_YEAR_WORDS: Readonly<Record<string, number>> = {
  last: -1,
  previous: -1,
  this: 0,
  current: 0,
  next: 1,
  прошлого: -1,
  этого: 0,
  текущего: 0,
  нынешнего: 0,
  следующего: 1,
  будущего: 1,
  ötən: -1,
  keçən: -1,
  bu: 0,
  cari: 0,
  gələn: 1,
};
