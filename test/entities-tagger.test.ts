import {describe, expect, it} from 'vitest'
import {readDocumentTokens} from '../src/lib/3-entities/tagger/document-tokens.js'
import {getModel, modelState, tagMentions, type TaggedMention} from '../src/lib/3-entities/tagger/index.js'
import {allowed, labelOf, labelSpans} from '../src/lib/3-entities/tagger/labels.js'
import {buildLexicon, lexiconKey, wordCase, WordCase, wordCluster} from '../src/lib/3-entities/tagger/lexicon.js'
import {readSortedNumbers} from '../src/lib/util/range-decoder.js'
import {writeGapLists, writeSortedNumbers} from '../scripts/range-encoder.js'
import {tagTokens} from '../src/lib/3-entities/tagger/tag-tokens.js'
import {tokenizeDocument} from '../src/lib/3-entities/tagger/tokens.js'
import {readLayout} from '../src/lib/1-layout/index.js'
import {readSegments, type Document} from '../src/lib/2-text/index.js'

/**
 * The learned tagger, on sentences written for this test. Its accuracy is
 * measured on CoNLL-2003 by `npm run eval`; here: exact spans, possessives,
 * headlines in capitals, document-level consistency, odd input, and that the
 * model is decoded lazily.
 */

// Runs first: nothing above has tagged anything yet.
const decodesAtImport = modelState.decodes

/**
 * Build the document `parseDispatch` hands to the entities stage.
 *
 * @param text A dispatch.
 * @returns Its document.
 */
function documentOf(text: string): Document {
  const layout = readLayout(text)
  return {
    input: text,
    authors: layout.authors,
    segments: readSegments(text, [
      ...(layout.headline ? [{kind: 'headline' as const, span: layout.headline}] : []),
      ...(layout.dateline ? [{kind: 'dateline' as const, span: layout.dateline.span}] : []),
      ...layout.paragraphs.map((span) => ({kind: 'paragraph' as const, span}))
    ])
  }
}

/**
 * Tag a dispatch and list its mentions as `LABEL text`.
 *
 * @param text A dispatch.
 * @returns The mentions.
 */
function tag(text: string): string[] {
  return tagMentions(documentOf(text)).map((mention) => mention.label + ' ' + text.slice(mention.span.start, mention.span.end))
}

describe('the entity tagger', function () {
  it('does not decode its model at import, and decodes it once', function () {
    expect(decodesAtImport).toBe(0)
    tag('Nothing happened.')
    expect(modelState.decodes).toBe(1)
    tag('Nothing happened again.')
    getModel()
    expect(modelState.decodes).toBe(1)
  })

  it('finds people, organisations and places with exact spans', function () {
    const text = 'Angela Merkel met officials of the European Union in Brussels on Monday.'
    const mentions = tagMentions(documentOf(text))
    expect(mentions.map((mention) => mention.label + ' ' + text.slice(mention.span.start, mention.span.end))).toEqual([
      'PER Angela Merkel',
      'ORG European Union',
      'LOC Brussels'
    ])
    expect(mentions[0]!.span).toEqual({start: 0, end: 13})
  })

  it('leaves the possessive out of names', function () {
    const text = 'Germany’s finance minister praised Toyota\'s plant, and Kenya’s president agreed.'
    const found = tag(text)
    expect(found).toContain('LOC Germany')
    expect(found).toContain('ORG Toyota')
    expect(found).toContain('LOC Kenya')
    for (const item of found) expect(item).not.toMatch(/['’]s$/)
  })

  it('names a ministry whole with its nationality, a misspelling included', function () {
    expect(tag('The Kazakh Foreing Ministry said on Monday that talks would go on.')).toContain(
      'ORG Kazakh Foreing Ministry'
    )
  })

  it('reads a headline in capitals', function () {
    const found = tag(
      'MERKEL AND MACRON AGREE ON BUDGET IN PARIS\n\nChancellor Angela Merkel met President Emmanuel Macron in Paris on Friday.\n\nMerkel said the deal would help Germany and France.'
    )
    expect(found.slice(0, 3)).toEqual(['PER MERKEL', 'PER MACRON', 'LOC PARIS'])
  })

  it('labels a surname alone as the full name was labelled', function () {
    const found = tag(
      'Tom Hadley has farmed sheep near Leeds for forty years.\n\nHadley said the drought was the worst he had seen.\n\nThe price of feed rose, Hadley added.'
    )
    expect(found).toEqual(['PER Tom Hadley', 'LOC Leeds', 'PER Hadley', 'PER Hadley'])
  })

  it('finds names between long lower-case runs it passes over, and leaves those runs outside', function () {
    const text =
      'after a long and tiring day of talks that went on well into the night, officials of the World Bank and ' +
      'the governor of the central bank met in Nairobi, and then, as agreed, in Kampala, said a statement that was ' +
      'issued late on the same day.'
    expect(tag(text)).toEqual(['ORG World Bank', 'LOC Nairobi', 'LOC Kampala'])
    const tokens = readDocumentTokens(documentOf(text), getModel().lexicon)
    const labels = tagTokens(tokens, getModel())
    const lowerRun = text.indexOf('tiring day of talks')

    for (let index = 0; index < tokens.count; index++) {
      if (tokens.starts[index]! >= lowerRun && tokens.ends[index]! <= lowerRun + 19) expect(labels[index]).toBe(0)
    }
  })

  it('gives the same word one label throughout a document after the document passes', function () {
    const text =
      'Rangers beat Hearts 2-0 on Saturday.\n\nRangers scored twice before half-time.\n\nThe Hearts coach said Rangers deserved to win.'
    const tokens = readDocumentTokens(documentOf(text), getModel().lexicon)
    const labels = tagTokens(tokens, getModel())
    const seen = new Map<string, Set<number>>()

    for (let index = 0; index < tokens.count; index++) {
      const word = text.slice(tokens.starts[index], tokens.ends[index])

      if (word === 'Rangers' || word === 'Hearts') {
        const set = seen.get(word) ?? new Set()
        set.add(labels[index]!)
        seen.set(word, set)
      }
    }

    expect(seen.get('Rangers')!.size).toBe(1)
    expect(seen.get('Hearts')!.size).toBe(1)
    expect([...seen.get('Rangers')!][0]).not.toBe(0)
  })

  it('credits the byline as a person', function () {
    const text = 'Budget talks stall\n\nBy Jane Okafor\n\nLAGOS — Talks on the budget stalled on Monday, officials said.'
    const document = documentOf(text)
    const mentions = tagMentions(document)
    expect(document.authors.length).toBeGreaterThan(0)

    for (const author of document.authors) {
      expect(mentions).toContainEqual({span: author.span, label: 'PER'})
    }
  })

  it('does not throw on empty or odd input, and every span slices back to a token', function () {
    const inputs = [
      '',
      '   ',
      '\u0000\u0001 ))) ’s ’s \'s "',
      '’s',
      'x'.repeat(20_000),
      '"""\n\n\'\'\'\n\n« » “ ”',
      'A-B-C-D O\'Neill-Smith’s 1,000,000 U.S.-based 😀 Zoë Ærø',
      'THE END.\n\nThe end.'
    ]

    for (const text of inputs) {
      const mentions: TaggedMention[] = tagMentions(documentOf(text))

      for (const mention of mentions) {
        expect(mention.span.end).toBeGreaterThan(mention.span.start)
        expect(text.slice(mention.span.start, mention.span.end).trim()).toBe(
          text.slice(mention.span.start, mention.span.end)
        )
      }
    }
  })
})

describe('the tagger’s tokens', function () {
  it('cut off possessive endings and keep hyphens and inner apostrophes', function () {
    const text = 'O’Neill’s Chester-le-Street team beat the U.S. side, and Paris\'s mayor smiled.'
    const tokens = tokenizeDocument(documentOf(text)).flatMap((sentence) => sentence.tokens.map((token) => token.text))
    expect(tokens).toEqual([
      'O’Neill',
      '’s',
      'Chester-le-Street',
      'team',
      'beat',
      'the',
      'U.S.',
      'side',
      ',',
      'and',
      'Paris',
      "'s",
      'mayor',
      'smiled',
      '.'
    ])
  })

  it('carry offsets into the input', function () {
    const text = 'Headline here\n\nSome text, with words.'
    for (const sentence of tokenizeDocument(documentOf(text))) {
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    }
  })
})

describe('the tagger’s labels and model packing', function () {
  it('read spans off BILOU labels', function () {
    const labels = ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG'].map(labelOf)
    expect(labelSpans(labels, labels.length)).toEqual([
      {start: 0, end: 2, type: 0},
      {start: 3, end: 4, type: 1},
      {start: 4, end: 7, type: 2}
    ])
  })

  it('forbid what BILOU forbids', function () {
    expect(allowed(labelOf('B-PER'), labelOf('L-PER'))).toBe(true)
    expect(allowed(labelOf('B-PER'), labelOf('L-ORG'))).toBe(false)
    expect(allowed(labelOf('B-PER'), labelOf('O'))).toBe(false)
    expect(allowed(labelOf('O'), labelOf('I-LOC'))).toBe(false)
    expect(allowed(-1, labelOf('L-LOC'))).toBe(false)
    expect(allowed(labelOf('I-LOC'), -1)).toBe(false)
  })

  it('write and read feature keys as gaps', function () {
    const keys = [0, 1, 44, 45, 46, 2024, 2025, 91_125, 4_194_303]
    expect(Array.from(readSortedNumbers(writeSortedNumbers(keys)))).toEqual(keys)
  })
})

describe('the tagger’s word clusters', function () {
  it('keep a word’s case class and its clusters at three levels side by side', function () {
    const keys = [lexiconKey('tesla'), lexiconKey('rivian')].sort((a, b) => a - b)
    const clusters = {words: writeGapLists([[lexiconKey('said')], keys]), middle: [0, 1], coarse: [0, 0]}
    const lexicon = buildLexicon([lexiconKey('said')], [], clusters)
    expect(wordCase(lexicon, 'said')).toBe(WordCase.Lower)
    expect(wordCluster(lexicon, 'said')).toBe(1 | (1 << 9) | (1 << 16))
    expect(wordCase(lexicon, 'tesla')).toBe(WordCase.Unknown)
    expect(wordCluster(lexicon, 'tesla')).toBe(2 | (2 << 9) | (1 << 16))
    expect(wordCluster(lexicon, 'rivian')).toBe(wordCluster(lexicon, 'tesla'))
    expect(wordCluster(lexicon, 'zyzzyva')).toBe(0)
  })

  it('put the months together in the shipped clusters, learned from unlabelled text', function () {
    const lexicon = getModel().lexicon
    const june = wordCluster(lexicon, 'june')
    expect(june).toBeGreaterThan(0)
    expect(wordCluster(lexicon, 'july')).toBe(june)
    expect(wordCluster(lexicon, 'september')).toBe(june)
  })
})
