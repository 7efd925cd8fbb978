import type {Cluster} from './cluster.js'
import type {Context} from './context.js'
import type {Link} from './nominals.js'
import {pronounGenders} from './word-lists.js'

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
  const persons = clusters
    .flatMap((cluster, index) => (cluster.type === 'person' ? cluster.names.map((name) => ({index, start: name.start})) : []))
    .sort((a, b) => a.start - b.start)
  if (persons.length === 0) return []
  const genders = clusters.map(genderOf)
  // Sentence → the person clusters named in it, in order, with offsets.
  const named: Array<Array<{index: number; start: number}>> = context.sentences.map(() => [])
  let next = 0

  for (const [sentenceIndex, sentence] of context.sentences.entries()) {
    const end = sentence.tokens.at(-1)?.end ?? 0

    while (next < persons.length && (persons[next]?.start ?? 0) < end) {
      const person = persons[next]
      next++
      if (person) named[sentenceIndex]?.push(person)
    }
  }

  const links: Link[] = []

  for (const [sentenceIndex, sentence] of context.sentences.entries()) {
    for (const token of sentence.tokens) {
      const gender = pronounGenders.get(token.text.toLowerCase())
      if (!gender) continue
      const seen = new Set<number>()

      for (let back = Math.max(0, sentenceIndex - window); back <= sentenceIndex; back++) {
        if ((context.sentences[back]?.segment ?? 0) < sentence.segment - 1) continue

        for (const person of named[back] ?? []) {
          if (person.start < token.start) seen.add(person.index)
        }
      }

      const same = [...seen].filter((index) => genders[index] === gender)
      const unknown = [...seen].filter((index) => genders[index] === undefined)
      const chosen = same.length === 1 ? same[0] : same.length === 0 && unknown.length === 1 ? unknown[0] : undefined
      if (chosen !== undefined) links.push({cluster: chosen, span: {start: token.start, end: token.end}, form: 'pronoun'})
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
