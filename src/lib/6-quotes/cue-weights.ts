import * as shippedCues from '../../data/cues.js'
import {stem, stopAfter, stopBefore} from './features.js'
import {classCount, tokenClasses} from './token-classes.js'

/**
 * The learned cue model (`src/data/cues.ts`), unpacked on first use so that
 * importing the library costs nothing, into tables by class number and maps
 * keyed by the strings the tokens hold, so that scoring (`cue-model.ts`)
 * builds no string.
 */

/**
 * The weights of the features that hang on one word of the lexicon: those
 * of the word alone summed ahead (`b`, `w`, `s`, in the order the features
 * come), the others in tables by class (`classCount` or `classCount²` long,
 * row by the first class) or by a neighbour's form. A feature the model
 * does not hold weighs `0`, and adding `0` leaves a sum as it is, so the
 * sums are those of one look-up per feature.
 */
export interface WordWeights {
  /** The word. */
  word: string
  /** `b`, `x`, `w` and `s` or `xs`, added in that order from `0`. */
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
export interface Flags {
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
export interface CueModel {
  /** The lexicon, with the weights that depend on the word. */
  words: Map<string, WordWeights>
  /**
   * The lexicon by shape (`shapeOf`): most other words find no entry, and
   * the others are told apart by comparing strings, without hashing them.
   */
  byShape: Array<WordWeights[] | undefined>
  /** The stems of the lexicon's words: a word outside it that shares one is scored too (`sharesStem`). */
  stems: Set<string>
  /** The weights of the words scored by their stem, made on first use. */
  byStem: Map<string, WordWeights>
  /** The tables of templates with no part or one, for the weights of words scored by their stem. */
  single: Map<string, Map<string, number>>
  /** `p1`, `n1`, `p2`, `n2`: by a neighbour's form. */
  p1: Map<string, number>
  n1: Map<string, number>
  p2: Map<string, number>
  n2: Map<string, number>
  /** `g`: by what the candidate governs (`governed`). */
  g: Map<string, number>
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

/** What `src/data/cues.ts` holds: the packed weights, the lexicon and the lists learned beside it. */
export interface CueData {
  cueWeights: string
  cueWords: string
  /** Stems beyond those of `cueWords`, space-separated: a word sharing one is scored too. */
  cueStems?: string
  cueExtensions: string
  speakerlessCues: string
  invertingCues: string
  speakerGapWords: string
}

/** The data the model is unpacked from. */
let data: CueData = shippedCues

/**
 * Score with other data than the shipped model, or with the shipped model
 * again: for the learners, which read the stage with a cue model learned on
 * part of train (`scripts/learn-overlaps.ts`). Not part of the API.
 *
 * @param other The data, or `undefined` for the shipped model.
 */
export function useCueData(other: CueData | undefined): void {
  data = other ?? shippedCues
  model = undefined
}

/** The number of each class. */
const classNumbers = new Map(tokenClasses.map((name, index) => [name, index]))

/** The tables of the features that do not hang on the candidate word, by template. */
interface Tables {
  /** Templates with no part or one: by the part (`''` for none). */
  single: Map<string, Map<string, number>>
  /** Templates with one class: by class number. */
  byOneClass: Map<string, Float64Array>
  /** Templates with two classes: by both class numbers. */
  byTwoClasses: Map<string, Float64Array>
  /** The lines of the templates that hang on the candidate word, for later. */
  wordLines: string[][]
}

/**
 * The model, unpacked once: each line of the data is one feature (a later
 * line of the same feature wins, as a look-up by key would find), put in
 * the table of its template. A line whose parts do not fit its template
 * (a class no token has, a word outside the lexicon, too few or too many
 * parts) is never looked up, and left out.
 *
 * @returns The model.
 */
export function loadCueModel(): CueModel {
  if (model) return model
  const {cueWeights, cueExtensions, speakerGapWords, speakerlessCues, invertingCues} = data
  const tables = readTables(cueWeights)
  const {single, byOneClass, byTwoClasses} = tables
  const words = readWords(single, data.cueWords)
  const byShape = new Array<WordWeights[] | undefined>(shapeCount)
  for (const weights of words.values()) (byShape[shapeOf(weights.word)] ??= []).push(weights)
  for (const parts of tables.wordLines) addWordWeight(words, parts)

  const flag = (template: string) => single.get(template)!.get('') ?? 0
  model = {
    words,
    byShape,
    stems: new Set([...words.keys()].map(stem).concat(data.cueStems ? data.cueStems.split(' ') : [])),
    byStem: new Map(),
    single,
    p1: single.get('p1')!,
    n1: single.get('n1')!,
    p2: single.get('p2')!,
    n2: single.get('n2')!,
    g: single.get('g')!,
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
    extensions: readExtensions(cueExtensions),
    gaps: new Set(speakerGapWords.split(' ')),
    speakerless: new Set(speakerlessCues.split(' ')),
    inverting: new Set(invertingCues.split(' '))
  }
  return model
}

/**
 * Read the lines of the weights into the tables of their templates.
 *
 * @param text The weights, one feature a line.
 * @returns The tables, and the lines that hang on a word.
 */
function readTables(text: string): Tables {
  const single = new Map<string, Map<string, number>>()
  const byOneClass = new Map<string, Float64Array>()
  const byTwoClasses = new Map<string, Float64Array>()
  for (const template of ['b', 'x', 'w', 's', 'xs', 'suf', 'qw', 'p1', 'n1', 'p2', 'n2', 'q', 'that+', 'q+', 'q-', ',-', 'cap', 'ss', 'g', ...stopAfter, ...stopBefore]) single.set(template, new Map())
  for (const template of ['p1c', 'n1c', 'p2c', 'n2c']) byOneClass.set(template, new Float64Array(classCount))
  for (const template of ['n12c', 'p21c', 'pn']) byTwoClasses.set(template, new Float64Array(classCount * classCount))

  const wordLines: string[][] = []
  for (const line of text.split('\n')) {
    const parts = line.split(' ')
    const template = parts[0]!
    const a = parts[1]
    const b = parts[2]
    const size = parts.length - 2
    const weight = Number(parts[size + 1])
    const table = single.get(template)
    const oneClass = byOneClass.get(template)
    const twoClasses = byTwoClasses.get(template)
    if (table) {
      // No part, or one: a word, a stem, a suffix or a neighbour.
      if (size <= 1) table.set(size === 1 ? a! : '', weight)
    } else if (oneClass) {
      if (size === 1 && classNumbers.has(a!)) oneClass[classNumbers.get(a!)!] = weight
    } else if (twoClasses) {
      if (size === 2 && classNumbers.has(a!) && classNumbers.has(b!)) twoClasses[classNumbers.get(a!)! * classCount + classNumbers.get(b!)!] = weight
    } else {
      wordLines.push(parts)
    }
  }

  return {single, byOneClass, byTwoClasses, wordLines}
}

/**
 * The weights of each word of the lexicon that hang on the word alone.
 *
 * @param single The tables of templates with no part or one.
 * @param cueWords The lexicon, space-separated.
 * @returns The words' weights, by word.
 */
function readWords(single: Map<string, Map<string, number>>, cueWords: string): Map<string, WordWeights> {
  const words = new Map<string, WordWeights>()
  for (const word of cueWords.split(' ')) {
    if (!words.has(word)) words.set(word, wordWeights(single, word))
  }
  return words
}

/**
 * The weights that hang on one word alone.
 *
 * @param single The tables of templates with no part or one.
 * @param word The word.
 * @param byStem Whether it is scored only for sharing a stem with a word of the lexicon.
 * @returns Its weights, with no tables of its own yet.
 */
export function wordWeights(single: Map<string, Map<string, number>>, word: string, byStem = false): WordWeights {
  // The weights of the word alone, added in the order the features come.
  let head = 0
  head += single.get('b')!.get('') ?? 0
  if (byStem) head += single.get('x')!.get('') ?? 0
  head += single.get('w')!.get(word) ?? 0
  head += single.get(byStem ? 'xs' : 's')!.get(stem(word)) ?? 0
  return {
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
}

/**
 * The words that continue a cue head, by head.
 *
 * @param text One `head next` pair a line.
 * @returns The next words of each head.
 */
function readExtensions(text: string): Map<string, Set<string>> {
  const extensions = new Map<string, Set<string>>()
  for (const line of text.split('\n')) {
    const [head, next] = line.split(' ')
    if (!head || !next) continue
    const set = extensions.get(head) ?? new Set<string>()
    set.add(next)
    extensions.set(head, set)
  }
  return extensions
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
export function shapeOf(word: string): number {
  const length = word.length
  let hash = Math.imul(word.charCodeAt(0) | 0, 31) + (word.charCodeAt(1) | 0)
  hash = Math.imul(hash, 31) + (word.charCodeAt(length - 1) | 0)
  hash = Math.imul(hash, 31) + (word.charCodeAt(length - 2) | 0)
  hash = Math.imul(hash, 37) + length
  return (hash ^ (hash >>> 16)) & (shapeCount - 1)
}
