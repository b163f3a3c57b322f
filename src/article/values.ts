/**
 * The closed value sets and string shapes of the `Article` contract, shared by the zod schemas
 * (`schema.ts`) and the allocation-free check the registry runs on every result (`conforms.ts`), so the two
 * cannot drift apart on them.
 *
 * @module
 */

/** The body's language. */
export const LANGUAGES = ['en', 'ru', 'az'] as const;
/** Where a publication time was read. */
export const PUBLISHED_SOURCES = ['page', 'dateline', 'crawler-marker'] as const;
/** How exact a publication time is. */
export const PUBLISHED_PRECISIONS = ['day', 'minute', 'second'] as const;
/** The kinds of entity hints. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'document', 'law'] as const;
/** How exact a mentioned date is. */
export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;
/** How serious a message is. */
export const SEVERITIES = ['info', 'warning', 'error'] as const;

/** A publication time: a day, or a full Baku time. */
export const PUBLISHED_ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+04:00)?$/;
/** A calendar day. */
export const DAY_ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A mentioned date: a year, a month, a day or a full Baku time. */
export const MENTION_ISO = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}\+04:00)?)?)?$/;
/** An ISO 3166-1 alpha-2 country code. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
