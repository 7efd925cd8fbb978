/**
 * Learning the case lexicon (`src/lib/3-entities/tagger/lexicon.ts`) from
 * unlabelled training text: for each word, how often it is written in lower
 * case and how often capitalised in the middle of a sentence, outside lines
 * in capitals. Only the words' hashes are kept, never the text.
 */

import {existsSync, readFileSync} from 'node:fs'
import {Case, readDocumentTokens} from '../../src/lib/3-entities/tagger/document-tokens.js'
import {lexiconKey} from '../../src/lib/3-entities/tagger/lexicon.js'
import {readDocument} from './corpus.js'

/** The lexicon, as sorted keys per class. */
export interface CaseLexicon {
  /** Keys of words written in lower case at least 80% of the time. */
  lower: number[]
  /** Keys of words written in lower case 20% to 80% of the time. */
  both: number[]
  /** How many words were counted. */
  words: number
}

/**
 * Read the `text` of every document of some JSONL files (missing files are
 * skipped).
 *
 * @param paths The files.
 * @returns The texts.
 */
export function readTexts(paths: string[]): string[] {
  return paths
    .filter((path) => existsSync(path))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as {text: string}).text)
    )
}

/**
 * Count how words are written and keep those seen at least twice that are
 * mostly, or often, in lower case.
 *
 * @param texts Unlabelled documents.
 * @returns The lexicon.
 */
export function learnCaseLexicon(texts: string[]): CaseLexicon {
  const counts = new Map<string, [number, number]>()

  for (const text of texts) {
    const doc = readDocumentTokens(readDocument(text))

    for (let s = 0; s < doc.sentences.length; s++) {
      if (doc.sentenceCaps[s]) continue

      for (let index = doc.sentenceStart[s]! + 1; index < doc.sentenceStart[s + 1]!; index++) {
        const kind = doc.caseOf[index]
        if (kind !== Case.Lower && kind !== Case.Capitalized) continue
        const word = doc.vocabulary.lower[doc.word[index]!]!
        let count = counts.get(word)
        if (!count) counts.set(word, (count = [0, 0]))
        count[kind === Case.Lower ? 0 : 1]++
      }
    }
  }

  const lower = new Set<number>()
  const both = new Set<number>()

  for (const [word, [small, capital]] of counts) {
    const total = small + capital
    if (total < 2 || small === 0) continue
    const share = small / total
    if (share >= 0.8) lower.add(lexiconKey(word))
    else if (share >= 0.2) both.add(lexiconKey(word))
  }

  for (const key of lower) both.delete(key)
  return {lower: [...lower].sort((a, b) => a - b), both: [...both].sort((a, b) => a - b), words: counts.size}
}
