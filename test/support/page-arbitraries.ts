/**
 * fast-check arbitraries for page text: hostile Unicode, lines in the outlets' formats (docs/outlets.md) with
 * random dates, names and noise, whole random pages built of such lines, and mutations of real pages.
 */
import fc from 'fast-check';

/** Characters that stress normalisation and offsets: marks, RTL, zero-width, odd spaces and breaks, astral. */
export const TRICKY_CHARS = [
  '\u0301', // combining acute
  '\u0327', // combining cedilla
  '\u0308', // combining diaeresis
  '\u0338', // combining long solidus overlay
  '\u05D0', // Hebrew alef (RTL)
  '\u0627', // Arabic alef (RTL)
  '\u202E', // right-to-left override
  '\u200F', // right-to-left mark
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // BOM / zero-width no-break space
  '\u00AD', // soft hyphen
  '\u00A0', // NBSP
  '\u2009', // thin space
  '\u202F', // narrow NBSP
  '\u3000', // ideographic space
  '\r',
  '\n',
  '\r\n',
  '\u0085', // NEL
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\t',
  '😀', // astral
  '𝔸', // astral letter
  '👩‍👩‍👧', // ZWJ sequence
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  'ə',
  'Ə',
  'İ',
  'ı',
  'ş',
  'Ж',
  'й',
  'e\u0301',
  'Å',
  'Å', // Angstrom sign: NFC changes it
  'ﬁ',
  '\u0958', // Devanagari qa: excluded from composition, NFC writes it as two characters
  '\uFB2C', // Hebrew shin with dagesh and shin dot: NFC writes it as three characters
  '\u0344', // combining Greek dialytika tonos: NFC writes it as two marks
  '\u1100', // Hangul choseong kiyeok (a letter, not a mark) …
  '\u1161', // … jungseong a …
  '\u11A8', // … jongseong kiyeok: the three compose to one syllable
] as const;

const ASCII_BITS = [
  ' ',
  '.',
  ',',
  ':',
  '/',
  '-',
  '–',
  '—',
  '"',
  '“',
  '”',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '0',
  '7',
  '9',
  'A',
  'B',
  'a',
  'z',
] as const;

/** Strings of tricky characters mixed with ASCII punctuation, letters and digits. */
export const trickyString = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      { arbitrary: fc.constantFrom(...TRICKY_CHARS), weight: 3 },
      { arbitrary: fc.constantFrom(...ASCII_BITS), weight: 3 },
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
    ),
    maxLength,
  });

const FIRST = ['Vugar', 'Madina', 'Zakir', 'Yaşar', 'Ильхам', 'Kamran', 'Aysel', 'Farid', 'Nigar', 'Elmar'];
const LAST = [
  'Khalilov',
  'Mammadova',
  'Hasanov',
  'Güler',
  'Алиев',
  'Bayramli',
  'Nasirli',
  'Əliyeva',
  "O'Neil",
  'Al-Khalifa',
];
const WORDS = [
  'the',
  'minister',
  'said',
  'Azerbaijan',
  'Kazakhstan',
  'Baku',
  'on',
  'Monday',
  'talks',
  'of',
  'cooperation',
  'in',
  'energy',
  'and',
  'defense',
  'a',
  'meeting',
  'was',
  'held',
  'with',
  'Türkiye',
  'parliament',
  'budget',
  'gas',
  'exports',
  'Milli',
  'Majlis',
  'SOCAR',
  'U.S.',
  'Z.Hasanov',
  'COP29',
  '2024',
  '30.1',
  'million',
  'Президент',
  'встретился',
  'müdafiə',
  'naziri',
  'Xankəndi',
  'News.Az',
  'Trend',
  'APA',
  'AZERTAC',
];
const MONTHS = ['January', 'February', 'March', 'October', 'Oct.', 'октября', 'oktyabr', 'Avqust', 'Smarch', 'May'];
const WEEKDAYS = ['Monday', 'Thursday', 'Sunday', 'Funday'];
const SECTIONS = ['Politics', 'Foreign Policy', 'Economy', 'Society', 'Difficult question', 'Политика', 'Region'];
const CODES = ['-0-', '-05C-', '-06B-', '-06D--', '–0--', '---06B---', '—06d--'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const int = (min: number, max: number) => fc.integer({ min, max });
const two = (n: number) => String(n).padStart(2, '0');

export const personName = fc.tuple(pick(FIRST), pick(LAST)).map(([f, l]) => `${f} ${l}`);

/** A sentence of 1 to 30 words, ending with a period most of the time. */
export const sentence = fc
  .tuple(fc.array(pick(WORDS), { minLength: 1, maxLength: 30 }), pick(['.', '.', '.', '', '?', '…', '."', ':']))
  .map(([ws, end]) => {
    const s = ws.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}${end}`;
  });

/** A headline-like line: a few capitalised words, maybe a `[PHOTO]` marker, maybe a final period. */
export const titleLine = fc
  .tuple(
    fc.array(pick(WORDS), { minLength: 2, maxLength: 12 }),
    pick(['', '', ' [PHOTO]', ' [PHOTOS/VIDEO]', '.', '?']),
  )
  .map(([ws, tail]) => `${ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')}${tail}`);

// Dates with values in and out of range, so that the date parsers see invalid days, months and times.
const dmy = fc.tuple(int(0, 39), pick(MONTHS), int(1899, 2101)).map(([d, m, y]) => `${d} ${m} ${y}`);
const hm = fc.tuple(int(0, 29), int(0, 69)).map(([h, m]) => `${h}:${two(m)}`);
const dotted = fc.tuple(int(0, 35), int(0, 14), int(1999, 2031)).map(([d, m, y]) => `${two(d)}.${two(m)}.${y}`);
const shortDotted = fc.tuple(int(0, 35), int(0, 14), int(0, 99)).map(([d, m, y]) => `${two(d)}.${two(m)}.${two(y)}`);

/** One line in one of the outlets' formats, or body text. */
export const outletLine: fc.Arbitrary<string> = fc.oneof(
  // Turan
  fc
    .tuple(
      pick(['Baku', 'Баку', 'Ganja', 'New York']),
      shortDotted,
      pick(['Turan', 'Туран']),
      pick([' ', ' / ', '/']),
      sentence,
    )
    .map(([place, d, agency, sep, s]) => `${place}${sep}${d}${sep}${agency}: ${s}`),
  fc.tuple(dmy, hm).map(([d, t]) => `- ${d} ${t}`),
  fc.tuple(dmy, hm).map(([d, t]) => `- ${d}, ${t}`),
  fc.constant('-'),
  pick(SECTIONS).map((s) => `- ${s}`),
  pick(SECTIONS),
  pick(['Leave a review', 'Написать отзыв', 'Follow us on social networks', 'In Focus', 'News Line']),
  pick([
    'Please login or subscribe to read more',
    'mod.gov.az',
    'Açiq mənbələrdən foto.',
    'The minister in Ankara. Archive',
  ]),
  fc.tuple(sentence, pick(CODES), pick([' ', ''])).map(([s, c, sp]) => `${s}${sp}${c}`),
  // Azernews
  pick(['Azernews.Az', '---', 'Follow us on Twitter @AzerNewsAz', 'Slider Image 1', 'Loading...', 'Latest See more']),
  fc.tuple(pick(WEEKDAYS), pick(MONTHS), int(0, 35), int(1999, 2031)).map(([w, m, d, y]) => `${w} ${m} ${d} ${y}`),
  fc.tuple(dmy, hm).map(([d, t]) => `${d} ${t} (UTC+04:00)`),
  dmy,
  personName.map((n) => `By ${n}`),
  pick(['By Trend', 'By AZERTAC', 'By']),
  personName,
  personName.map((n) => `${n} is AzerNews' staff journalist, follow her on Twitter: @azernews_${n.length}`),
  titleLine.map((t) => `${t} - Gallery Image`),
  // EDnews
  fc.tuple(pick(SECTIONS), hm, dotted).map(([s, t, d]) => `${s} ${t} ${d}`),
  fc.tuple(hm, dotted).map(([t, d]) => `${t} ${d}`),
  personName.map((n) => `${n}//EDnews`),
  fc.tuple(sentence, personName).map(([s, n]) => `${s} ${n}//EDnews`),
  pick(['\u00A0', '\u00A0\u00A0\u00A0', 'News line', 'Hamısı', 'Xəbər lenti']),
  // News.az
  pick(['+ ↺ − 16 px', 'News.Az', 'You Might Also Like', 'Analytic group of News.Az', 'Photo: AZERTAC']),
  titleLine.map((t) => `+ ↺ − 16 px ${t}`),
  sentence.map((s) => `${s} News.Az reports.`),
  // Foreign outlets' markers (pasted footers, quotes)
  pick(['Trend reports', 'REPORT.AZ/', 'Caliber.az © 2024', 'The Azerbaijan State News Agency', 'Latest news']),
  // Body text, headlines, noise
  sentence,
  sentence,
  fc.array(sentence, { minLength: 2, maxLength: 6 }).map((ss) => ss.join(' ')),
  fc.array(sentence, { minLength: 2, maxLength: 4 }).map((ss) => ss.join('')), // run together
  titleLine,
  fc.constant(''),
  trickyString(40),
);

/** A line, sometimes with tricky characters spliced in. */
const noisyLine = fc.oneof(
  { arbitrary: outletLine, weight: 6 },
  {
    arbitrary: fc.tuple(outletLine, trickyString(4), fc.integer({ min: 0, max: 1000 })).map(([l, noise, permille]) => {
      const at = permille / 1000;
      const i = Math.floor(at * l.length);
      return l.slice(0, i) + noise + l.slice(i);
    }),
    weight: 1,
  },
);

const LINE_BREAKS = ['\n', '\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '\n \n'] as const;

/** A page: up to 40 lines in the outlets' formats, joined by assorted line breaks, maybe with a crawler marker. */
export const randomPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(noisyLine, pick(LINE_BREAKS)), { minLength: 1, maxLength: 40 }),
    fc.option(fc.tuple(int(1990, 2035), int(0, 13), int(0, 32)), { nil: undefined }),
  )
  .map(([lines, marker]) => {
    const body = lines.map(([l, br]) => l + br).join('');
    return marker ? ` date ${marker[0]}-${two(marker[1])}-${two(marker[2])} ${body}` : body;
  });

/** One edit of a page. Positions are fractions of the current length, so any edit applies to any page. */
export type Mutation =
  | { kind: 'drop-line' | 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'shuffle-lines'; seed: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'crlf' | 'cr' | 'nbsp-all-spaces' | 'bom' | 'trim-lines-off' }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'insert-line'; at: number; line: string };

/** A position as a fraction in [0, 1), spread evenly (fc.double favours 0 and tiny values). */
export const frac = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop-line' as const, 'duplicate-line' as const), at: frac }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: frac, with: frac }),
  fc.record({ kind: fc.constant('shuffle-lines' as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant('truncate' as const), at: frac }),
  fc.record({
    kind: fc.constantFrom(
      'crlf' as const,
      'cr' as const,
      'nbsp-all-spaces' as const,
      'bom' as const,
      'trim-lines-off' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: frac,
    text: fc.oneof(
      fc.constantFrom('\u00A0', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u0301', '\u200F', '\r', '\u2028'),
      trickyString(6),
    ),
  }),
  fc.record({ kind: fc.constant('insert-line' as const), at: frac, line: outletLine }),
);

/** Applies one mutation to a page. */
export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const lineAt = (f: number) => Math.floor(f * lines.length);
  switch (m.kind) {
    case 'drop-line':
      lines.splice(lineAt(m.at), 1);
      return lines.join('\n');
    case 'duplicate-line': {
      const i = lineAt(m.at);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'swap-lines': {
      const i = lineAt(m.at);
      const j = lineAt(m.with);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
    case 'shuffle-lines': {
      // A seeded Fisher–Yates shuffle (xorshift), so the case replays from its seed.
      let s = m.seed | 1;
      for (let i = lines.length - 1; i > 0; i--) {
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        const j = Math.abs(s) % (i + 1);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      }
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, Math.floor(m.at * (text.length + 1)));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'nbsp-all-spaces':
      return text.replace(/ /g, '\u00A0');
    case 'bom':
      return `\uFEFF${text}`;
    case 'trim-lines-off':
      return lines.map((l) => `  ${l}\t `).join('\n');
    case 'insert': {
      const i = Math.floor(m.at * (text.length + 1));
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'insert-line':
      lines.splice(lineAt(m.at), 0, m.line);
      return lines.join('\n');
  }
}
