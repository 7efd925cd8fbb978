/**
 * The timer of `quote-steps.ts`, bundled by it.
 */
import {tagMentions} from '../../src/lib/3-entities/tagger/index.js'
import {readDocument, runPipeline} from '../../src/lib/pipeline.js'
import {draftQuotes, ruleDrafts} from '../../src/lib/6-quotes/index.js'
import {applySpanModel} from '../../src/lib/6-quotes/model-quotes.js'
import {readParagraphs} from '../../src/lib/6-quotes/read-paragraphs.js'
import {settlePairs} from '../../src/lib/6-quotes/settle-pairs.js'
import type {Draft} from '../../src/lib/6-quotes/draft.js'
import {rankSpeakers, type SpeakerRanker} from '../../src/lib/6-quotes/speaker-model.js'

/**
 * Time each step of the quotes stage over some texts, each step in rounds
 * of its own over every document (the steps' inputs made beforehand).
 *
 * @param texts The dispatches.
 * @param rounds How many rounds to take the median of (after 5 more).
 * @returns Per step, CPU milliseconds per round (the median round; `parse` is the whole pipeline, without the speaker ranker), and the medians of the span model's time over the rules' and over the parse's, and of the overlap model's and the speaker ranker's over the parse's.
 */
export function timeQuoteSteps(texts: string[], rounds: number): Record<string, number> {
  const documents = texts.map((text) => readDocument(text).document)
  const readings = documents.map((document) => readParagraphs(document))
  const drafts = documents.map((document, index) => ruleDrafts(document.input, readings[index]!))
  const folded = documents.map((document) => {
    const found = draftQuotes(document)
    return {reading: found.reading, folded: found.folded}
  })
  // The speaker ranker's inputs, caught in a parse, with the rules' speakers to put back before each round.
  const ranked: Array<{args: Parameters<SpeakerRanker>; speakers: Array<Pick<Draft, 'speaker' | 'speakerTokens'>>}> = []
  const catchRanker: SpeakerRanker = (...args) => {
    ranked.push({args, speakers: args[1].map(({draft}) => ({speaker: draft.speaker, speakerTokens: draft.speakerTokens}))})
  }
  texts.forEach((text) => runPipeline(text, undefined, tagMentions, undefined, catchRanker))
  const steps: Record<string, () => void> = {
    speakerRanker: () => {
      for (const {args, speakers} of ranked) {
        for (const [index, {draft}] of args[1].entries()) Object.assign(draft, speakers[index])
        rankSpeakers(...args)
      }
    },
    parse: () => texts.forEach((text) => runPipeline(text, undefined, tagMentions)),
    read: () => documents.forEach((document) => readParagraphs(document)),
    rules: () => documents.forEach((document, index) => ruleDrafts(document.input, readings[index]!)),
    spanModel: () => documents.forEach((document, index) => applySpanModel(document.input, readings[index]!, drafts[index]!)),
    overlapModel: () => documents.forEach((document, index) => settlePairs(document.input, folded[index]!.reading, folded[index]!.folded))
  }
  const times: Record<string, number[]> = {}
  const ratios: number[] = []
  const shares: number[] = []
  const overlapShares: number[] = []
  const rankerShares: number[] = []
  for (let round = 0; round < rounds + 5; round++) {
    for (const [step, run] of Object.entries(steps)) {
      const before = process.cpuUsage()
      run()
      const used = process.cpuUsage(before)
      if (round >= 5) (times[step] ??= []).push((used.user + used.system) / 1000)
    }
    if (round >= 5) {
      rankerShares.push(times.speakerRanker!.at(-1)! / times.parse!.at(-1)!)
      ratios.push(times.spanModel!.at(-1)! / times.rules!.at(-1)!)
      shares.push(times.spanModel!.at(-1)! / times.parse!.at(-1)!)
      overlapShares.push(times.overlapModel!.at(-1)! / times.parse!.at(-1)!)
    }
  }
  const result = Object.fromEntries(Object.entries(times).map(([step, values]) => [step, median(values)]))
  result['spanModel / rules'] = median(ratios)
  result['spanModel % of parse'] = median(shares.map((share) => share * 100))
  result['overlapModel % of parse'] = median(overlapShares.map((share) => share * 100))
  result['speakerRanker % of parse'] = median(rankerShares.map((share) => share * 100))
  return result
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100
}
