// The first texts of a corpus file (JSON lines with a `text` field), read by
// the processes that scripts/bench/instructions.ts runs under callgrind.
import {readFileSync} from 'node:fs'

/**
 * @param {string} corpusPath A corpus file in ../shared/corpora.
 * @param {number} count How many documents to read from its start.
 * @returns {{texts: string[], characters: number}} Their texts and their length in all.
 */
export function readCorpusTexts(corpusPath, count) {
  const texts = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => JSON.parse(line).text)
  let characters = 0
  for (const text of texts) characters += text.length
  return {texts, characters}
}
