/**
 * The intermediate shape every recogniser produces: one mention with its proposed type, canonical name and
 * coreference key, before overlaps are resolved and mentions are grouped into entities.
 *
 * @module
 */
import type { EntityType } from '../article/schema.js';

/**
 * The parts of a person's name as found: given names (or an initial), the surname, and whether the given name
 * was only an initial (`Z.Hasanov`).
 *
 * @example
 * ```ts
 * const n: PersonName = { given: ['Zakir'], surname: 'Hasanov', initial: false };
 * ```
 */
export interface PersonName {
  readonly given: readonly string[];
  readonly surname: string;
  readonly initial: boolean;
}

/**
 * How sure a recogniser is: a gazetteer entry beats a head-noun pattern, which beats a weak cue.
 *
 * @example
 * ```ts
 * const s: Strength = STRENGTH.gazetteer;
 * ```
 */
export type Strength = 1 | 2 | 3 | 4;

/**
 * Strengths by source.
 *
 * @example
 * ```ts
 * STRENGTH.pattern < STRENGTH.gazetteer; // true
 * ```
 */
export const STRENGTH = { weak: 1, pattern: 2, gazetteer: 3, user: 4 } as const satisfies Record<string, Strength>;

/**
 * One mention found by a recogniser.
 *
 * @example
 * ```ts
 * const c: Candidate = {
 *   type: 'place', start: 0, end: 4, t0: 0, t1: 1, name: 'Baku', key: 'place:baku', strength: 3, nest: true,
 * };
 * ```
 */
export interface Candidate {
  type: EntityType;
  /** Offsets of the mention in the text (end exclusive). */
  start: number;
  end: number;
  /** Token range of the mention `[t0, t1)`. */
  t0: number;
  t1: number;
  /** Proposed canonical name. */
  name: string;
  /** Coreference key: mentions with the same key are one entity. */
  key: string;
  strength: Strength;
  /** May sit inside a longer mention of another entity (a country inside an organisation's name). */
  nest: boolean;
  country?: string;
  role?: string;
  title?: string;
  aliases?: string[];
  /** An adjective referring to a country (`Turkish`): kept only where the text also names the country. */
  demonym?: boolean;
  /** For persons: the parts of the name. */
  person?: PersonName;
  /** For ministries: the field key, so that `the Defense Ministry` finds `the Ministry of Defense of Azerbaijan`. */
  ministry?: string;
}

/**
 * A candidate with every optional field present (as `undefined`): all candidates share one object shape, so
 * the passes that read thousands of them (overlaps, clustering) stay monomorphic. Set optional fields by
 * assignment afterwards, never by spreading.
 *
 * @example
 * ```ts
 * const c = newCandidate('place', 0, 4, 0, 1, 'Baku', 'place:baku', STRENGTH.gazetteer, true);
 * c.country = 'AZ';
 * ```
 */
export function newCandidate(
  type: EntityType,
  start: number,
  end: number,
  t0: number,
  t1: number,
  name: string,
  key: string,
  strength: Strength,
  nest: boolean,
): Candidate {
  return {
    type,
    start,
    end,
    t0,
    t1,
    name,
    key,
    strength,
    nest,
    country: undefined,
    role: undefined,
    title: undefined,
    aliases: undefined,
    demonym: undefined,
    person: undefined,
    ministry: undefined,
  };
}
