/**
 * `npx tsx scripts/build-word-clusters.ts`: learn word clusters from
 * unlabelled text and write `src/data/word-clusters.ts`, which the entity
 * tagger reads as features (see docs/entities-model.md): `npm run train`
 * reads it and ships the clusters in the model's lexicon, so retrain the
 * tagger after running it.
 *
 * The text is that of the training splits of every corpus in
 * `../shared/corpora` (or `$WIRECOPY_CORPORA`), annotation left out; no dev
 * or test text is read. It is cut into tokens exactly as the tagger cuts it,
 * and the lower-case words are clustered by their left contexts with the
 * exchange algorithm (`scripts/word-clusters/exchange.ts`) at three nested
 * levels. Only 22-bit hashes of the words are written, never the words.
 *
 * Options: `--classes N` (finest level, 256), `--min-count N` (fewest
 * occurrences of a word to be clustered, 3), `--keep N` (fewest occurrences
 * of a word to be written out, 12), `--rounds N` (16), `--show`
 * (print the most frequent words of each class).
 */

import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readDocumentTokens} from '../src/lib/3-entities/tagger/document-tokens.js'
import {lexiconKey} from '../src/lib/3-entities/tagger/lexicon.js'
import {dataCheck} from './data-check.js'
import {writeGapLists} from './range-encoder.js'
import {readTexts} from './train-entities/case-lexicon.js'
import {readDocument} from './train-entities/corpus.js'
import {classContexts, exchange, toContexts} from './word-clusters/exchange.js'

const root = process.env.WIRECOPY_CORPORA ?? fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const splits = ['conll2003', 'wikigold', 'gum-other', 'polnear', 'tempeval3'].map((name) => `${root}/${name}/train.jsonl`)
const output = fileURLToPath(new URL('../src/data/word-clusters.ts', import.meta.url))
const fine = Number(flag('--classes') ?? 256)
const levels = [fine, Math.max(2, fine / 4), Math.max(2, fine / 16)]
const minCount = Number(flag('--min-count') ?? 3)
const keep = Number(flag('--keep') ?? 12)
const rounds = Number(flag('--rounds') ?? 16)

const sentences = readSentences(readTexts(splits))
const frequency = new Map<string, number>()
for (const sentence of sentences) for (const word of sentence) frequency.set(word, (frequency.get(word) ?? 0) + 1)
const items = [...frequency]
  .filter(([word, count]) => count >= minCount && /\p{L}/u.test(word) && !/\d/.test(word))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([word]) => word)
log(`${sentences.length} sentences, ${frequency.size} distinct words, ${items.length} clustered`)

const contexts = wordContexts(sentences, items)
const classOf = [exchange(contexts, levels[0]!, rounds, log)]
let below = contexts

for (let level = 1; level < levels.length; level++) {
  log(`level ${level + 1}: ${levels[level]} classes`)
  below = classContexts(below, classOf[level - 1]!, levels[level - 1]!)
  classOf.push(exchange(below, levels[level]!, rounds, log))
}

if (process.argv.includes('--show')) show(items, classOf[0]!)
writeFileSync(output, moduleSource(items, classOf))
log(`wrote ${output}`)

/**
 * Cut the texts into sentences of lower-case tokens, as the tagger cuts them.
 *
 * @param texts The documents.
 * @returns Their sentences.
 */
function readSentences(texts: string[]): string[][] {
  const result: string[][] = []

  for (const text of texts) {
    const doc = readDocumentTokens(readDocument(text))

    for (let s = 0; s < doc.sentences.length; s++) {
      const words: string[] = []
      for (let index = doc.sentenceStart[s]!; index < doc.sentenceStart[s + 1]!; index++) {
        words.push(doc.vocabulary.lower[doc.word[index]!]!)
      }

      result.push(words)
    }
  }

  return result
}

/**
 * Each clustered word's predecessors: the word before it (a word seen fewer
 * than `minCount` times stands as one "rare" context, a number as one
 * "number" context) or the sentence start.
 *
 * @param text The sentences.
 * @param words The clustered words, most frequent first.
 * @returns Their contexts.
 */
function wordContexts(text: string[][], words: string[]) {
  const ids = new Map<string, number>()
  for (const [word, count] of frequency) if (count >= minCount) ids.set(word, ids.size)
  const rare = ids.size
  const number = rare + 1
  const start = rare + 2
  const itemOf = new Map(words.map((word, index) => [word, index]))
  const rows: Array<Map<number, number>> = words.map(() => new Map())

  for (const sentence of text) {
    let previous = start

    for (const word of sentence) {
      const item = itemOf.get(word)
      if (item !== undefined) rows[item]!.set(previous, (rows[item]!.get(previous) ?? 0) + 1)
      previous = ids.get(word) ?? (/\d/.test(word) ? number : rare)
    }
  }

  return toContexts(rows, start + 1)
}

/**
 * The generated module.
 *
 * @param words The clustered words, most frequent first.
 * @param classes The class of each word at the finest level, then the class of each finer class at each coarser level.
 * @returns Its source.
 */
function moduleSource(words: string[], classes: Int32Array[]): string {
  const members: number[][] = Array.from({length: levels[0]!}, () => [])
  const seen = new Set<number>()

  words.forEach(function (word, index) {
    const key = lexiconKey(word)
    if (frequency.get(word)! < keep || seen.has(key)) return
    seen.add(key)
    members[classes[0]![index]!]!.push(key)
  })

  for (const keys of members) keys.sort((a, b) => a - b)
  return [
    '// Generated by scripts/build-word-clusters.ts from the text of the training splits of ../shared/corpora. Do not edit.',
    '',
    '/**',
    ` * Word clusters: ${seen.size} lower-case words (as 22-bit hashes, see`,
    ' * `lexiconKey`) seen at least ' + keep + ' times, in ' + levels.join(', ') + ' nested classes learned',
    ' * by exchange clustering on their left contexts.',
    ' */',
    'export const wordClusters = {',
    '  /** For each finest class, its words\' keys (see `readGapLists`). */',
    `  words: '${writeGapLists(members)}',`,
    '  /** The class of each finest class at the middle level. */',
    `  middle: [${Array.from(classes[1]!).join(',')}],`,
    '  /** The class of each middle class at the coarsest level. */',
    `  coarse: [${Array.from(classes[2]!).join(',')}]`,
    '}',
    '',
    '/** What `words` decodes to: the keys, class by class, counted and hashed (scripts/data-check.ts). */',
    `export const wordClustersCheck = ${JSON.stringify(dataCheck(members.flat()))}`,
    ''
  ].join('\n')
}


/**
 * Print the most frequent words of each finest class (to look at them; never written).
 *
 * @param words The clustered words, most frequent first.
 * @param classOf Their classes.
 */
function show(words: string[], classOf: Int32Array): void {
  const members: string[][] = Array.from({length: levels[0]!}, () => [])
  words.forEach((word, index) => members[classOf[index]!]!.push(word))
  members.forEach((list, index) => log(`${index}: ${list.length} ${list.slice(0, 14).join(' ')}`))
}

/**
 * The value of a command-line option.
 *
 * @param name The option.
 * @returns Its value, if given.
 */
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}

/**
 * Say how it goes.
 *
 * @param line What to say.
 */
function log(line: string): void {
  console.log(line)
}
