/**
 * A name found without the tagger, by token indices, and what the finders
 * of such names share.
 */

import type {EntityType} from '../../types.js'
import type {Candidate} from '../candidate.js'
import type {Context} from '../context.js'

/** A name found in one sentence, by token indices in text order. */
export interface Found {
  first: number
  /** Index past the last token. */
  last: number
  type: EntityType
  form: Candidate['form']
  source: Candidate['source']
  ref?: string
  country?: string
  gender?: 'm' | 'f'
  /** Higher wins among overlapping names of the same length. */
  rank: number
}

/**
 * The text of a token as written.
 *
 * @param context The context.
 * @param token Its index in text order.
 * @returns Its text.
 */
export function textOf(context: Context, token: number): string {
  return context.vocabulary.text[context.words[token]!]!
}
