/**
 * The shapes of the gazetteer data modules: closed lists of countries, places, institutions, outlets, events,
 * titles and names that the entity enricher looks up by token. Data only.
 *
 * @module
 */

/**
 * The kinds of entity a gazetteer entry can name (the `type` of an `EntityHint`).
 *
 * @example
 * ```ts
 * const t: GazetteerType = 'organization';
 * ```
 */
export type GazetteerType = 'person' | 'organization' | 'place' | 'event' | 'document' | 'law';

/**
 * One named thing with its canonical name and the other ways texts write it. `variants` are matched token by
 * token (case-insensitively unless `caseSensitive`), diacritic-free spellings are added automatically.
 *
 * @example
 * ```ts
 * const entry: GazetteerEntry = {
 *   type: 'organization',
 *   name: 'Anadolu Agency',
 *   variants: ['Anadolu', 'AA'],
 *   country: 'TR',
 * };
 * ```
 */
export interface GazetteerEntry {
  /** What kind of entity the entry names. */
  readonly type: GazetteerType;
  /** The canonical name, used as `EntityHint.name`. Also matched. */
  readonly name: string;
  /** Other spellings, short forms, acronyms, Russian and Azerbaijani names. */
  readonly variants?: readonly string[];
  /** ISO 3166-1 alpha-2 code of the entry's country (for a country: its own code). */
  readonly country?: string;
  /** Match only with the exact letter case of the name or variant (acronyms, names that are also words). */
  readonly caseSensitive?: boolean;
  /**
   * Match only where the text cites it as a source (`Trend reports`, `told Report`, `the newspaper Kaspiy`):
   * for outlet names that are also ordinary words.
   */
  readonly citedOnly?: boolean;
}

/**
 * A country: its ISO code, canonical English name, other names in English, Russian and Azerbaijani, and the
 * adjectives that refer to it (`Turkish`, `Azerbaijani`).
 *
 * @example
 * ```ts
 * const tr: CountryEntry = {
 *   code: 'TR',
 *   name: 'Türkiye',
 *   variants: ['Turkey', 'Republic of Türkiye'],
 *   demonyms: ['Turkish'],
 *   ru: ['Турция'],
 *   az: ['Türkiyə'],
 * };
 * ```
 */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** Canonical English name. */
  readonly name: string;
  /** Other English names and short forms. */
  readonly variants?: readonly string[];
  /** Adjectives referring to the country; they count as mentions only where the text also names it. */
  readonly demonyms?: readonly string[];
  /** Russian names in the nominative; the common case forms are derived. */
  readonly ru?: readonly string[];
  /** Azerbaijani names; case suffixes (`-da`, `-nın` …) are recognised. */
  readonly az?: readonly string[];
}

/**
 * A place that is not a country: a city, district, region, sea or landmark, with its country where it has one.
 *
 * @example
 * ```ts
 * const baku: PlaceEntry = { name: 'Baku', country: 'AZ', ru: ['Баку'], az: ['Bakı'] };
 * ```
 */
export interface PlaceEntry {
  /** Canonical English name. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of the country the place is in. */
  readonly country?: string;
  /** Other English spellings. */
  readonly variants?: readonly string[];
  /** Russian names in the nominative. */
  readonly ru?: readonly string[];
  /** Azerbaijani names. */
  readonly az?: readonly string[];
}

/**
 * A ministry's field as texts name it (`Defense`, `Foreign Affairs`), for `Ministry of X` and `X Ministry`.
 * `key` identifies the field across spellings (`Defence` and `Defense` share it).
 *
 * @example
 * ```ts
 * const defense: MinistryTopic = { key: 'defense', forms: ['Defense', 'Defence'] };
 * ```
 */
export interface MinistryTopic {
  /** A stable identifier of the field. */
  readonly key: string;
  /** The ways the field is written after `Ministry of` or before `Ministry`. */
  readonly forms: readonly string[];
  /** Short forms and the full field they stand for in a canonical name (`Foreign` → `Foreign Affairs`). */
  readonly expand?: Readonly<Record<string, string>>;
  /** Russian: the field in the genitive after `Министерство` (`иностранных дел`). */
  readonly ru?: readonly string[];
  /** Russian abbreviations that name the ministry alone (`МИД`, `Минобороны`). */
  readonly ruShort?: readonly string[];
  /** Azerbaijani: the field before `Nazirliyi` (`Xarici İşlər`). */
  readonly az?: readonly string[];
}
