/**
 * The mutable record an outlet parser fills in, with the input span of each field and the messages it notes.
 *
 * @module
 */
import type { Dateline, Image, Language, ParseMessage, PublishedTime, RelatedItem, Span } from '../article/schema.js';
import type { Line } from '../text/source-text.js';
import type { Page } from './types.js';

/** The fields of an article an outlet parser extracts. @example `const f: DraftField = 'headline';` */
export type DraftField =
  | 'language'
  | 'headline'
  | 'published'
  | 'dateline'
  | 'authors'
  | 'section'
  | 'tags'
  | 'image'
  | 'paywalled'
  | 'body'
  | 'related';

/**
 * Where a field came from: a line, a first and last line, or a ready span.
 *
 * @example
 * ```ts
 * draft.from('body', [firstLine, lastLine]);
 * ```
 */
export type Where = Line | readonly [Line, Line] | Span;

const isLine = (w: Where): w is Line => 'text' in w;
const isLinePair = (w: Where): w is readonly [Line, Line] => Array.isArray(w);

/**
 * An article in the making. Fields start empty; an outlet parser sets what its page shows and says where it
 * came from with {@link ArticleDraft.from}.
 *
 * @example
 * ```ts
 * const draft = new ArticleDraft(page);
 * draft.headline = headlineLine.text;
 * draft.from('headline', headlineLine);
 * draft.note('headline/missing', 'warning', 'The page has no headline.');
 * ```
 */
export class ArticleDraft {
  language: Language | null = null;
  headline: string | null = null;
  published: PublishedTime | null = null;
  dateline: Dateline | null = null;
  authors: string[] = [];
  section: string | null = null;
  tags: string[] = [];
  image: { caption: string | null; credit: string | null } | null = null;
  paywalled = false;
  paragraphs: string[] = [];
  related: RelatedItem[] = [];
  /** Input spans of the fields, by field name. */
  readonly provenance: Record<string, Span> = {};
  readonly messages: ParseMessage[] = [];
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Records where a field came from in the input. */
  from(field: DraftField | `${DraftField}.${string}`, where: Where): this {
    const source = this.page.source;
    this.provenance[field] = isLinePair(where)
      ? source.lineSpan(where[0], where[1])
      : isLine(where)
        ? source.lineSpan(where)
        : where;
    return this;
  }

  /** Adds a message, placed at a line of the page when one is given. */
  note(ruleId: string, severity: ParseMessage['severity'], message: string, at?: Line): this {
    if (at === undefined) {
      this.messages.push({ ruleId, severity, message });
    } else {
      const span = this.page.source.lineSpan(at);
      this.messages.push({ ruleId, severity, message, line: span.line, column: 1, offset: span.start });
    }
    return this;
  }

  /** Sets the image, merging a caption and a credit read from different lines. */
  addImage(image: Image): this {
    this.image = {
      caption: this.image?.caption ?? image.caption,
      credit: this.image?.credit ?? image.credit,
    };
    return this;
  }
}
