/**
 * The closed word classes the entity patterns rely on: the head nouns that type a capitalised phrase
 * (`… Ministry`, `… Summit`, `… Declaration`), words that are never names, speech verbs, surname endings and
 * Azerbaijani case suffixes. Data only.
 *
 * @module
 */

/**
 * Head nouns of organisation names (lower case): a capitalised phrase ending in one of them, or starting with
 * one followed by `of`/`for`/`on`, names an organisation.
 *
 * @example
 * ```ts
 * ORGANIZATION_HEADS.includes('committee'); // true
 * ```
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'ministry',
  'committee',
  'agency',
  'council',
  'court',
  'university',
  'academy',
  'institute',
  'college',
  'lyceum',
  'fund',
  'foundation',
  'centre',
  'center',
  'service',
  'bank',
  'office',
  'army',
  'forces',
  'force',
  'staff',
  'commission',
  'union',
  'organization',
  'organisation',
  'company',
  'corporation',
  'museum',
  'parliament',
  'assembly',
  'party',
  'presidency',
  'association',
  'federation',
  'chamber',
  'administration',
  'department',
  'directorate',
  'inspectorate',
  'police',
  'guard',
  'navy',
  'embassy',
  'consulate',
  'cabinet',
  'secretariat',
  'mission',
  'movement',
  'holding',
  'airlines',
  'railways',
  'bureau',
  'board',
  'society',
  'league',
  'alliance',
  'coalition',
  'front',
  'programme',
  'authority',
  'exchange',
  'hospital',
  'clinic',
  'library',
  'theatre',
  'theater',
  'philharmonic',
  'conservatory',
  'club',
  'group',
  'command',
  'troops',
  'reserve',
  'nazirliyi',
  'komitəsi',
  'agentliyi',
  'xidməti',
  'universiteti',
  'məhkəməsi',
  'министерство',
  'комитет',
  'агентство',
];

/**
 * Head nouns of place names (lower case): `Victory Park`, `Baku Olympic Stadium`, `Red Bridge`.
 *
 * @example
 * ```ts
 * PLACE_HEADS.includes('park'); // true
 * ```
 */
export const PLACE_HEADS: readonly string[] = [
  'park',
  'square',
  'street',
  'avenue',
  'boulevard',
  'bridge',
  'stadium',
  'arena',
  'airport',
  'port',
  'harbour',
  'palace',
  'monument',
  'memorial',
  'complex',
  'cemetery',
  'mosque',
  'church',
  'cathedral',
  'temple',
  'fortress',
  'castle',
  'tower',
  'towers',
  'alley',
  'mountain',
  'mountains',
  'mount',
  'lake',
  'river',
  'valley',
  'island',
  'islands',
  'peninsula',
  'gulf',
  'bay',
  'sea',
  'ocean',
  'station',
  'zone',
  'province',
  'region',
  'village',
  'settlement',
  'pavilion',
  'hall',
];

/**
 * Head nouns of event names (lower case): `Baku Jazz Festival`, `the 6th Summit of …`, `COP29 Conference`.
 *
 * @example
 * ```ts
 * EVENT_HEADS.includes('summit'); // true
 * ```
 */
export const EVENT_HEADS: readonly string[] = [
  'summit',
  'forum',
  'congress',
  'conference',
  'festival',
  'games',
  'olympiad',
  'championship',
  'championships',
  'cup',
  'tournament',
  'exhibition',
  'expo',
  'fair',
  'week',
  'biennale',
  'marathon',
  'rally',
  'grand prix',
  'war',
  'battle',
  'operation',
  'exercise',
  'exercises',
  'drills',
  'meeting',
  'session',
  'dialogue',
  'competition',
  'contest',
  'award',
  'ceremony',
  'day',
  'festivalı',
  'sammiti',
  'forumu',
  'konfransı',
  'саммит',
  'форум',
];

/**
 * Head nouns of document names (lower case): `Shusha Declaration`, `Paris Agreement`, `Action Plan`.
 *
 * @example
 * ```ts
 * DOCUMENT_HEADS.includes('declaration'); // true
 * ```
 */
export const DOCUMENT_HEADS: readonly string[] = [
  'declaration',
  'agreement',
  'treaty',
  'memorandum',
  'convention',
  'protocol',
  'charter',
  'accord',
  'accords',
  'pact',
  'plan',
  'programme',
  'program',
  'strategy',
  'concept',
  'roadmap',
  'statement',
  'communiqué',
  'communique',
  'resolution',
  'decree',
  'directive',
  'book',
  'bəyannaməsi',
  'bəyannamə',
  'saziş',
  'sazişi',
  'memorandumu',
  'декларация',
  'соглашение',
  'меморандум',
  'договор',
];

/**
 * Head nouns of legal acts (lower case): `Criminal Code`, `Law on Media`, `Constitution`.
 *
 * @example
 * ```ts
 * LAW_HEADS.includes('code'); // true
 * ```
 */
export const LAW_HEADS: readonly string[] = [
  'code',
  'law',
  'act',
  'constitution',
  'məcəlləsi',
  'qanunu',
  'кодекс',
  'закон',
];

/**
 * Words that are never part of a name even when capitalised: function words that start sentences, sentence
 * adverbs, pronouns, months and weekdays in English, Russian and Azerbaijani.
 *
 * @example
 * ```ts
 * NON_NAME_WORDS.has('moreover'); // true
 * ```
 */
export const NON_NAME_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  `a an the this that these those there here it its it's he she they we you i his her their our your my
  him them us me who whom whose which what when where why how whether while if unless although though because
  since as at by for from in into of off on onto out over to under until up upon with within without about
  above across after against along amid among around before behind below beneath beside besides between
  beyond but despite down during except inside like near next outside past per plus regarding round than
  through throughout toward towards via and or nor so yet also not no yes all any both each either every few
  many more most much neither none other others same several some such one two three four five six seven
  eight nine ten first second third fourth fifth last next previous new old earlier later meanwhile moreover
  furthermore however therefore thus hence accordingly additionally also besides consequently finally further
  indeed instead likewise nevertheless nonetheless otherwise similarly still subsequently then thereafter today
  yesterday tomorrow tonight now currently recently already again yet overall notably importantly specifically
  particularly especially generally usually normally initially ultimately eventually previously earlier lately
  according following during given regarding concerning including excluding considering speaking addressing
  welcoming highlighting emphasizing emphasising stressing noting expressing touching underlining recalling
  referring commenting answering responding turning pointing focusing speaking talking reflecting
  is are was were be been being have has had do does did will would shall should can could may might must
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri
  sat sun
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января февраля марта
  апреля мая июня июля августа сентября октября ноября декабря понедельник вторник среда четверг пятница
  суббота воскресенье
  yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr bazar çərşənbə cümə şənbə
  он она они мы вы это этот эта эти в на по с со к ко о об от до из за для при про и а но или также
  bu o onlar biz siz və ilə da də ki amma lakin həmçinin
  photo video source archive read more related news share comments`.split(/\s+/),
);

/**
 * Geographic adjectives that start place and institution names (`Central Bank`, `South Caucasus`) but never a
 * person's name.
 *
 * @example
 * ```ts
 * GEOGRAPHIC_WORDS.has('central'); // true
 * ```
 */
export const GEOGRAPHIC_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'caspian',
  'central',
  'western',
  'eastern',
  'northern',
  'southern',
  'north',
  'south',
  'east',
  'west',
  'middle',
  'upper',
  'lower',
  'greater',
  'new',
  'old',
]);

/**
 * Verbs of saying and meeting that follow a person's name (`Hasanov said`, `Dere also emphasized`).
 *
 * @example
 * ```ts
 * SPEECH_VERBS.has('noted'); // true
 * ```
 */
export const SPEECH_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'said',
  'says',
  'say',
  'noted',
  'notes',
  'told',
  'tells',
  'stated',
  'states',
  'stressed',
  'stresses',
  'emphasized',
  'emphasised',
  'emphasizes',
  'added',
  'adds',
  'underlined',
  'underscored',
  'highlighted',
  'explained',
  'believes',
  'believed',
  'thinks',
  'announced',
  'declared',
  'remarked',
  'recalled',
  'pointed',
  'wrote',
  'writes',
  'asked',
  'replied',
  'answered',
  'confirmed',
  'informed',
  'warned',
  'urged',
  'claimed',
  'argued',
  'commented',
  'expressed',
  'welcomed',
  'met',
  'received',
  'visited',
  'signed',
  'congratulated',
  'praised',
  'called',
  'mentioned',
  'spoke',
  'briefed',
  'assured',
  'insisted',
  'denied',
  'acknowledged',
  'conveyed',
  'extended',
  'reiterated',
  'hailed',
  'thanked',
  'discussed',
  'addressed',
  'attended',
  'chaired',
  'headed',
  'led',
  'presented',
  'proposed',
  'suggested',
  'stressed',
  'заявил',
  'заявила',
  'отметил',
  'отметила',
  'сказал',
  'сказала',
  'сообщил',
  'сообщила',
  'подчеркнул',
  'подчеркнула',
  'bildirib',
  'deyib',
  'qeyd',
  'vurğulayıb',
]);

/**
 * Adverbs and auxiliaries that may stand between a name and its speech verb (`Dere also emphasized`).
 *
 * @example
 * ```ts
 * VERB_FILLERS.has('also'); // true
 * ```
 */
export const VERB_FILLERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'also',
  'has',
  'had',
  'have',
  'then',
  'further',
  'later',
  'again',
  'once',
  'in',
  'turn',
  'recently',
  'earlier',
  'previously',
  'personally',
  'himself',
  'herself',
  'specifically',
  'particularly',
  'especially',
  'strongly',
  'firmly',
  'repeatedly',
  'also,',
]);

/**
 * Endings of surnames common in the region (Azerbaijani, Turkish, Russian, Georgian, Armenian, Central Asian),
 * lower case. Two capitalised words whose second ends so read as a person's name.
 *
 * @example
 * ```ts
 * SURNAME_ENDINGS.includes('yev'); // true
 * ```
 */
export const SURNAME_ENDINGS: readonly string[] = [
  'ov',
  'ova',
  'ev',
  'eva',
  'yev',
  'yeva',
  'zade',
  'zadeh',
  'zada',
  'zadə',
  'oglu',
  'oğlu',
  'ogly',
  'li',
  'lı',
  'lu',
  'lü',
  'ly',
  'shvili',
  'dze',
  'ian',
  'yan',
  'enko',
  'ko',
  'sky',
  'ski',
  'skiy',
  'skaya',
  'ovich',
  'evich',
  'ovna',
  'evna',
  'ayev',
  'iyev',
  'ova',
  'yeva',
  'ienė',
  'aitė',
  'ytė',
  'ić',
  'ič',
  'ов',
  'ова',
  'ев',
  'ева',
  'ин',
  'ина',
  'ко',
  'ский',
  'ская',
  'ли',
  'заде',
];

/**
 * The Azerbaijani case endings a head noun in its possessive form takes (`Festivalı` → `Festivalının`,
 * `Nazirliyi` → `Nazirliyində`), by the possessive vowel they follow (vowel harmony): genitive, dative,
 * accusative, locative, ablative. Head phrases are recognised in these forms and named in the base form.
 *
 * @example
 * ```ts
 * AZ_HEAD_CASE_ENDINGS.ı.includes('nın'); // true: Beynəlxalq Musiqi Festivalının
 * ```
 */
export const AZ_HEAD_CASE_ENDINGS: Readonly<Record<'ı' | 'i' | 'u' | 'ü', readonly string[]>> = {
  ı: ['nın', 'na', 'nı', 'nda', 'ndan'],
  i: ['nin', 'nə', 'ni', 'ndə', 'ndən'],
  u: ['nun', 'na', 'nu', 'nda', 'ndan'],
  ü: ['nün', 'nə', 'nü', 'ndə', 'ndən'],
};

/**
 * Azerbaijani case and possessive suffixes (`Şuşada`, `Bakının`, `EDnews-a`), longest first, so that a name in
 * the gazetteer is found under them.
 *
 * @example
 * ```ts
 * AZ_SUFFIXES.includes('da'); // true
 * ```
 */
export const AZ_SUFFIXES: readonly string[] = [
  'dakı',
  'dəki',
  'dan',
  'dən',
  'nın',
  'nin',
  'nun',
  'nün',
  'ın',
  'in',
  'un',
  'ün',
  'da',
  'də',
  'ya',
  'yə',
  'nı',
  'ni',
  'nu',
  'nü',
  'ı',
  'i',
  'u',
  'ü',
  'a',
  'ə',
  'la',
  'lə',
];

/**
 * Words that join the parts of a long capitalised name (`Ministry of Defense`, `Alley of Honor`,
 * `Organization for Security and Co-operation in Europe`).
 *
 * @example
 * ```ts
 * NAME_CONNECTORS.has('of'); // true
 * ```
 */
export const NAME_CONNECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'of',
  'for',
  'on',
  'and',
  'the',
  'in',
  'to',
  '&',
  'de',
  'du',
  'la',
]);

/**
 * Lower-case words that, right before a quoted title, make it a document (`the agreement "On …"`) or a law
 * (`the Law "On Media"`).
 *
 * @example
 * ```ts
 * QUOTE_DOCUMENT_CUES.get('law'); // 'law'
 * ```
 */
export const QUOTE_DOCUMENT_CUES: ReadonlyMap<string, 'document' | 'law'> = /* @__PURE__ */ new Map([
  ['agreement', 'document'],
  ['memorandum', 'document'],
  ['declaration', 'document'],
  ['treaty', 'document'],
  ['plan', 'document'],
  ['program', 'document'],
  ['programme', 'document'],
  ['strategy', 'document'],
  ['concept', 'document'],
  ['protocol', 'document'],
  ['roadmap', 'document'],
  ['decree', 'document'],
  ['order', 'document'],
  ['document', 'document'],
  ['law', 'law'],
  ['code', 'law'],
  ['соглашение', 'document'],
  ['меморандум', 'document'],
  ['закон', 'law'],
  ['закона', 'law'],
  ['sazişi', 'document'],
  ['qanunu', 'law'],
  ['qanun', 'law'],
]);

/**
 * Ordinal words that may start an event name (`Second Karabakh War`, `First European Games`).
 *
 * @example
 * ```ts
 * ORDINAL_WORDS.has('sixth'); // true
 * ```
 */
export const ORDINAL_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
]);

/**
 * Words right before an outlet's name that show it is cited as a source (`told Report`, `citing Trend`).
 *
 * @example
 * ```ts
 * CITATION_BEFORE.has('citing'); // true
 * ```
 */
export const CITATION_BEFORE: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'told',
  'tells',
  'citing',
  'cited',
  'by',
  'to',
  'newspaper',
  'agency',
  'outlet',
  'portal',
  'website',
  'sayt',
  'газета',
  'агентство',
  'сообщает',
]);

/**
 * Words right after an outlet's name that show it is cited as a source (`Trend reports`, `Kaspiy writes`).
 *
 * @example
 * ```ts
 * CITATION_AFTER.has('reports'); // true
 * ```
 */
export const CITATION_AFTER: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'reports',
  'reported',
  'writes',
  'wrote',
  'says',
  'said',
  'informs',
  'publishes',
  'published',
  'notes',
  'quotes',
  'cites',
  'citing',
  'news',
  'agency',
  'newspaper',
  'learned',
  'learnt',
  'сообщает',
  'пишет',
  'xəbər',
]);

/**
 * Lower-case nouns after a list of place names that make them places (`the Shamkir, Goranboy and Imishli
 * districts`), and before `of` + a name (`the city of Ganja`).
 *
 * @example
 * ```ts
 * PLACE_NOUNS.has('district'); // true
 * ```
 */
export const PLACE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'district',
  'districts',
  'region',
  'regions',
  'rayon',
  'city',
  'cities',
  'town',
  'village',
  'villages',
  'settlement',
  'province',
  'port',
  'rayonu',
  'şəhəri',
  'şəhərində',
  'kəndi',
]);

/**
 * Place nouns that name one settlement before `of` + its name (`the city of Ganja`, `the port of Alat`); a
 * district or region is named the other way round (`Gubadly district`).
 *
 * @example
 * ```ts
 * SETTLEMENT_NOUNS.has('village'); // true
 * ```
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'city',
  'town',
  'village',
  'port',
  'settlement',
]);

/**
 * Words for relatives and peers that mark a person (`his father, Ilgar Aliyev`) but are not the person's role.
 *
 * @example
 * ```ts
 * RELATION_WORDS.has('father'); // true
 * ```
 */
export const RELATION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'father',
  'mother',
  'son',
  'daughter',
  'wife',
  'husband',
  'brother',
  'sister',
  'counterpart',
  'colleague',
  'defendants',
]);

/**
 * Lower-case nouns that make the capitalised name before them an organisation (`the Ganja Tikinti construction
 * company`), or after which an appositive name is one (`The company, Yasamal Tikinti, …`,
 * `the newspaper Yeni Musavat`).
 *
 * @example
 * ```ts
 * ORGANIZATION_NOUNS.has('company'); // true
 * ```
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'company',
  'companies',
  'firm',
  'corporation',
  'bank',
  'factory',
  'enterprise',
  'startup',
  'llc',
  'ojsc',
  'cjsc',
  'newspaper',
  'agency',
  'channel',
  'portal',
  'magazine',
  'party',
  'movement',
  'association',
  'foundation',
  'club',
  'operator',
  'airline',
  'developer',
  'contractor',
]);

/**
 * Lower-case heads of descriptive document names (`the agreement on strategic partnership in the field of green
 * energy`, `a memorandum of understanding on cooperation in …`), which run from the head to the first of
 * {@link DOCUMENT_STOP_WORDS} or punctuation.
 *
 * @example
 * ```ts
 * DOCUMENT_NOUNS.has('memorandum'); // true
 * ```
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'agreement',
  'memorandum',
  'treaty',
  'protocol',
  'convention',
  'declaration',
  'roadmap',
  'accord',
  'contract',
]);

/**
 * Words that end a descriptive document name (`… green energy between Azerbaijan …`, `… sector signed with …`).
 *
 * @example
 * ```ts
 * DOCUMENT_STOP_WORDS.has('signed'); // true
 * ```
 */
export const DOCUMENT_STOP_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'between',
  'with',
  'signed',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'has',
  'have',
  'had',
  'that',
  'which',
  'who',
  'by',
  'at',
  'to',
  'and',
  'as',
  'from',
  'during',
  'after',
  'before',
  'until',
  'since',
  'reached',
  'concluded',
  'adopted',
  'approved',
  'ratified',
  'last',
  'this',
  'next',
  'on',
]);
