import type {Span} from '../types.js'
import type {Cluster} from './cluster.js'
import {nameWords} from './cluster.js'
import {tokenStartingAt, type Context} from './context.js'
import {Fact, withoutFinalPeriod} from './word-facts.js'
import {companySuffixes, nominalHeads} from './word-lists.js'

/** A nominal or pronoun mention linked to a cluster. */
export interface Link {
  /** Index of the cluster. */
  cluster: number
  /** The mention's span. */
  span: Span
  /** How it refers. */
  form: 'nominal' | 'pronoun'
}

/**
 * Link "the <noun>" to the entity it refers back to: "the ministry" to the
 * Foreign Ministry, "the region" to Nagorno-Karabakh (written "Nagorno-Karabakh
 * region" before), "the company" to Acme Corp. An entity answers to a noun
 * when one of its names ends in it (or opens with it before "of"), when the
 * noun follows one of its names in the text, or, for "company" and "firm",
 * when a name ends in a company suffix. The link is made only when the
 * evidence is clear: one entity answers to the noun so far, or the one named
 * last was named in the same or the previous sentence and no other one that
 * answers was named there too.
 *
 * @param context The tokens.
 * @param clusters The clusters, with their names in text order.
 * @returns The links, in text order.
 */
export function linkNominals(context: Context, clusters: readonly Cluster[]): Link[] {
  const heads = clusters.map((cluster) => headsOf(context, cluster))
  const names: NamePlace[] = []

  for (let index = 0; index < clusters.length; index++) {
    for (const name of clusters[index]!.names) names.push({index, start: name.start, end: name.end})
  }

  names.sort((a, b) => a.start - b.start)
  // Per head noun: cluster → index of the sentence that last named it.
  const seen = new Map<string, Map<number, number>>()
  const links: Link[] = []
  const facts = context.facts
  const {starts, ends} = context
  let next = 0

  for (let sentenceIndex = 0; sentenceIndex < context.sentences.length; sentenceIndex++) {
    const to = context.sentenceStart[sentenceIndex + 1]!

    for (let token = context.sentenceStart[sentenceIndex]!; token < to; token++) {
      while (next < names.length && names[next]!.start < ends[token]!) {
        const name = names[next]!
        next++

        for (const head of heads[name.index]!) {
          let map = seen.get(head)

          if (!map) {
            map = new Map<number, number>()
            seen.set(head, map)
          }

          map.set(name.index, sentenceIndex)
        }
      }

      if (!(facts[token]! & Fact.The) || token + 1 >= to) continue
      const noun = token + 1
      if (insideName(names, next, starts[noun]!)) continue
      if (!(facts[noun]! & Fact.NominalHead)) continue

      if (noun + 1 < to) {
        const after = noun + 1
        if (facts[after]! & Fact.Capital || context.vocabulary.text[context.words[after]!] === 'of') continue
      }

      const chosen = choose(seen.get(context.folded[noun]!), sentenceIndex)
      if (chosen !== undefined) links.push({cluster: chosen, span: {start: starts[token]!, end: ends[noun]!}, form: 'nominal'})
    }
  }

  return links
}

/** Where a name stands, and its cluster. */
interface NamePlace {
  /** Index of its cluster. */
  index: number
  /** Offset of the name. */
  start: number
  /** End of the name. */
  end: number
}

/**
 * Pick the cluster a nominal refers to, if the evidence is clear.
 *
 * @param candidates Clusters that answer to the noun, with the sentence that last named each.
 * @param sentence The nominal's sentence.
 * @returns The cluster, if one is clear.
 */
function choose(candidates: Map<number, number> | undefined, sentence: number): number | undefined {
  if (!candidates || candidates.size === 0) return undefined
  if (candidates.size === 1) return candidates.keys().next().value
  let best: number | undefined
  let bestSentence = -1
  let tie = false

  for (const [cluster, last] of candidates) {
    if (last > bestSentence) {
      best = cluster
      bestSentence = last
      tie = false
    } else if (last === bestSentence) {
      tie = true
    }
  }

  return !tie && sentence - bestSentence <= 1 ? best : undefined
}

/**
 * Whether an offset falls inside a name that started before it.
 *
 * @param names The names, by start.
 * @param next Index of the first name not yet passed.
 * @param offset The offset.
 * @returns Whether it does.
 */
function insideName(names: ReadonlyArray<{start: number; end: number}>, next: number, offset: number): boolean {
  const previous = names[next - 1]
  const following = names[next]
  return Boolean((previous && previous.end > offset) || (following && following.start <= offset))
}

/** The head nouns of an entity that answers to none. */
const noHeads: ReadonlySet<string> = new Set()

/**
 * The nouns an entity answers to.
 *
 * @param context The tokens.
 * @param cluster The entity's names.
 * @returns The head nouns.
 */
function headsOf(context: Context, cluster: Cluster): ReadonlySet<string> {
  if (cluster.type !== 'organization' && cluster.type !== 'location') return noHeads
  const heads = new Set<string>()
  const input = context.document.input

  for (const name of cluster.names) {
    const words = nameWords(input.slice(name.start, name.end))
    const last = withoutFinalPeriod(words.at(-1) ?? '')
    if (words.length > 1 && nominalHeads.get(last) === cluster.type) heads.add(last)

    if (words.length > 1 && withoutFinalPeriod(words[1]!) === 'of') {
      const first = withoutFinalPeriod(words[0]!)
      if (nominalHeads.get(first) === cluster.type) heads.add(first)
    }

    if (cluster.type === 'organization' && companySuffixes.has(last)) {
      heads.add('company')
      heads.add('firm')
    }

    const token = tokenStartingAt(context, followingStart(input, name.end))
    const text = token < 0 ? undefined : context.vocabulary.text[context.words[token]!]!
    // "Nagorno-Karabakh region": the place is a region. ("Senate committee"
    // is a committee of the Senate, so organisations take no such noun.)
    if (cluster.type === 'location' && text !== undefined && /^\p{Ll}/u.test(text) && nominalHeads.get(text) === 'location') {
      heads.add(text)
    }
  }

  return heads
}

/**
 * The offset of the next word after a name, past one space.
 *
 * @param input The caller's input.
 * @param end The end of the name.
 * @returns The offset after the space (or `end`).
 */
function followingStart(input: string, end: number): number {
  return input.charCodeAt(end) === 32 ? end + 1 : end
}
