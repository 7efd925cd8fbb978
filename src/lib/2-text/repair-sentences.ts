import type {Root} from 'nlcst'
import {mergeAfterAbbreviations} from './merge-after-abbreviations.js'
import {splitAfterAbbreviations} from './split-after-abbreviations.js'

/**
 * Repair the sentence breaks that parse-english is known to get wrong after
 * abbreviations, in place.
 *
 * @param tree A paragraph's tree.
 * @returns The same tree.
 */
export function repairSentences(tree: Root): Root {
  mergeAfterAbbreviations(tree)
  splitAfterAbbreviations(tree)
  return tree
}
