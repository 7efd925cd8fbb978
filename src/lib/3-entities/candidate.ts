import type {EntityType} from '../types.js'

/**
 * A named mention on its way to an entity: found by the tagger, the byline,
 * the dateline, the gazetteers or a pattern; typed; not yet clustered.
 */
export interface Candidate {
  /** Offset of its first code unit. */
  start: number
  /** Offset just past its last code unit. */
  end: number
  /** Its entity type. */
  type: EntityType
  /** `acronym` for an organisation written in capitals or a listed acronym. */
  form: 'name' | 'acronym'
  /** Who found it. */
  source: 'tagger' | 'author' | 'dateline' | 'gazetteer' | 'pattern' | 'repeat' | 'known'
  /**
   * What it is known to be, when a gazetteer says so: `country:AZ`,
   * `demonym:AZ`, `org:nato`; or the caller's, `known:0` (`options.names`).
   * Mentions with the same reference are one entity.
   */
  ref?: string
  /** ISO 3166-1 alpha-2 code of the country it is, belongs to or lies in. */
  country?: string
  /** For persons: the gender that a title or given name shows. */
  gender?: 'm' | 'f'
}

/**
 * Sort candidates by offset, longest first at the same start.
 *
 * @param a One candidate.
 * @param b Another.
 * @returns Their order.
 */
export function byOffset(a: {start: number; end: number}, b: {start: number; end: number}): number {
  return a.start - b.start || b.end - a.end
}
