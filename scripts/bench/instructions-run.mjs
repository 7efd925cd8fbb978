// The process that scripts/bench/instructions.ts runs under valgrind's
// callgrind. Arguments: the path of a built dist/index.js, a corpus file
// (JSON lines with a `text` field), the number of documents to read from its
// start, the warm-up rounds and the measured rounds.
//
// It parses the documents for the warm-up rounds, calls os.getPriority()
// (whose native uv_os_getpriority callgrind is told to dump its counts
// before), then parses them for each measured round and calls it again: the
// profile's parts 2, 3, … are the measured rounds, one each, with loading,
// compiling the first time and the warm-up left out. It prints the sha256
// of the measured Articles' JSON, so that two builds can be seen to give
// the same output.
import {createHash} from 'node:crypto'
import {getPriority} from 'node:os'
import {readCorpusTexts} from './corpus-texts.mjs'

const [modulePath, corpusPath, count, warmup, rounds] = process.argv.slice(2)
const {parseDispatch} = await import(modulePath)
const {texts, characters} = readCorpusTexts(corpusPath, Number(count))
let articles = []
for (let round = 0; round < Number(warmup); round++) articles = texts.map((text) => parseDispatch(text))
globalThis.gc?.()
getPriority()
for (let round = 0; round < Number(rounds); round++) {
  articles = texts.map((text) => parseDispatch(text))
  globalThis.gc?.()
  getPriority()
}
const sha256 = createHash('sha256').update(JSON.stringify(articles)).digest('hex')
console.log(JSON.stringify({documents: texts.length, characters, sha256}))
