import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/**
 * Reported speech read by the shape of its clause: a subject with an
 * apposition before `said` and a clause after it is no inverted
 * attribution (`…, said Jane Roe.`), so the content is what follows the
 * cue. Every dispatch here is our own.
 */

/**
 * The quotes of a dispatch, as cue, speaker and text.
 *
 * @param text The dispatch.
 * @returns The quotes.
 */
function quotes(text: string): Array<{cue: string | undefined; speaker: string | undefined; text: string}> {
  return parseDispatch(text).quotes.map((quote) => ({cue: quote.cue?.text, speaker: quote.speaker?.text, text: quote.text}))
}

describe('a subject with an apposition before the cue', function () {
  it('reads the clause after `said`, not the subject, as the content', function () {
    expect(
      quotes('LISBON (Reuters) - Maria Olsen, an economist at the University of Lisbon, said a modest fee on freight could replace most of the rules shippers dislike.')
    ).toEqual([{cue: 'said', speaker: 'Maria Olsen, an economist at the University of Lisbon', text: 'a modest fee on freight could replace most of the rules shippers dislike'}])
  })

  it('does so after a title and a long apposition', function () {
    expect(
      quotes('OSLO (AP) - Harbour Minister Erik Lund, chairman of the coastal safety board, said keeping the old ferries in service puts the northern routes at risk of closing.')
    ).toEqual([
      {cue: 'said', speaker: 'Harbour Minister Erik Lund', text: 'keeping the old ferries in service puts the northern routes at risk of closing'}
    ])
  })

  it('keeps the inverted layout with a time adjunct', function () {
    expect(quotes('OSLO (AP) - The ferries will run again from Monday, said Erik Lund on Friday.')).toEqual([
      {cue: 'said', speaker: 'Erik Lund', text: 'The ferries will run again from Monday'}
    ])
  })

  it('keeps the inverted layout with an apposition', function () {
    expect(quotes('OSLO (AP) - The ferries will run again from Monday, said Erik Lund, a spokesman for the port.')).toEqual([
      {cue: 'said', speaker: 'Erik Lund', text: 'The ferries will run again from Monday'}
    ])
  })
})

describe('what the cue governs', function () {
  it('reads `at least` as the start of a clause, not an adjunct', function () {
    expect(quotes('NAIROBI (AFP) - Late on Sunday, as the floodwaters rose along the river, the Red Cross reported at least nine villages were cut off.')).toEqual([
      {cue: 'reported', speaker: 'the Red Cross', text: 'at least nine villages were cut off'}
    ])
  })

  it('reads an object after an opening adverbial, not the adverbial', function () {
    expect(quotes("NAIROBI (AFP) - In a speech to farmers, the president thanked Kenya's grain board.")).toEqual([
      {cue: 'thanked', speaker: 'the president', text: "Kenya's grain board"}
    ])
  })

  it('reads a clause opened by `But` before `, she said.` as the content', function () {
    expect(quotes('ROME (Reuters) - But the new tram line was planned badly, she said.')).toEqual([
      {cue: 'said', speaker: 'she', text: 'But the new tram line was planned badly'}
    ])
  })

  it('ends a content inside a clause opened by while at the comma that closes it', function () {
    expect(
      quotes('NAIROBI (AFP) - While the minister said that the dam was safe, engineers at the site found new cracks on Monday.')
    ).toEqual([{cue: 'said', speaker: 'the minister', text: 'that the dam was safe'}])
  })
})

describe('what follows the cue', function () {
  it('reads `this` opening a clause as content, not as a time adjunct', function () {
    expect(quotes('ROME (Reuters) - Wheat prices rose again in March. Some traders say this is only a pause.')).toEqual([
      {cue: 'say', speaker: 'Some traders', text: 'this is only a pause'}
    ])
  })

  it('still passes over `this week` before a that-clause', function () {
    expect(quotes('ROME (Reuters) - The bank said this week that rates would stay on hold.')).toEqual([
      {cue: 'said', speaker: 'The bank', text: 'that rates would stay on hold'}
    ])
  })
})

describe('passives and as-clauses', function () {
  it('reads a passive with its agent past an adverb', function () {
    expect(quotes('LAGOS (AP) - The ferry deal was first reported by the Daily Courier.')).toEqual([
      {cue: 'reported', speaker: 'the Daily Courier', text: 'The ferry deal'}
    ])
  })

  it('reads the subject of an agentless passive with nothing after it', function () {
    expect(quotes('LAGOS (AP) - The new ferry timetable was announced on Monday.')).toEqual([
      {cue: 'announced', speaker: undefined, text: 'The new ferry timetable'}
    ])
  })

  it('keeps what follows an agentless passive that governs a clause', function () {
    expect(quotes('LAGOS (AP) - The ferry operator was accused of ignoring safety rules.')).toEqual([
      {cue: 'accused of', speaker: undefined, text: 'ignoring safety rules'}
    ])
  })

  it('reads the clause before `, as X reported`', function () {
    expect(quotes('LAGOS (AP) - The governor met the ferry operators on Friday, as the Daily Courier reported on Sunday.')).toEqual([
      {cue: 'reported', speaker: 'the Daily Courier', text: 'The governor met the ferry operators on Friday'}
    ])
  })

  it('reads the clause after `As X reported,`', function () {
    expect(quotes('LAGOS (AP) - As the Daily Courier reported on Sunday, the governor met the ferry operators on Friday.')).toEqual([
      {cue: 'reported', speaker: 'the Daily Courier', text: 'the governor met the ferry operators on Friday'}
    ])
  })
})

describe('a direct quote inside a report', function () {
  it('ends the report before the attribution of a direct quote that follows a comma', function () {
    expect(quotes('ATHENS (AP) - Asked to describe the device that started the blaze, Chief Nikos Pappas said, "We are not going into that today."')).toEqual([
      {cue: 'describe', speaker: undefined, text: 'the device that started the blaze'},
      {cue: 'said', speaker: 'Chief Nikos Pappas', text: 'We are not going into that today.'}
    ])
  })
})

describe('according to and asked', function () {
  it('reads the clause after `, according to X,` when only an opener stands before it', function () {
    expect(quotes('BERLIN (dpa) - In addition, according to the ministry, nearly two million more workers will get the new allowance.')).toEqual([
      {cue: 'according to', speaker: 'the ministry', text: 'nearly two million more workers will get the new allowance'}
    ])
  })

  it('reads a question after `asked` and an adjunct', function () {
    expect(quotes('BERLIN (dpa) - The chancellor was asked on public radio whether the new allowance would be extended.')).toEqual([
      {cue: 'asked', speaker: undefined, text: 'whether the new allowance would be extended'}
    ])
  })
})

describe('a noun cue drawn by its subject', function () {
  it('reads the subject of drew criticism from as the content and the agent as the speaker', function () {
    expect(quotes('DUBLIN (Reuters) - The new water charge has drawn sharp criticism from opposition parties.')).toEqual([
      {cue: 'criticism', speaker: 'opposition parties', text: 'The new water charge'}
    ])
  })
})

describe('an opening question', function () {
  it('keeps `Asked what …` as a report of its own before a direct quote', function () {
    expect(quotes('OSLO (AP) - Asked what a firm deal would look like, the minister replied: “One that the fishermen can live with.”')).toEqual([
      {cue: 'Asked', speaker: undefined, text: 'what a firm deal would look like'},
      {cue: 'replied', speaker: 'the minister', text: 'One that the fishermen can live with.'}
    ])
  })
})
