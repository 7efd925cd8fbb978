/**
 * Later mentions of the names found: the same words again, or a surname alone.
 */

import type {EntityType} from '../../types.js'
import {insertWords, type TrieNode} from '../../util/word-trie.js'
import type {Candidate} from '../candidate.js'
import type {Context} from '../context.js'
import {foldToken} from '../gazetteer-tables.js'
import {Fact} from '../word-facts.js'
import type {Found} from './found.js'

/**
 * Later mentions of names found elsewhere in the document: the same words
 * again, or a person's surname alone ("Clinton" after "Hillary Clinton").
 *
 * @param context The context.
 * @param picked The names found so far (by token).
 * @param outside Names found outside the sentences (authors), by offset.
 * @param taken The taken tokens (updated).
 * @returns The repeats.
 */
export function repeats(context: Context, picked: readonly Found[], outside: readonly Candidate[], taken: Uint8Array): Found[] {
  const root: RepeatNode = {}
  const input = context.document.input
  const folded = context.folded
  const facts = context.facts

  for (const item of picked) {
    if (item.type === 'group') continue
    remember(root, folded, item.first, item.last, {type: item.type, ref: item.ref, country: item.country})
    if (item.type === 'person' && item.last - item.first > 1) remember(root, folded, item.last - 1, item.last, {type: 'person'})
  }

  for (const item of outside) {
    const words = input.slice(item.start, item.end).split(/\s+/).map(foldToken)
    if (item.type === 'person' && words.length > 1) remember(root, words, words.length - 1, words.length, {type: 'person'})
  }

  const found: Found[] = []
  if (!root.next) return found

  for (let index = 0; index < context.sentences.length; index++) {
    const caps = context.sentences[index]!.caps
    const to = context.sentenceStart[index + 1]!

    for (let token = context.sentenceStart[index]!; token < to; token++) {
      if (taken[token] || !(facts[token]! & Fact.NameWord || caps)) continue
      // The longest known name that starts here, over free tokens.
      let node: RepeatNode | undefined = root
      let bestEnd = -1
      let best: RepeatName | undefined

      for (let end = token; end < to && node && !taken[end]; end++) {
        node = node.next?.get(folded[end]!)

        if (node?.name) {
          bestEnd = end + 1
          best = node.name
        }
      }

      if (!best || (caps && bestEnd === token + 1 && best.type === 'person')) continue
      const repeat: Found = {first: token, last: bestEnd, type: best.type, form: 'name', source: 'repeat', rank: 1}
      if (best.ref) repeat.ref = best.ref
      if (best.country) repeat.country = best.country
      if (facts[token]! & Fact.AllUpper && best.type === 'organization' && bestEnd === token + 1) repeat.form = 'acronym'
      for (let at = token; at < bestEnd; at++) taken[at] = 1
      found.push(repeat)
      token = bestEnd - 1
    }
  }

  return found
}

/** What a repeated name is. */
interface RepeatName {
  type: EntityType
  ref?: string | undefined
  country?: string | undefined
}

/** A node of the trie of names found, by folded word. */
type RepeatNode = TrieNode<RepeatName>

/**
 * Add a name to the trie of names found; the first name of some words wins.
 *
 * @param root The trie.
 * @param words Folded words.
 * @param from Index of the name's first word.
 * @param to Index past its last word.
 * @param name What it is.
 */
function remember(root: RepeatNode, words: readonly string[], from: number, to: number, name: RepeatName): void {
  if (from >= to) return

  for (let index = from; index < to; index++) {
    if (!words[index]) return
  }

  insertWords(root, words, from, to, name)
}
