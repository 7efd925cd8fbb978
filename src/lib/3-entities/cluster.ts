import type {EntityType} from '../types.js'
import {abbreviates, acronymLetters, definedAcronym, isAcronym} from './acronyms.js'
import type {Candidate} from './candidate.js'
import {foldToken} from './gazetteer-tables.js'
import {isSpace} from '../2-text/characters.js'
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
 * organisation's name (`Minsk Group` in `OSCE Minsk Group`) or opens one of
 * two words that ends in a head noun (`Meta` of `Meta Platforms`), and when one is
 * an acronym of the other, defined by the text in brackets or matching its
 * initials.
 *
 * @param input The caller's input.
 * @param candidates The mentions, in text order, none overlapping.
 * @returns The clusters, in order of first mention.
 */
export function clusterMentions(input: string, candidates: readonly Candidate[]): Cluster[] {
  const parent: number[] = []
  const words: string[][] = []
  // The first mention of each key, by type: references and words apart.
  const byRef = new Map<EntityType, Map<string, number>>()
  const byText = new Map<EntityType, Map<string, number>>()

  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const list = nameWords(input.slice(candidate.start, candidate.end))
    parent.push(index)
    words.push(list)
    // The keys under which a mention joins others of its type: its
    // gazetteer reference, and its words (a group's without the plural `s`).
    if (candidate.ref) addKey(byRef, parent, candidate.type, candidate.ref, index)
    let text = list.join(' ')
    if (candidate.type === 'group' && text.endsWith('s')) text = text.slice(0, -1)
    if (candidate.form === 'acronym') text = text.replace(/\./g, '')
    addKey(byText, parent, candidate.type, text, index)
  }

  joinDefinedAcronyms(input, candidates, parent)
  joinPartialNames(input, candidates, words, parent)

  const clusters: Cluster[] = []
  const byRoot = new Map<number, Cluster>()

  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const root = find(parent, index)
    const cluster = byRoot.get(root)

    if (cluster) {
      cluster.names.push(candidate)
    } else {
      const created: Cluster = {type: candidate.type, names: [candidate]}
      byRoot.set(root, created)
      clusters.push(created)
    }
  }

  return clusters.sort((a, b) => a.names[0]!.start - b.names[0]!.start)
}

/**
 * Join a mention with the first one of its type with the same key.
 *
 * @param byKey The first mention of each key, by type, updated.
 * @param parent The union-find forest, updated.
 * @param type The mention's type.
 * @param key The key.
 * @param index The mention's index.
 */
function addKey(byKey: Map<EntityType, Map<string, number>>, parent: number[], type: EntityType, key: string, index: number): void {
  let keys = byKey.get(type)

  if (!keys) {
    keys = new Map()
    byKey.set(type, keys)
  }

  const other = keys.get(key)
  if (other === undefined) keys.set(key, index)
  else union(parent, other, index)
}

/**
 * The words of a name for comparison: folded, without a possessive ending.
 *
 * @param text The name as written.
 * @returns Its words.
 */
export function nameWords(text: string): string[] {
  const words: string[] = []
  let start = -1

  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || isSpace(text.charCodeAt(index))) {
      if (start >= 0) words.push(withoutPossessive(foldToken(text.slice(start, index))))
      start = -1
    } else if (start < 0) {
      start = index
    }
  }

  return words
}

/**
 * A folded word without its possessive ending (`'s`, `’s`).
 *
 * @param word The word.
 * @returns The word without it.
 */
function withoutPossessive(word: string): string {
  const length = word.length
  if (length < 2 || word.charCodeAt(length - 1) !== 115) return word
  const mark = word.charCodeAt(length - 2)
  return mark === 39 || mark === 0x20_19 ? word.slice(0, -2) : word
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
  let byStart: Map<number, number> | undefined

  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    if (candidate.form === 'acronym' || candidate.type === 'person') continue
    const acronym = definedAcronym(input, candidate.end)
    if (!acronym) continue

    if (!byStart) {
      byStart = new Map()
      for (let at = 0; at < candidates.length; at++) byStart.set(candidates[at]!.start, at)
    }

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
  const personWords = new Map<string, Map<string, number[]>>()
  const organizationEndings = new Map<string, Map<string, number[]>>()
  const organizationOpenings = new Map<string, Map<string, number[]>>()
  const byInitials = new Map<EntityType, Map<string, Map<string, number[]>>>()

  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const list = words[index]!
    if (list.length < 2) continue
    const text = list.join(' ')

    if (candidate.type === 'person') {
      addIndex(personWords, list.at(-1)!, text, index)
      addIndex(personWords, list[0]!, text, index)
    } else if (candidate.type === 'organization') {
      // Every ending of two words or more ("Minsk Group" in "OSCE Minsk
      // Group"), and the last word when it is a head noun ("Commission").
      for (let from = 1; from < list.length; from++) {
        if (from + 1 < list.length || organizationHeads.has(list[from] ?? '')) {
          addIndex(organizationEndings, list.slice(from).join(' '), text, index)
        }
      }

      // The first word of a name of two that ends in a head noun ("Meta" of "Meta Platforms").
      if (list.length === 2 && organizationHeads.has(list[1]!)) addIndex(organizationOpenings, list[0]!, text, index)
    }

    if (candidate.type !== 'person' && candidate.type !== 'group') {
      let initialsOfType = byInitials.get(candidate.type)

      if (!initialsOfType) {
        initialsOfType = new Map()
        byInitials.set(candidate.type, initialsOfType)
      }

      addIndex(initialsOfType, initials(input.slice(candidate.start, candidate.end)), text, index)
    }
  }

  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    const list = words[index]!
    const text = input.slice(candidate.start, candidate.end)
    const acronym = isAcronym(text)
    let bucket: Map<string, number[]> | undefined

    if (acronym && candidate.type !== 'person') {
      bucket = byInitials.get(candidate.type)?.get(acronymLetters(text))
    } else if (candidate.type === 'person' && list.length === 1) {
      bucket = personWords.get(list[0]!)
    } else if (candidate.type === 'organization' && (list.length >= 2 || organizationHeads.has(list[0] ?? ''))) {
      // "Minsk Group" in "OSCE Minsk Group"; "Commission" alone for "European Commission".
      bucket = organizationEndings.get(list.join(' '))
    } else if (candidate.type === 'organization' && list.length === 1) {
      bucket = organizationOpenings.get(list[0]!)
    }

    // Many long names that fit: too unclear to choose (and too costly to try).
    if (!bucket || bucket.size > maxFits) continue
    const fits: number[][] = []

    for (const [name, indices] of bucket) {
      if (!acronym || abbreviates(text, name)) fits.push(indices)
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
  let result = ''
  let start = -1

  for (let index = 0; index <= name.length; index++) {
    const code = index === name.length ? 32 : name.charCodeAt(index)

    if (code === 45 || isSpace(code)) {
      if (start >= 0) {
        const word = name.slice(start, index)
        if (!skippedWords.has(word.toLowerCase())) result += word[0]!.toUpperCase()
      }

      start = -1
    } else if (start < 0) {
      start = index
    }
  }

  return result
}

/** Words the index of long names leaves out of their initials, in lower case. */
const skippedWords = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'to', 'at', '&', "'s", '’s'])

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
