// The process that `scripts/bench/instructions.ts --stages` runs under
// callgrind: like instructions-run.mjs, but each measured round runs the
// pipeline stage by stage over all the documents (every document's layout,
// then every document's text stage, …) and calls os.getPriority() after each
// stage and after a full garbage collection at the round's end, so that the
// profile's parts after the warm-up are one stage of one round each, then
// the collection. Arguments: a bundle of a worktree's src/lib/pipeline.ts with
// tagMentions (and rankSpeakers where the worktree has it), a corpus file,
// the number of documents, the warm-up rounds and the measured rounds.
// Documents are read whole (one window each), as news articles are.
import {createHash} from 'node:crypto'
import {getPriority} from 'node:os'
import {readCorpusTexts} from './corpus-texts.mjs'

const [modulePath, corpusPath, count, warmup, rounds] = process.argv.slice(2)
const {createState, stages, tagMentions, rankSpeakers} = await import(modulePath)
const {texts, characters} = readCorpusTexts(corpusPath, Number(count))
let states = []
for (let round = 0; round < Number(warmup); round++) states = runRound(false)
globalThis.gc?.()
getPriority()
for (let round = 0; round < Number(rounds); round++) states = runRound(true)
const sha256 = createHash('sha256')
  .update(JSON.stringify(states.map((state) => state.article)))
  .digest('hex')
console.log(JSON.stringify({documents: texts.length, characters, sha256, stages: stages.map((stage) => stage.name)}))

/**
 * Run every stage over every document, stage by stage.
 *
 * @param mark Whether to call the marker after each stage.
 * @returns The documents' states.
 */
function runRound(mark) {
  const states = texts.map((text) => createState(text, undefined, tagMentions, rankSpeakers))
  for (const stage of stages) {
    for (const state of states) {
      if (stage.perWindow) {
        if (state.windows.length !== 1) throw new Error('A document of more than one window')
        state.window ??= {index: 0, stretches: state.windows[0]}
      }
      stage.run(state)
    }
    if (mark) getPriority()
  }
  if (mark) {
    globalThis.gc?.()
    getPriority()
  }
  return states
}
