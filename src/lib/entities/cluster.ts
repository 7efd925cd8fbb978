import type {EntityType} from '../types.js'
import {abbreviates, acronymLetters, definedAcronym, isAcronym} from './acronyms.js'
import type {Candidate} from './candidate.js'
import {foldToken} from './gazetteer-tables.js'
import {organizationHeads} from './word-lists.js'

/** Past this many different long names that a short one fits, it joins none. */
const maxFits = 8

/** Mentions of one real-world thing, before nominals and pronouns join. */
export interface Cluster {
  type: EntityType
  /** Its name mentions, in text order. */
  names: Candidate[]
}

/**
 * Cluster typed name mentions into entities. Within one type, mentions join
 * when a gazetteer gives them the same reference (`Republic of Azerbaijan`,
 * `Azerbaijan`: country AZ), when their words match (`Azerbaijanis`,
 * `Azerbaijani`: plural aside), when one is a person's surname or given name
 * alone (`Clinton` after `Hillary Clinton`), when one ends another
 * organisation's name (`Minsk Group` in `OSCE Minsk Group`), and when one is
 * an acronym of the other, defined by the text in brackets or matching its
 * initials.
 *
 * @param input The caller's input.
 * @param candidates The mentions, in text order, none overlapping.
 * @returns The clusters, in order of first mention.
 */
export function clusterMentions(input: string, candidates: readonly Candidate[]): Cluster[] {
  const parent = candidates.map((_, index) => index)
  const words = candidates.map((candidate) => nameWords(input.slice(candidate.start, candidate.end)))
  const byKey = new Map<string, number>()

  for (const [index, candidate] of candidates.entries()) {
    for (const key of keysOf(candidate, words[index] ?? [])) {
      const other = byKey.get(key)
      if (other === undefined) byKey.set(key, index)
      else union(parent, other, index)
    }
  }

  joinDefinedAcronyms(input, candidates, parent)
  joinPartialNames(input, candidates, words, parent)

  const clusters = new Map<number, Cluster>()

  for (const [index, candidate] of candidates.entries()) {
    const root = find(parent, index)
    const cluster = clusters.get(root)
    if (cluster) cluster.names.push(candidate)
    else clusters.set(root, {type: candidate.type, names: [candidate]})
  }

  return [...clusters.values()].sort((a, b) => (a.names[0]?.start ?? 0) - (b.names[0]?.start ?? 0))
}

/**
 * The words of a name for comparison: folded, without a possessive ending.
 *
 * @param text The name as written.
 * @returns Its words.
 */
export function nameWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => foldToken(word).replace(/['’]s$/, ''))
}

/**
 * The keys under which a mention joins others of its type: its gazetteer
 * reference, and its words (a group's without the plural `s`).
 *
 * @param candidate The mention.
 * @param words Its words.
 * @returns The keys.
 */
function keysOf(candidate: Candidate, words: readonly string[]): string[] {
  const keys: string[] = []
  if (candidate.ref) keys.push(candidate.type + '|' + candidate.ref)
  let text = words.join(' ')
  if (candidate.type === 'group') text = text.replace(/s$/, '')
  if (candidate.form === 'acronym') text = text.replace(/\./g, '')
  keys.push(candidate.type + '#' + text)
  return keys
}

/**
 * Join each name followed by an acronym in brackets ("Organization of Islamic
 * Cooperation (OIC)") with the mentions of that acronym, when the acronym's
 * first capital is the name's.
 *
 * @param input The caller's input.
 * @param candidates The mentions.
 * @param parent The union-find forest, updated.
 */
function joinDefinedAcronyms(input: string, candidates: readonly Candidate[], parent: number[]): void {
  const byStart = new Map<number, number>()
  for (const [index, candidate] of candidates.entries()) byStart.set(candidate.start, index)

  for (const [index, candidate] of candidates.entries()) {
    if (candidate.form === 'acronym' || candidate.type === 'person') continue
    const acronym = definedAcronym(input, candidate.end)
    if (!acronym) continue
    const other = byStart.get(acronym.start)
    const name = input.slice(candidate.start, candidate.end)
    if (other === undefined || acronymLetters(acronym.text)[0] !== name[0]?.toUpperCase()) continue
    if (candidates[other]?.type === candidate.type) union(parent, index, other)
  }
}

/**
 * Join short names to the longer names they stand for: a person's surname or
 * given name alone, the end of an organisation's name, an acronym of a name.
 * Among several longer names that fit, the one mentioned last before the
 * short one wins (or the first after, when none comes before).
 *
 * @param input The caller's input.
 * @param candidates The mentions.
 * @param words Their words.
 * @param parent The union-find forest, updated.
 */
function joinPartialNames(input: string, candidates: readonly Candidate[], words: readonly string[][], parent: number[]): void {
  // Long names by their last and first word, and by their initials; each
  // distinct name with the indices of its mentions, in text order.
  const byWord = new Map<string, Map<string, number[]>>()
  const byInitials = new Map<string, Map<string, number[]>>()

  for (const [index, candidate] of candidates.entries()) {
    const list = words[index] ?? []
    if (list.length < 2) continue
    const text = list.join(' ')

    if (candidate.type === 'person') {
      addIndex(byWord, 'person|' + list.at(-1), text, index)
      addIndex(byWord, 'person|' + list[0], text, index)
    } else if (candidate.type === 'organization') {
      // Every ending of two words or more ("Minsk Group" in "OSCE Minsk
      // Group"), and the last word when it is a head noun ("Commission").
      for (let from = 1; from < list.length; from++) {
        if (from + 1 < list.length || organizationHeads.has(list[from] ?? '')) {
          addIndex(byWord, 'organization|' + list.slice(from).join(' '), text, index)
        }
      }
    }

    if (candidate.type !== 'person' && candidate.type !== 'group') {
      addIndex(byInitials, candidate.type + '|' + initials(input.slice(candidate.start, candidate.end)), text, index)
    }
  }

  for (const [index, candidate] of candidates.entries()) {
    const list = words[index] ?? []
    const text = input.slice(candidate.start, candidate.end)
    let bucket: Map<string, number[]> | undefined

    if (isAcronym(text) && candidate.type !== 'person') {
      bucket = byInitials.get(candidate.type + '|' + acronymLetters(text))
    } else if (candidate.type === 'person' && list.length === 1) {
      bucket = byWord.get('person|' + list[0])
    } else if (candidate.type === 'organization' && (list.length >= 2 || organizationHeads.has(list[0] ?? ''))) {
      // "Minsk Group" in "OSCE Minsk Group"; "Commission" alone for "European Commission".
      bucket = byWord.get('organization|' + list.join(' '))
    }

    // Many long names that fit: too unclear to choose (and too costly to try).
    if (!bucket || bucket.size > maxFits) continue
    const fits: number[][] = []

    for (const [name, indices] of bucket) {
      if (!isAcronym(text) || abbreviates(text, name)) fits.push(indices)
    }

    const best = nearest(candidates, fits, candidate.start)
    if (best !== undefined) union(parent, index, best)
  }
}

/**
 * Add a mention's index under a key and a name.
 *
 * @param index The index to add to.
 * @param key The key.
 * @param name The name.
 * @param value The mention's index.
 */
function addIndex(index: Map<string, Map<string, number[]>>, key: string, name: string, value: number): void {
  let names = index.get(key)

  if (!names) {
    names = new Map()
    index.set(key, names)
  }

  const list = names.get(name)
  if (list) list.push(value)
  else names.set(name, [value])
}

/**
 * The initials of a name, for the index of long names.
 *
 * @param name The name.
 * @returns Its initials.
 */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word && !/^(?:of|for|and|the|in|on|de|du|des|la|le|to|at|&|['’]s)$/i.test(word))
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
}

/**
 * Of the mentions of several names, the last one before an offset, else the
 * first after.
 *
 * @param candidates The mentions.
 * @param lists Per name, the indices of its mentions, ascending.
 * @param offset The offset.
 * @returns The index chosen, if any.
 */
function nearest(candidates: readonly Candidate[], lists: readonly number[][], offset: number): number | undefined {
  let before: number | undefined
  let after: number | undefined

  for (const list of lists) {
    // Binary search: the first mention at or after the offset.
    let low = 0
    let high = list.length

    while (low < high) {
      const middle = (low + high) >> 1
      if ((candidates[list[middle] ?? 0]?.start ?? 0) < offset) low = middle + 1
      else high = middle
    }

    const previous = list[low - 1]
    const next = list[low]
    if (previous !== undefined && (before === undefined || previous > before)) before = previous
    if (next !== undefined && (candidates[next]?.start ?? 0) > offset && (after === undefined || next < after)) after = next
  }

  return before ?? after
}

/**
 * The root of a node in a union-find forest, with path halving.
 *
 * @param parent The forest.
 * @param index The node.
 * @returns Its root.
 */
function find(parent: number[], index: number): number {
  let node = index

  while (parent[node] !== node) {
    const up = parent[node] ?? node
    parent[node] = parent[up] ?? up
    node = up
  }

  return node
}

/**
 * Join two trees; the earlier root stays root, so clusters keep the order of
 * their first mention.
 *
 * @param parent The forest.
 * @param a One node.
 * @param b Another.
 */
function union(parent: number[], a: number, b: number): void {
  const rootA = find(parent, a)
  const rootB = find(parent, b)
  if (rootA === rootB) return
  if (rootA < rootB) parent[rootB] = rootA
  else parent[rootA] = rootB
}
