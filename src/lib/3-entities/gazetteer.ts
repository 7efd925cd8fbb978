import {foldToken, gazetteer, type GazetteerKind, type TrieNode} from './gazetteer-tables.js'
import {acronymOf, type Vocabulary} from './vocabulary.js'
import {Fact} from './word-facts.js'

/**
 * Phrase matching over the gazetteers: countries, demonyms and groups,
 * cities, regions, given names and organisations (see docs/entities.md).
 */

/** A gazetteer phrase found in a run of tokens. */
export interface GazetteerMatch {
  /** Index of its first token. */
  start: number
  /** Index just past its last token. */
  end: number
  /**
   * What it is: `country`, `demonym` (nationality), `group` (religious,
   * political or ethnic), `city`, `region`, `given-name`, `organization`,
   * `org-acronym`.
   */
  kind: GazetteerKind
  /** ISO 3166-1 alpha-2 code (places, demonyms) or organisation key. */
  id?: string
}

/** Words that name a form of state before `of` ("Republic of Azerbaijan"). */
const stateForms = new Set([
  'republic',
  'kingdom',
  'state',
  'principality',
  'sultanate',
  'emirate',
  'federation',
  'commonwealth',
  'duchy',
  'confederation'
])

/** Words that may stand before a form of state ("Islamic Republic of Iran"). */
const stateAdjectives = new Set([
  'federal',
  'islamic',
  'democratic',
  'socialist',
  'arab',
  'united',
  'grand',
  'hashemite',
  'bolivarian',
  'plurinational',
  'cooperative',
  'oriental',
  'federative',
  'people',
  "'s",
  'independent',
  'sovereign',
  'union'
])

/** The longest run of tokens that can name a state form before the country. */
const maxStatePrefix = 6

/**
 * Find gazetteer phrases in a run of tokens (one sentence, say). Matching is
 * case-insensitive and ignores diacritics, except for organisation acronyms:
 * those match as listed (`Nato`, `dpa`) or in capitals, never in lower case
 * (`WHO` is not `who`). A country named with its form of state ("Republic
 * of Azerbaijan", "the Democratic Republic of the Congo" without `the`) is
 * matched whole too. Every match is returned, overlapping ones included, by
 * start and then longest first. Time is linear in the number of tokens.
 *
 * @param words The token texts, as the tagger cuts them (possessive `’s`
 *   apart; a token that still ends in one matches as its stem at a phrase end).
 * @param folded The token texts folded with `foldToken`, if made already.
 * @param known The tokens' numbers in a vocabulary, if made already: what
 *   it knows of each word saves the first step of every phrase.
 * @returns Token-index ranges, end exclusive, with their kind and id.
 */
export function matchGazetteer(
  words: readonly string[],
  folded: readonly string[] = words.map(foldToken),
  known?: KnownWords
): GazetteerMatch[] {
  return matchRange(words, folded, 0, folded.length, known)
}

/**
 * Find gazetteer phrases in a stretch of tokens (one sentence of a
 * document's tokens), as `matchGazetteer` does over the stretch alone.
 *
 * @param folded The document's token texts folded with `foldToken`.
 * @param from Index of the stretch's first token.
 * @param to Index past its last token.
 * @param known The document's tokens' numbers in a vocabulary.
 * @returns Token-index ranges relative to `from`, end exclusive, with their kind and id.
 */
export function matchTokens(folded: readonly string[], from: number, to: number, known: KnownWords): GazetteerMatch[] {
  return matchRange(folded, folded, from, to - from, known)
}

/**
 * Find gazetteer phrases in the tokens `base` to `base + length` of arrays.
 *
 * @param words The token texts.
 * @param folded The token texts folded with `foldToken`.
 * @param base Index of the first token.
 * @param length How many tokens.
 * @param known The tokens' numbers in a vocabulary, if made already.
 * @returns Token-index ranges relative to `base`, end exclusive, with their kind and id.
 */
function matchRange(
  words: readonly string[],
  folded: readonly string[],
  base: number,
  length: number,
  known: KnownWords | undefined
): GazetteerMatch[] {
  const table = gazetteer()
  const matches: GazetteerMatch[] = []

  for (let start = 0; start < length; start++) {
    const number = known ? known.words[base + start]! : -1
    // Most words open no phrase: one look at what the vocabulary knows of them.
    if (known && !(known.vocabulary.facts[number]! & Fact.Gazetteer)) continue
    const block = matches.length
    const acronym = known ? known.vocabulary.acronym[number] : acronymOf(words[base + start] ?? '')
    if (acronym) matches.push({start, end: start + 1, kind: 'org-acronym', id: acronym})

    // The first step, from the root: known for a word of the vocabulary.
    let node: TrieNode | undefined = known ? known.vocabulary.first[number] : table.root.next?.get(folded[base + start] ?? '')
    const stem = known ? known.vocabulary.stem[number] : possessiveStem(table.root, folded[base + start] ?? '')
    // A possessive left on the token: the phrase may end at its stem.
    if (!node && stem) addEntries(matches, folded, base, start, start + 1, stem)
    addEntries(matches, folded, base, start, start + 1, node)

    for (let end = start + 1; end < length && node; end++) {
      const token = folded[base + end] ?? ''
      const child: TrieNode | undefined = node.next?.get(token)
      if (!child) addEntries(matches, folded, base, start, end + 1, possessiveStem(node, token))
      node = child
      addEntries(matches, folded, base, start, end + 1, node)
    }

    // Matches at one start came shortest first: put the longest first. State
    // forms ("Republic of …") start earlier and go after those of their start.
    if (matches.length - block > 1) reverseFrom(matches, block)
  }

  return needsSort(matches) ? matches.sort(byStartLongest) : matches
}

/** Tokens' numbers in a vocabulary. */
export interface KnownWords {
  /** The vocabulary. */
  vocabulary: Vocabulary
  /** Per token: its number. */
  words: ArrayLike<number>
}

/**
 * The child of a trie node by the stem of a token that still ends in a
 * possessive (`azerbaijan's` → `azerbaijan`).
 *
 * @param node The node.
 * @param token The folded token.
 * @returns The child, if the token has such an ending and the node such a child.
 */
function possessiveStem(node: TrieNode, token: string): TrieNode | undefined {
  return token.length > 2 && token.endsWith("'s") ? node.next?.get(token.slice(0, -2)) : undefined
}

/**
 * Reverse the tail of an array in place.
 *
 * @param list The array.
 * @param from Index of the first item of the tail.
 */
function reverseFrom(list: GazetteerMatch[], from: number): void {
  for (let low = from, high = list.length - 1; low < high; low++, high--) {
    const item = list[low] as GazetteerMatch
    list[low] = list[high] as GazetteerMatch
    list[high] = item
  }
}

/**
 * Whether matches are out of order (a state form added after later starts).
 *
 * @param list The matches.
 * @returns Whether to sort.
 */
function needsSort(list: readonly GazetteerMatch[]): boolean {
  for (let index = 1; index < list.length; index++) {
    const a = list[index - 1] as GazetteerMatch
    const b = list[index] as GazetteerMatch
    if (byStartLongest(a, b) > 0) return true
  }

  return false
}

/**
 * Order by start, longest first.
 *
 * @param a One match.
 * @param b Another.
 * @returns Their order.
 */
function byStartLongest(a: GazetteerMatch, b: GazetteerMatch): number {
  return a.start - b.start || b.end - a.end
}

/**
 * Add the phrases that end at a trie node, with their state-form extensions.
 *
 * @param matches Where to add them.
 * @param folded The folded tokens.
 * @param base Index in `folded` of the token that `start` and `end` count from.
 * @param start Index of the first token.
 * @param end Index past the last token.
 * @param node The node reached, if any.
 */
function addEntries(
  matches: GazetteerMatch[],
  folded: readonly string[],
  base: number,
  start: number,
  end: number,
  node: TrieNode | undefined
): void {
  if (!node?.entries) return

  for (const entry of node.entries) {
    const match: GazetteerMatch = entry.id ? {start, end, kind: entry.kind, id: entry.id} : {start, end, kind: entry.kind}
    matches.push(match)

    if (entry.kind === 'country') {
      const from = statePrefixStart(folded, base, start)
      if (from < start && !listedCountry(matches, from, end)) matches.push({...match, start: from})
    }
  }
}

/**
 * Whether a country phrase with these bounds is already listed. Matches are
 * added by start, so only the tail from `start` on needs a look.
 *
 * @param matches The matches so far.
 * @param start Index of the first token.
 * @param end Index past the last token.
 * @returns Whether it is there.
 */
function listedCountry(matches: readonly GazetteerMatch[], start: number, end: number): boolean {
  for (let index = matches.length - 1; index >= 0; index--) {
    const item = matches[index]
    if (!item || item.start < start) break
    if (item.start === start && item.end === end && item.kind === 'country') return true
  }

  return false
}

/**
 * Where a form of state before a country name starts: `Republic of`,
 * `Islamic Republic of`, `Democratic Republic of the`, …
 *
 * @param folded The folded tokens.
 * @param base Index in `folded` of the token that `start` counts from.
 * @param start Index of the country name.
 * @returns The index of the first token of the form of state, or `start`.
 */
function statePrefixStart(folded: readonly string[], base: number, start: number): number {
  let index = start - 1
  if (foldedAt(folded, base, index) === 'the') index--
  if (foldedAt(folded, base, index) !== 'of' || !stateForms.has(foldedAt(folded, base, index - 1) ?? '')) return start
  let from = index - 1

  while (from > 0 && start - from < maxStatePrefix && stateAdjectives.has(foldedAt(folded, base, from - 1) ?? '')) from--
  // Keep "people" only with its "'s" ("People's Republic of China").
  if (foldedAt(folded, base, from) === "'s") from++
  return from
}

/**
 * A folded token by its index from `base`; none before `base`.
 *
 * @param folded The folded tokens.
 * @param base Index of the token that `index` counts from.
 * @param index The index.
 * @returns The token, if any.
 */
function foldedAt(folded: readonly string[], base: number, index: number): string | undefined {
  return index < 0 ? undefined : folded[base + index]
}
