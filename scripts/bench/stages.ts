/**
 * The share of each stage of parseDispatch, timed by running the pipeline's
 * own list of stages (src/lib/pipeline.ts) with a timer after each.
 */
import {tagMentions} from '../../src/lib/3-entities/tagger/index.js'
import {createState, runStages} from '../../src/lib/pipeline.js'

/**
 * Time each stage over some texts.
 *
 * @param texts The dispatches.
 * @param rounds How many rounds to add up (after one warm-up).
 * @returns Each stage's share of the total, 0–1.
 */
export function stageShares(texts: string[], rounds: number): Record<string, number> {
  const totals: Record<string, number> = {}
  for (let round = 0; round <= rounds; round++) {
    for (const text of texts) {
      const times = timeStages(text)
      if (round > 0) for (const [key, value] of Object.entries(times)) totals[key] = (totals[key] ?? 0) + value
    }
  }
  const sum = Object.values(totals).reduce((a, b) => a + b, 0) || 1
  return Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, value / sum]))
}

function timeStages(text: string): Record<string, number> {
  const times: Record<string, number> = {}
  let mark = performance.now()
  const state = createState(text, undefined, tagMentions)
  runStages(state, undefined, function (stage) {
    const now = performance.now()
    times[stage.name] = (times[stage.name] ?? 0) + now - mark
    mark = now
  })
  return times
}
