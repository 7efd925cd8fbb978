import {cueExtensions, cueWeights, cueWords, speakerGapWords, speakerlessCues, invertingCues} from '../../data/cues.js'
import {visitCueFeatures} from './features.js'
import type {Token} from './tokens.js'

/**
 * The learned cue model (`src/data/cues.ts`), unpacked on first use so that
 * importing the library costs nothing.
 */

/** A node of the weight trie: template, then each part of the feature. */
interface WeightNode {
  weight: number
  next?: Map<string, WeightNode>
}

/** The unpacked model. */
interface CueModel {
  weights: Map<string, WeightNode>
  words: Set<string>
  extensions: Map<string, Set<string>>
  gaps: Set<string>
  speakerless: Set<string>
  inverting: Set<string>
}

let model: CueModel | undefined

/**
 * The model, unpacked once. Weights go in a trie keyed by template and
 * parts, so that scoring looks features up by the strings the tokens hold
 * and builds none.
 *
 * @returns The model.
 */
function load(): CueModel {
  if (model) return model
  const weights = new Map<string, WeightNode>()
  for (const line of cueWeights.split('\n')) {
    const parts = line.split(' ')
    const weight = Number(parts.pop())
    let level = weights
    let node: WeightNode | undefined
    for (const part of parts) {
      node = level.get(part)
      if (!node) {
        node = {weight: 0}
        level.set(part, node)
      }
      level = node.next ??= new Map()
    }
    if (node) node.weight = weight
  }
  const extensions = new Map<string, Set<string>>()
  for (const line of cueExtensions.split('\n')) {
    const [head, next] = line.split(' ')
    if (!head || !next) continue
    const set = extensions.get(head) ?? new Set<string>()
    set.add(next)
    extensions.set(head, set)
  }
  model = {
    weights,
    words: new Set(cueWords.split(' ')),
    extensions,
    gaps: new Set(speakerGapWords.split(' ')),
    speakerless: new Set(speakerlessCues.split(' ')),
    inverting: new Set(invertingCues.split(' '))
  }
  return model
}

/** The running sum of one scoring, kept out of the closure's allocation. */
let sum = 0

/**
 * Add the weight of one feature to the running sum.
 *
 * @param template The template.
 * @param a The first part, if any.
 * @param b The second part, if any.
 * @param c The third part, if any.
 */
function addWeight(template: string, a?: string, b?: string, c?: string): void {
  let node = model!.weights.get(template)
  if (node && a !== undefined) node = node.next?.get(a)
  if (node && b !== undefined) node = node.next?.get(b)
  if (node && c !== undefined) node = node.next?.get(c)
  if (node) sum += node.weight
}

/**
 * Whether a word can head a cue at all (it is in the learned lexicon).
 *
 * @param norm The word's normal form.
 * @returns `true` for a candidate.
 */
export function isCueWord(norm: string): boolean {
  return load().words.has(norm)
}

/**
 * How likely the model finds that token `index` heads a reporting cue.
 *
 * @param tokens The paragraph's tokens.
 * @param index The token.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @returns A probability; `0` for words outside the lexicon.
 */
export function cueProbability(tokens: readonly Token[], index: number, quoted: readonly boolean[]): number {
  const token = tokens[index]
  const {words} = load()
  if (!token || token.kind !== 'word' || !words.has(token.norm)) return 0
  sum = 0
  visitCueFeatures(tokens, index, quoted, addWeight)
  return 1 / (1 + Math.exp(-sum))
}

/**
 * Whether `next` continues a cue headed by `head` (`according` → `to`).
 *
 * @param head The head's normal form.
 * @param next The next word's normal form.
 * @returns `true` when the corpus mostly writes them as one cue.
 */
export function extendsCue(head: string, next: string): boolean {
  return load().extensions.get(head)?.has(next) ?? false
}

/**
 * Whether a word may stand between a speaker and the cue head (`has`, `also`).
 *
 * @param norm The word's normal form.
 * @returns `true` for such a word.
 */
export function isGapWord(norm: string): boolean {
  return load().gaps.has(norm)
}

/**
 * Whether a cue head mostly comes without a speaker (`seems`, `expected`).
 *
 * @param norm The head's normal form.
 * @returns `true` for such a head.
 */
export function isSpeakerless(norm: string): boolean {
  return load().speakerless.has(norm)
}

/**
 * Whether a cue head, after a comma, mostly has its speaker after it
 * (`…, said Jane Roe`).
 *
 * @param norm The head's normal form.
 * @returns `true` for such a head.
 */
export function isInverting(norm: string): boolean {
  return load().inverting.has(norm)
}
