/**
 * The gazetteer: typed data modules of countries, places, institutions, outlets, events, legal codes, titles,
 * given names and the word classes the entity patterns use. Data only; `src/entities/lexicon.ts` compiles it
 * into lookup tables once, at module load.
 *
 * @example
 * ```ts
 * import { COUNTRIES, OUTLETS } from './data/gazetteer/index.js';
 * COUNTRIES.length > 100; // true
 * ```
 *
 * @module
 */

export { COUNTRIES } from './countries.js';
export { EVENT_SERIES, KNOWN_EVENTS, LEGAL_CODES } from './events.js';
export { CYRILLIC_GIVEN_NAMES, GIVEN_NAMES } from './given-names.js';
export {
  AZERBAIJANI_INSTITUTIONS,
  INTERNATIONAL_ORGANIZATIONS,
  MINISTRY_TOPICS,
  TURKISH_INSTITUTIONS,
} from './organizations.js';
export { OUTLETS } from './outlets.js';
export { AZERBAIJANI_PLACES, LANDMARKS, REGIONS, WORLD_CITIES } from './places.js';
export { AZ_ROLE_STEMS, HONORIFICS, OCCUPATIONS, RANKS, ROLE_HEADS, RU_ROLE_STEMS } from './titles.js';
export type { CountryEntry, GazetteerEntry, GazetteerType, MinistryTopic, PlaceEntry } from './types.js';
export {
  AZ_HEAD_CASE_ENDINGS,
  AZ_SUFFIXES,
  CITATION_AFTER,
  CITATION_BEFORE,
  DOCUMENT_HEADS,
  DOCUMENT_NOUNS,
  DOCUMENT_STOP_WORDS,
  EVENT_HEADS,
  GEOGRAPHIC_WORDS,
  LAW_HEADS,
  NAME_CONNECTORS,
  NON_NAME_WORDS,
  ORDINAL_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  PLACE_HEADS,
  PLACE_NOUNS,
  QUOTE_DOCUMENT_CUES,
  RELATION_WORDS,
  SETTLEMENT_NOUNS,
  SPEECH_VERBS,
  SURNAME_ENDINGS,
  VERB_FILLERS,
} from './words.js';
