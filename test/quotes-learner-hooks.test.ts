import {afterEach, describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {useCueData} from '../src/lib/6-quotes/cue-weights.js'
import {useOverlapModel} from '../src/lib/6-quotes/settle-pairs.js'

/**
 * The learners (`scripts/learn-overlaps.ts`) read the stage with a cue model
 * learned on part of train and settle pairs with weights of their own; the
 * shipped models must come back when they are done. Every dispatch here is
 * our own.
 */

const dispatch =
  'OSLO (NTB) - Harbour chief Ingrid Dahl said on Tuesday that the new ferry terminal would open in May. "We are ready," she said.'

/**
 * The quotes of the dispatch, as cue and text.
 *
 * @returns The quotes.
 */
function quotes(): Array<{cue: string; text: string}> {
  return parseDispatch(dispatch).quotes.map((quote) => ({cue: quote.cue?.text ?? '', text: quote.text}))
}

afterEach(function () {
  useCueData(undefined)
  useOverlapModel()
})

describe('learner hooks', function () {
  it('scores with other cue data, and with the shipped model again after', function () {
    const shipped = quotes()
    expect(shipped.map((quote) => quote.cue)).toContain('said')
    useCueData({cueWeights: 'b -5', cueWords: 'said', cueExtensions: '', speakerlessCues: '', invertingCues: '', speakerGapWords: ''})
    expect(quotes().some((quote) => quote.text.includes('ferry terminal'))).toBe(false)
    useCueData(undefined)
    expect(quotes()).toEqual(shipped)
  })

  it('settles pairs with other weights, and with the shipped ones again after', function () {
    const text = 'TBILISI (Reuters) - Defense lawyer Nino Beridze argued the decision showed the court had ignored the evidence.'
    const cues = () => parseDispatch(text).quotes.map((quote) => quote.cue?.text)
    expect(cues()).toEqual(['argued'])
    // Weights that always keep both: the inner report stays, nested.
    useOverlapModel('bias 50 0 0 0', 0.5)
    expect(cues()).toEqual(['argued', 'showed'])
    useOverlapModel()
    expect(cues()).toEqual(['argued'])
  })
})
