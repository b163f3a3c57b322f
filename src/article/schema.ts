/**
 * The `Article` contract as zod schemas. Every type the library returns is inferred from these, and every
 * result conforms to {@link ArticleSchema} before it reaches the caller (see `conforms.ts` for how that is
 * checked without zod's copy).
 *
 * @module
 */
// The namespace import lets bundlers drop the parts of zod the schemas do not use (its locales above all).
import * as z from 'zod';
import {
  COUNTRY_CODE,
  DATE_PRECISIONS,
  DAY_ISO,
  ENTITY_TYPES,
  LANGUAGES,
  MENTION_ISO,
  PUBLISHED_ISO,
  PUBLISHED_PRECISIONS,
  PUBLISHED_SOURCES,
  SEVERITIES,
} from './values.js';

/**
 * A span of the original input string (UTF-16 offsets, end exclusive) and the 1-based line it starts on.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 12, line: 1 });
 * ```
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    line: z.number().int().positive(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not precede start' });

/** A span of the original input: see {@link SpanSchema}. @example `const s: Span = { start: 0, end: 5, line: 1 };` */
export type Span = z.output<typeof SpanSchema>;

/**
 * The languages the parsers tell apart.
 *
 * @example
 * ```ts
 * LanguageSchema.parse('ru'); // 'ru'
 * ```
 */
export const LanguageSchema = z.enum(LANGUAGES);

/** `'en' | 'ru' | 'az'`. @example `const lang: Language = 'az';` */
export type Language = z.output<typeof LanguageSchema>;

/**
 * Where a publication time was read: the page's own printed time, the dateline's day, or the crawler's
 * ` date YYYY-MM-DD` marker.
 *
 * @example
 * ```ts
 * PublishedSourceSchema.parse('page');
 * ```
 */
export const PublishedSourceSchema = z.enum(PUBLISHED_SOURCES);

/**
 * When an article was published. `iso` is `YYYY-MM-DD` at day precision, otherwise a full ISO 8601 time in
 * Baku time (`YYYY-MM-DDTHH:mm:ss+04:00`). `text` is the date as printed on the page.
 *
 * @example
 * ```ts
 * PublishedTimeSchema.parse({ iso: '2022-02-08T15:47:00+04:00', precision: 'minute', text: '8 February 2022 15:47' });
 * ```
 */
export const PublishedTimeSchema = z
  .object({
    iso: z.string().regex(PUBLISHED_ISO),
    precision: z.enum(PUBLISHED_PRECISIONS),
    text: z.string(),
    source: PublishedSourceSchema.optional(),
  })
  .refine((p) => (p.precision === 'day') === (p.iso.length === 10), {
    message: 'day precision has a YYYY-MM-DD iso, other precisions a full time',
  });

/** A publication time: see {@link PublishedTimeSchema}. @example `const p: PublishedTime = { iso: '2024-03-06', precision: 'day', text: '2024-03-06' };` */
export type PublishedTime = z.output<typeof PublishedTimeSchema>;

/**
 * A dateline such as `Baku/06.10.23/Turan:`. `date` is `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * DatelineSchema.parse({ place: 'Baku', date: '2023-10-06', agency: 'Turan' });
 * ```
 */
export const DatelineSchema = z.object({
  place: z.string().nullable(),
  date: z.string().regex(DAY_ISO).nullable(),
  agency: z.string().nullable(),
});

/** A dateline: see {@link DatelineSchema}. @example `const d: Dateline = { place: 'Baku', date: '2023-10-06', agency: 'Turan' };` */
export type Dateline = z.output<typeof DatelineSchema>;

/**
 * The article's lead image as the text shows it: a caption and/or a credit line.
 *
 * @example
 * ```ts
 * ImageSchema.parse({ caption: null, credit: 'mod.gov.az' });
 * ```
 */
export const ImageSchema = z.object({
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});

/** An image caption and credit: see {@link ImageSchema}. @example `const i: Image = { caption: null, credit: 'Archive' };` */
export type Image = z.output<typeof ImageSchema>;

/**
 * Another article listed on the page (a sidebar or news-line item) with its own time, if the page shows one.
 *
 * @example
 * ```ts
 * RelatedItemSchema.parse({ headline: 'Azerbaijan to build circular power link in Karabakh', published: null });
 * ```
 */
export const RelatedItemSchema = z.object({
  headline: z.string().min(1),
  published: PublishedTimeSchema.nullable(),
});

/** A related item: see {@link RelatedItemSchema}. @example `const r: RelatedItem = { headline: 'Other story', published: null };` */
export type RelatedItem = z.output<typeof RelatedItemSchema>;

/**
 * One place in `body` where an entity or date is mentioned. `body.slice(start, end) === text`.
 *
 * @example
 * ```ts
 * MentionSchema.parse({ text: 'Z.Hasanov', start: 10, end: 19 });
 * ```
 */
export const MentionSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A mention: see {@link MentionSchema}. @example `const m: Mention = { text: 'Baku', start: 0, end: 4 };` */
export type Mention = z.output<typeof MentionSchema>;

/**
 * The kinds of entity hints.
 *
 * @example
 * ```ts
 * EntityTypeSchema.parse('document');
 * ```
 */
export const EntityTypeSchema = z.enum(ENTITY_TYPES);

/** An entity kind. @example `const t: EntityType = 'person';` */
export type EntityType = z.output<typeof EntityTypeSchema>;

/**
 * A person, organisation, place, event, document or legal reference named in the body, with every mention.
 *
 * @example
 * ```ts
 * EntityHintSchema.parse({
 *   type: 'person',
 *   name: 'Zakir Hasanov',
 *   mentions: [{ text: 'Z.Hasanov', start: 0, end: 9 }],
 *   role: 'Minister of Defense',
 *   title: 'Colonel General',
 * });
 * ```
 */
export const EntityHintSchema = z.object({
  type: EntityTypeSchema,
  name: z.string().min(1),
  mentions: z.array(MentionSchema),
  role: z.string().optional(),
  title: z.string().optional(),
  country: z.string().regex(COUNTRY_CODE).optional(),
  aliases: z.array(z.string()).optional(),
  salience: z.number().min(0).max(1).optional(),
});

/** An entity hint: see {@link EntityHintSchema}. @example `const e: EntityHint = { type: 'place', name: 'Baku', mentions: [] };` */
export type EntityHint = z.output<typeof EntityHintSchema>;

/**
 * A date mentioned in the body, resolved to a calendar value. `iso` is `YYYY` (year), `YYYY-MM` (month),
 * `YYYY-MM-DD` (day) or a full Baku time (minute).
 *
 * @example
 * ```ts
 * DateMentionSchema.parse({ text: 'June 15, 2021', start: 40, end: 53, iso: '2021-06-15', precision: 'day' });
 * ```
 */
export const DateMentionSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  iso: z.string().regex(MENTION_ISO),
  precision: z.enum(DATE_PRECISIONS),
});

/** A mentioned date: see {@link DateMentionSchema}. @example `const d: DateMention = { text: 'in 1992', start: 0, end: 7, iso: '1992', precision: 'year' };` */
export type DateMention = z.output<typeof DateMentionSchema>;

/**
 * A diagnostic that travels with the result (vfile-message style): a rule id such as
 * `published/crawler-marker`, a severity, a message, and where in the input it applies.
 *
 * @example
 * ```ts
 * ParseMessageSchema.parse({ ruleId: 'headline/missing', severity: 'warning', message: 'The page has no headline.' });
 * ```
 */
export const ParseMessageSchema = z.object({
  ruleId: z.string().min(1),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
});

/** A diagnostic: see {@link ParseMessageSchema}. @example `const m: ParseMessage = { ruleId: 'body/truncated', severity: 'warning', message: 'cut' };` */
export type ParseMessage = z.output<typeof ParseMessageSchema>;

/**
 * Which parser produced the article, its version, and the detection confidence (1 when the outlet was given).
 *
 * @example
 * ```ts
 * ParserInfoSchema.parse({ id: 'turan', version: '1.0.0', confidence: 0.97 });
 * ```
 */
export const ParserInfoSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  confidence: z.number().min(0).max(1),
});

/** Parser information: see {@link ParserInfoSchema}. @example `const p: ParserInfo = { id: 'turan', version: '1.0.0', confidence: 1 };` */
export type ParserInfo = z.output<typeof ParserInfoSchema>;

/**
 * The article read off one news page. Field names are fixed by the contract in `docs/article-model.md`.
 *
 * @example
 * ```ts
 * import { ArticleSchema, parseArticle } from 'az-news-parsers';
 * const article = parseArticle(pageText);
 * ArticleSchema.parse(article); // always passes: results are validated before they are returned
 * ```
 */
export const ArticleSchema = z
  .object({
    outlet: z.string().min(1).describe('The parser id: turan, azernews, ednews, newsaz, or a registered id.'),
    language: LanguageSchema.describe("The body's language: en, ru or az."),
    headline: z
      .string()
      .min(1)
      .nullable()
      .describe('The headline without markers such as [PHOTO]; null when the page has none.'),
    published: PublishedTimeSchema.nullable().describe(
      'When the article was published (Baku time); never a site-header or caption date.',
    ),
    dateline: DatelineSchema.nullable().describe('The dateline (Baku/06.10.23/Turan:), or null.'),
    authors: z.array(z.string().min(1)).describe('The authors (people; agency credits excluded).'),
    section: z.string().min(1).nullable().describe("The outlet's section, or null."),
    tags: z.array(z.string().min(1)).describe("The outlet's tags or rubrics."),
    image: ImageSchema.nullable().describe("The lead image's caption and credit lines, or null."),
    paywalled: z.boolean().describe('True when the page shows only a teaser and a login/subscribe notice.'),
    paragraphs: z
      .array(z.string().min(1))
      .describe('The body paragraphs: boilerplate, dateline prefix and signature codes removed.'),
    body: z.string().describe('The paragraphs joined by a blank line; mention offsets point into it.'),
    related: z
      .array(RelatedItemSchema)
      .describe('Other articles the page lists (sidebar, news line), the article itself left out.'),
    entities: z
      .array(EntityHintSchema)
      .describe('People, organisations, places, events, documents and laws named in the body.'),
    dates: z
      .array(DateMentionSchema)
      .describe('Dates mentioned in the body, resolved relative to the publication time.'),
    provenance: z.record(z.string(), SpanSchema).describe('For each extracted field, its span in the original input.'),
    messages: z.array(ParseMessageSchema).describe('Diagnostics: warnings and notes about the parse.'),
    parser: ParserInfoSchema.describe('The parser id, its version and the detection confidence.'),
  })
  .superRefine((a, ctx) => {
    if (a.body !== a.paragraphs.join('\n\n')) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'body must equal paragraphs joined by a blank line' });
    }
    const inBody = (m: { text: string; start: number; end: number }) => a.body.slice(m.start, m.end) === m.text;
    a.entities.forEach((e, i) => {
      e.mentions.forEach((m, j) => {
        if (!inBody(m)) {
          ctx.addIssue({
            code: 'custom',
            path: ['entities', i, 'mentions', j],
            message: 'mention offsets do not match body',
          });
        }
      });
    });
    a.dates.forEach((d, i) => {
      if (!inBody(d)) ctx.addIssue({ code: 'custom', path: ['dates', i], message: 'date offsets do not match body' });
    });
  });

/** A parsed article: see {@link ArticleSchema}. @example `const headline: string | null = article.headline;` */
export type Article = z.output<typeof ArticleSchema>;
