import type {Cluster} from './cluster.js'
import type {Context} from './context.js'
import type {Link} from './nominals.js'
import {Fact} from './word-facts.js'

/** How many sentences back a pronoun's person may have been named. */
const window = 2

/**
 * Link "he", "she" and their other forms to the person they refer to: among
 * the persons named earlier in the same sentence or the two before it (in
 * the same segment or the one before), the only one whose gender (from a
 * title or a given name) is that of the pronoun, or else the only person
 * whose gender is not known. When unsure, leave the pronoun unlinked.
 *
 * @param context The tokens.
 * @param clusters The clusters.
 * @returns The links, in text order.
 */
export function linkPronouns(context: Context, clusters: readonly Cluster[]): Link[] {
  const persons: Array<{index: number; start: number}> = []

  for (let index = 0; index < clusters.length; index++) {
    const cluster = clusters[index]!
    if (cluster.type !== 'person') continue
    for (const name of cluster.names) persons.push({index, start: name.start})
  }

  if (persons.length === 0) return []
  persons.sort((a, b) => a.start - b.start)
  const genders = clusters.map(genderOf)
  const sentences = context.sentences
  const {sentenceStart, facts, starts, ends} = context
  // Sentence s names the persons `bound[s]` to `bound[s + 1]`: those that
  // start before its end and after the end of the one before.
  const bound = new Int32Array(sentences.length + 1)
  let next = 0

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const end = ends[sentenceStart[sentenceIndex + 1]! - 1]!
    while (next < persons.length && persons[next]!.start < end) next++
    bound[sentenceIndex + 1] = next
  }

  const links: Link[] = []
  const seen = new Set<number>()

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const to = sentenceStart[sentenceIndex + 1]!
    const segment = sentences[sentenceIndex]!.segment

    for (let token = sentenceStart[sentenceIndex]!; token < to; token++) {
      const fact = facts[token]!
      const gender = fact & Fact.PronounMale ? 'm' : fact & Fact.PronounFemale ? 'f' : undefined
      if (!gender) continue
      const start = starts[token]!
      seen.clear()

      for (let back = Math.max(0, sentenceIndex - window); back <= sentenceIndex; back++) {
        if (sentences[back]!.segment < segment - 1) continue

        for (let at = bound[back]!; at < bound[back + 1]!; at++) {
          const person = persons[at]!
          if (person.start < start) seen.add(person.index)
        }
      }

      let same = 0
      let sameIndex = -1
      let unknown = 0
      let unknownIndex = -1

      for (const index of seen) {
        if (genders[index] === gender) {
          same++
          sameIndex = index
        } else if (genders[index] === undefined) {
          unknown++
          unknownIndex = index
        }
      }

      const chosen = same === 1 ? sameIndex : same === 0 && unknown === 1 ? unknownIndex : -1
      if (chosen >= 0) links.push({cluster: chosen, span: {start, end: ends[token]!}, form: 'pronoun'})
    }
  }

  return links
}

/**
 * The gender that a person's names show, if they agree.
 *
 * @param cluster The cluster.
 * @returns `m`, `f` or `undefined`.
 */
function genderOf(cluster: Cluster): 'm' | 'f' | undefined {
  let gender: 'm' | 'f' | undefined

  for (const name of cluster.names) {
    if (!name.gender) continue
    if (gender && gender !== name.gender) return undefined
    gender = name.gender
  }

  return gender
}
