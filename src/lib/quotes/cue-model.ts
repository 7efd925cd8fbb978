import {cueExtensions, cueWeights, cueWords, speakerGapWords, speakerlessCues, invertingCues} from '../../data/cues.js'
import {startsAfter, stem, stopAfter, stopBefore} from './features.js'
import {classCount, classIndex, tokenClasses, type Token} from './tokens.js'

/**
 * The learned cue model (`src/data/cues.ts`), unpacked on first use so that
 * importing the library costs nothing. Scoring reads the weights from
 * tables by class number and from maps keyed by the strings the tokens
 * hold, so that it builds no string.
 */

/**
 * The weights of the features that hang on one word of the lexicon: those
 * of the word alone summed ahead (`b`, `w`, `s`, in the order the features
 * come), the others in tables by class (`classCount` or `classCount²` long,
 * row by the first class) or by a neighbour's form. A feature the model
 * does not hold weighs `0`, and adding `0` leaves a sum as it is, so the
 * sums are those of one look-up per feature.
 */
interface WordWeights {
  /** The word. */
  word: string
  /** `b`, `w` and `s`, added in that order from `0`. */
  head: number
  /** `wn1c`: by the next token's class. */
  wn1c: Float64Array | undefined
  /** `p1cw`: by the previous token's class. */
  p1cw: Float64Array | undefined
  /** `wn1`: by the next token's form. */
  wn1: Map<string, number> | undefined
  /** `p1w`: by the previous token's form. */
  p1w: Map<string, number> | undefined
  /** `pwn`: by the classes before and after. */
  pwn: Float64Array | undefined
  /** `wnn`: by the classes of the next two tokens. */
  wnn: Float64Array | undefined
  /** `ppw`: by the classes of the two tokens before. */
  ppw: Float64Array | undefined
  /** `suf`: the weight of its last three letters. */
  suffix: number
  /** `qw`: inside quote marks. */
  quoted: number
}

/** The weights of the features without parts. */
interface Flags {
  /** `q`: inside quote marks. */
  quoted: number
  /** `that+`: a `that` a few tokens after. */
  thatAfter: number
  /** `q+`: a quote mark a few tokens after. */
  markAfter: number
  /** `q-`: a quote mark a few tokens before. */
  markBefore: number
  /** `,-`: a comma a few tokens before. */
  commaBefore: number
  /** `cap`: capitalised inside a sentence. */
  capital: number
  /** `ss`: at a sentence start. */
  sentenceStart: number
}

/** The unpacked model. */
interface CueModel {
  /** The lexicon, with the weights that depend on the word. */
  words: Map<string, WordWeights>
  /**
   * The lexicon by shape (`shapeOf`): most other words find no entry, and
   * the others are told apart by comparing strings, without hashing them.
   */
  byShape: Array<WordWeights[] | undefined>
  /** `p1`, `n1`, `p2`, `n2`: by a neighbour's form. */
  p1: Map<string, number>
  n1: Map<string, number>
  p2: Map<string, number>
  n2: Map<string, number>
  /** `p1c`, `n1c`, `p2c`, `n2c`: by a neighbour's class. */
  p1c: Float64Array
  n1c: Float64Array
  p2c: Float64Array
  n2c: Float64Array
  /** `n12c`, `p21c`, `pn`: by two classes. */
  n12c: Float64Array
  p21c: Float64Array
  pn: Float64Array
  flags: Flags
  /** `stop+1` … `stop+4`, by distance (index 0 unused). */
  stopAfter: Float64Array
  /** `stop-1` … `stop-6`, by distance (index 0 unused). */
  stopBefore: Float64Array
  extensions: Map<string, Set<string>>
  gaps: Set<string>
  speakerless: Set<string>
  inverting: Set<string>
}

let model: CueModel | undefined

/** The number of each class. */
const classNumbers = new Map(tokenClasses.map((name, index) => [name, index]))

/**
 * The model, unpacked once: each line of the data is one feature (a later
 * line of the same feature wins, as a look-up by key would find), put in
 * the table of its template. A line whose parts do not fit its template
 * (a class no token has, a word outside the lexicon, too few or too many
 * parts) is never looked up, and left out.
 *
 * @returns The model.
 */
function load(): CueModel {
  if (model) return model
  const single = new Map<string, Map<string, number>>()
  const byOneClass = new Map<string, Float64Array>()
  const byTwoClasses = new Map<string, Float64Array>()
  for (const template of ['b', 'w', 's', 'suf', 'qw', 'p1', 'n1', 'p2', 'n2', 'q', 'that+', 'q+', 'q-', ',-', 'cap', 'ss', ...stopAfter, ...stopBefore]) single.set(template, new Map())
  for (const template of ['p1c', 'n1c', 'p2c', 'n2c']) byOneClass.set(template, new Float64Array(classCount))
  for (const template of ['n12c', 'p21c', 'pn']) byTwoClasses.set(template, new Float64Array(classCount * classCount))

  // The lines of templates that hang on the candidate word, for later.
  const wordLines: string[][] = []
  for (const line of cueWeights.split('\n')) {
    const parts = line.split(' ')
    const template = parts[0]!
    const a = parts[1]
    const b = parts[2]
    const size = parts.length - 2
    const weight = Number(parts[size + 1])
    const table = single.get(template)
    if (table) {
      // No part, or one: a word, a stem, a suffix or a neighbour.
      if (size <= 1) table.set(size === 1 ? a! : '', weight)
      continue
    }

    const oneClass = byOneClass.get(template)
    if (oneClass) {
      if (size === 1 && classNumbers.has(a!)) oneClass[classNumbers.get(a!)!] = weight
      continue
    }

    const twoClasses = byTwoClasses.get(template)
    if (twoClasses) {
      if (size === 2 && classNumbers.has(a!) && classNumbers.has(b!)) twoClasses[classNumbers.get(a!)! * classCount + classNumbers.get(b!)!] = weight
      continue
    }

    wordLines.push(parts)
  }

  const words = new Map<string, WordWeights>()
  const byShape = new Array<WordWeights[] | undefined>(shapeCount)
  for (const word of cueWords.split(' ')) {
    if (words.has(word)) continue
    // The weights of the word alone, added in the order the features come.
    let head = 0
    head += single.get('b')!.get('') ?? 0
    head += single.get('w')!.get(word) ?? 0
    head += single.get('s')!.get(stem(word)) ?? 0
    const weights: WordWeights = {
      word,
      head,
      wn1c: undefined,
      p1cw: undefined,
      wn1: undefined,
      p1w: undefined,
      pwn: undefined,
      wnn: undefined,
      ppw: undefined,
      suffix: single.get('suf')!.get(word.length > 3 ? word.slice(-3) : word) ?? 0,
      quoted: single.get('qw')!.get(word) ?? 0
    }
    words.set(word, weights)
    ;(byShape[shapeOf(word)] ??= []).push(weights)
  }

  for (const parts of wordLines) addWordWeight(words, parts)

  const flag = (template: string) => single.get(template)!.get('') ?? 0
  const extensions = new Map<string, Set<string>>()
  for (const line of cueExtensions.split('\n')) {
    const [head, next] = line.split(' ')
    if (!head || !next) continue
    const set = extensions.get(head) ?? new Set<string>()
    set.add(next)
    extensions.set(head, set)
  }

  model = {
    words,
    byShape,
    p1: single.get('p1')!,
    n1: single.get('n1')!,
    p2: single.get('p2')!,
    n2: single.get('n2')!,
    p1c: byOneClass.get('p1c')!,
    n1c: byOneClass.get('n1c')!,
    p2c: byOneClass.get('p2c')!,
    n2c: byOneClass.get('n2c')!,
    n12c: byTwoClasses.get('n12c')!,
    p21c: byTwoClasses.get('p21c')!,
    pn: byTwoClasses.get('pn')!,
    flags: {
      quoted: flag('q'),
      thatAfter: flag('that+'),
      markAfter: flag('q+'),
      markBefore: flag('q-'),
      commaBefore: flag(',-'),
      capital: flag('cap'),
      sentenceStart: flag('ss')
    },
    stopAfter: Float64Array.from(stopAfter, flag),
    stopBefore: Float64Array.from(stopBefore, flag),
    extensions,
    gaps: new Set(speakerGapWords.split(' ')),
    speakerless: new Set(speakerlessCues.split(' ')),
    inverting: new Set(invertingCues.split(' '))
  }
  return model
}

/**
 * Put the weight of a feature that hangs on the candidate word in that
 * word's tables.
 *
 * @param words The lexicon's weights.
 * @param parts The line: template, parts, weight.
 */
function addWordWeight(words: Map<string, WordWeights>, parts: readonly string[]): void {
  const [template, a = '', b = '', c = ''] = parts
  const size = parts.length - 2
  const weight = Number(parts[size + 1])
  const first = classNumbers.get(a)
  const second = classNumbers.get(b)
  const third = classNumbers.get(c)
  let word: WordWeights | undefined
  if (template === 'wn1c' && size === 2 && (word = words.get(a)) && second !== undefined) {
    ;(word.wn1c ??= new Float64Array(classCount))[second] = weight
  } else if (template === 'p1cw' && size === 2 && (word = words.get(b)) && first !== undefined) {
    ;(word.p1cw ??= new Float64Array(classCount))[first] = weight
  } else if (template === 'wn1' && size === 2 && (word = words.get(a))) {
    ;(word.wn1 ??= new Map()).set(b, weight)
  } else if (template === 'p1w' && size === 2 && (word = words.get(b))) {
    ;(word.p1w ??= new Map()).set(a, weight)
  } else if (template === 'pwn' && size === 3 && (word = words.get(b)) && first !== undefined && third !== undefined) {
    ;(word.pwn ??= new Float64Array(classCount * classCount))[first * classCount + third] = weight
  } else if (template === 'wnn' && size === 3 && (word = words.get(a)) && second !== undefined && third !== undefined) {
    ;(word.wnn ??= new Float64Array(classCount * classCount))[second * classCount + third] = weight
  } else if (template === 'ppw' && size === 3 && (word = words.get(c)) && first !== undefined && second !== undefined) {
    ;(word.ppw ??= new Float64Array(classCount * classCount))[first * classCount + second] = weight
  }
}

/** How many shapes there are. */
const shapeCount = 1 << 14

/**
 * The shape of a word: a number below `shapeCount` made of its length and
 * its first two and last two characters. Words of one shape may differ;
 * words of two shapes do.
 *
 * @param word A word.
 * @returns Its shape.
 */
function shapeOf(word: string): number {
  const length = word.length
  let hash = Math.imul(word.charCodeAt(0) | 0, 31) + (word.charCodeAt(1) | 0)
  hash = Math.imul(hash, 31) + (word.charCodeAt(length - 1) | 0)
  hash = Math.imul(hash, 31) + (word.charCodeAt(length - 2) | 0)
  hash = Math.imul(hash, 37) + length
  return (hash ^ (hash >>> 16)) & (shapeCount - 1)
}

/**
 * Whether a token may be a word of the lexicon: a word whose shape one of
 * them has. Cheap, so that the scoring passes over most tokens at once.
 *
 * @param token The token.
 * @returns `false` when it surely is not.
 */
export function mayHeadCue(token: Token): boolean {
  return token.kind === 'word' && load().byShape[shapeOf(token.norm)] !== undefined
}

/**
 * The weights of a word of the lexicon.
 *
 * @param weights The model.
 * @param norm The word's normal form.
 * @returns Its weights, or `undefined` for a word outside the lexicon.
 */
function lexiconEntry(weights: CueModel, norm: string): WordWeights | undefined {
  const bucket = weights.byShape[shapeOf(norm)]
  if (bucket) for (const entry of bucket) if (entry.word === norm) return entry
  return undefined
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
 * How likely the model finds that token `index` heads a reporting cue: the
 * features of `visitCueFeatures` (`features.ts`), weighed and added in the
 * order it visits them, so that the sum is the same to the last bit.
 *
 * @param tokens The paragraph's tokens.
 * @param index The token.
 * @param quoted Per token, whether it stands inside double quote marks.
 * @returns A probability; `0` for words outside the lexicon.
 */
export function cueProbability(tokens: readonly Token[], index: number, quoted: readonly boolean[]): number {
  const token = tokens[index]
  if (!token || token.kind !== 'word') return 0
  const weights = load()
  const norm = token.norm
  const word = lexiconEntry(weights, norm)
  if (!word) return 0
  const p1 = tokens[index - 1]
  const p2 = tokens[index - 2]
  const n1 = tokens[index + 1]
  const n2 = tokens[index + 2]
  const p1w = p1 ? p1.norm : '^'
  const p2w = p2 ? p2.norm : '^'
  const n1w = n1 ? n1.norm : '$'
  const n2w = n2 ? n2.norm : '$'
  const p1c = classIndex(p1)
  const p2c = classIndex(p2)
  const n1c = classIndex(n1)
  const n2c = classIndex(n2)
  const {flags} = weights

  let sum = word.head
  sum += weights.p1.get(p1w) ?? 0
  sum += weights.n1.get(n1w) ?? 0
  sum += weights.p2.get(p2w) ?? 0
  sum += weights.n2.get(n2w) ?? 0
  sum += weights.p1c[p1c]!
  sum += weights.n1c[n1c]!
  sum += weights.p2c[p2c]!
  sum += weights.n2c[n2c]!
  sum += weights.n12c[n1c * classCount + n2c]!
  sum += weights.p21c[p2c * classCount + p1c]!
  if (word.wn1c) sum += word.wn1c[n1c]!
  if (word.p1cw) sum += word.p1cw[p1c]!
  if (word.wn1) sum += word.wn1.get(n1w) ?? 0
  if (word.p1w) sum += word.p1w.get(p1w) ?? 0
  if (word.pwn) sum += word.pwn[p1c * classCount + n1c]!
  if (word.wnn) sum += word.wnn[n1c * classCount + n2c]!
  if (word.ppw) sum += word.ppw[p2c * classCount + p1c]!
  sum += weights.pn[p1c * classCount + n1c]!
  sum += word.suffix
  if (quoted[index]) {
    sum += flags.quoted
    sum += word.quoted
  }
  // What stands a few tokens away: a `that`, a quote mark, a sentence end.
  for (let offset = 1; offset <= 4; offset++) {
    const after = tokens[index + offset]
    if (!after) break
    const norm = after.norm
    if (norm === 'that') sum += flags.thatAfter
    if (norm === '"') sum += flags.markAfter
    if (norm === '.' || norm === '?' || norm === '!') {
      sum += weights.stopAfter[offset]!
      break
    }
  }
  for (let offset = 1; offset <= 6; offset++) {
    const before = tokens[index - offset]
    if (!before) break
    const norm = before.norm
    if (norm === '"') sum += flags.markBefore
    if (norm === ',') sum += flags.commaBefore
    if (norm === '.' || norm === '?' || norm === '!') {
      sum += weights.stopBefore[offset]!
      break
    }
  }
  const start = startsAfter(p1)
  if (token.capital && !start) sum += flags.capital
  if (start) sum += flags.sentenceStart
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
