import type {KnownName} from '../types.js'
import {byOffset, type Candidate} from './candidate.js'
import type {Context} from './context.js'
import {insertWords, type TrieNode} from '../util/word-trie.js'

/**
 * The caller's own names (`options.names`): wherever the text writes one of
 * them or one of its aliases as listed (or in capitals, as in a headline or
 * a dateline), it is a mention of that name, of its type, and it wins over
 * whatever the tagger and the rules found there. All mentions of one known
 * name share the reference `known:<index>`, so they make one entity.
 */

/** A node of the trie of known forms, keyed by token text as written; `name` is the index in the caller's list. */
type FormNode = TrieNode<number>

/** Tokens of a form that stand apart in the text: commas, brackets, a possessive. */
const formToken = /'s$|’s$|[^\s,()]+|[,()]/gu

/**
 * Cut a form into tokens as the entities stage cuts text.
 *
 * @param form The form.
 * @returns Its tokens as written.
 */
function tokensOf(form: string): string[] {
  const tokens: string[] = []

  for (const word of form.split(/\s+/)) {
    for (const part of word.match(formToken) ?? []) tokens.push(part)
  }

  return tokens
}

/** Tries already built, by list (the built-in list is one list for every call). */
const tries = new WeakMap<readonly KnownName[], FormNode>()

/**
 * The trie of every known name and alias, as written and in capitals, built
 * once per list. The first name listed with a form keeps it.
 *
 * @param names The names.
 * @returns The trie's root.
 */
function trieOf(names: readonly KnownName[]): FormNode {
  let root = tries.get(names)

  if (!root) {
    root = buildTrie(names)
    tries.set(names, root)
  }

  return root
}

/**
 * Build the trie of every known name and alias, as written and in capitals.
 * The first name listed with a form keeps it.
 *
 * @param names The names.
 * @returns The trie's root.
 */
function buildTrie(names: readonly KnownName[]): FormNode {
  const root: FormNode = {}

  for (const [index, known] of names.entries()) {
    for (const form of [known.name, ...(known.aliases ?? [])]) {
      for (const tokens of [tokensOf(form), tokensOf(form.toUpperCase())]) {
        if (tokens.length > 0) insertWords(root, tokens, 0, tokens.length, index)
      }
    }
  }

  return root
}

/**
 * Find the known names in a document: at each token, the longest form that
 * starts there; matches do not overlap. A form in capitals matches only
 * tokens without lower case, so a listed `Apple` is not `apple`, and `X` is
 * only `X`. Time is linear in the tokens times the longest form's length.
 *
 * @param context The entities stage's context.
 * @param names The caller's names.
 * @returns One candidate per match, in text order.
 */
export function findKnownNames(context: Context, names: readonly KnownName[]): Candidate[] {
  const root = trieOf(names)
  const input = context.document.input
  const {starts, ends, sentenceStart} = context
  const found: Candidate[] = []

  for (let sentence = 0; sentence + 1 < sentenceStart.length; sentence++) {
    const last = sentenceStart[sentence + 1]!
    let token = sentenceStart[sentence]!

    while (token < last) {
      let node: FormNode | undefined = root
      let match = -1
      let matchEnd = token

      for (let at = token; at < last && node?.next; at++) {
        node = node.next.get(input.slice(starts[at], ends[at]))
        if (node?.name !== undefined) {
          match = node.name
          matchEnd = at + 1
        }
      }

      if (match < 0) {
        token++
        continue
      }

      found.push(candidateOf(input, names[match]!, match, starts[token]!, ends[matchEnd - 1]!))
      token = matchEnd
    }
  }

  return found
}

/**
 * The candidate of one match.
 *
 * @param input The caller's input.
 * @param known The name matched.
 * @param index Its index in the caller's list.
 * @param start Offset of the match.
 * @param end End of the match.
 * @returns The candidate.
 */
function candidateOf(input: string, known: KnownName, index: number, start: number, end: number): Candidate {
  const text = input.slice(start, end)
  // An acronym when listed so ("NATO"), not a name in a headline's capitals.
  const listed = known.name === text || (known.aliases?.includes(text) ?? false)
  const acronym = listed && known.type === 'organization' && /^[\p{Lu}\d.&]{2,}$/u.test(text) && /\p{Lu}/u.test(text)
  const candidate: Candidate = {start, end, type: known.type, form: acronym ? 'acronym' : 'name', source: 'known', ref: 'known:' + index}
  if (known.country && known.type !== 'person' && known.type !== 'misc') candidate.country = known.country
  return candidate
}

/**
 * Put the known names in: every candidate that overlaps one goes.
 *
 * @param candidates The names found by the tagger and the rules, in order.
 * @param known The known names found, in order.
 * @returns The candidates with the known names, in order.
 */
export function withKnownNames(candidates: readonly Candidate[], known: readonly Candidate[]): Candidate[] {
  if (known.length === 0) return [...candidates]
  // The known names are in order and do not overlap: one pointer walks them.
  const sorted = [...candidates].sort(byOffset)
  const kept: Candidate[] = []
  let at = 0

  for (const candidate of sorted) {
    while (at < known.length && known[at]!.end <= candidate.start) at++
    const name = known[at]
    if (!name || name.start >= candidate.end) kept.push(candidate)
  }

  return [...kept, ...known].sort(byOffset)
}

/**
 * The caller's name for an entity one of whose mentions is a known name.
 *
 * @param refs The references of the entity's mentions.
 * @param names The caller's names.
 * @returns The name, if any mention is a known name.
 */
export function knownNameOf(refs: ReadonlyArray<string | undefined>, names: readonly KnownName[]): string | undefined {
  for (const ref of refs) {
    if (ref?.startsWith('known:')) return names[Number(ref.slice(6))]?.name
  }

  return undefined
}
