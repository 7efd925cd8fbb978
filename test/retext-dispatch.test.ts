import type {Root} from 'nlcst'
import {retext} from 'retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseDispatch, retextDispatch} from '../src/index.js'
import {parseDispatch as parseLight, retextDispatch as retextDispatchLight} from '../src/light.js'

/**
 * The unified plugin works over the tree the processor parsed, in both
 * entries, with `retext()` as with `unified().use(retextEnglish)`.
 */
const dispatch = [
  'Senate backs chip subsidies',
  '',
  'WASHINGTON, May 4 (Reuters) - The U.S. Senate on Thursday approved $52 billion in subsidies for chip makers.',
  '',
  'Intel welcomed the vote. It plans a plant in Ohio, the company said. The U.S. The House votes next week.',
  '',
  '"This is a good day for American workers," said Senator Maria Cantwell.'
].join('\n')

function sentencesOf(tree: Root): number[] {
  return tree.children.flatMap((node) => (node.type === 'ParagraphNode' ? [node.children.filter((child) => child.type === 'SentenceNode').length] : []))
}

describe('retextDispatch', function () {
  it('repairs the sentence breaks of the tree it is given, in place', function () {
    const processor = unified().use(retextEnglish).use(retextDispatch)
    const file = new VFile(dispatch)
    const tree = processor.parse(file)
    const before = sentencesOf(tree)
    processor.runSync(tree, file)
    const after = sentencesOf(tree)
    // parse-english reads `The U.S. The House` as one sentence; the text stage splits it.
    expect(after[2]).toBe((before[2] ?? 0) + 1)
    expect(file.data.article).toEqual(parseDispatch(dispatch))
  })

  it('reads a tree from retext() (parse-latin) as well', function () {
    const processor = retext().use(retextDispatch)
    const file = new VFile(dispatch)
    processor.runSync(processor.parse(file), file)
    const article = file.data.article
    const expected = parseDispatch(dispatch)
    expect(article?.headline).toBe('Senate backs chip subsidies')
    expect(article?.paragraphs.map((paragraph) => paragraph.span)).toEqual(expected.paragraphs.map((paragraph) => paragraph.span))
    expect(article?.quotes.map((quote) => quote.speaker?.text)).toEqual(expected.quotes.map((quote) => quote.speaker?.text))
    expect(article?.quotes.at(-1)?.speaker?.text).toBe('Senator Maria Cantwell')
  })

  it('is in wirecopy/light too, without the tagger', function () {
    const processor = unified().use(retextEnglish).use(retextDispatchLight)
    const file = new VFile(dispatch)
    processor.runSync(processor.parse(file), file)
    expect(file.data.article).toEqual(parseLight(dispatch))
  })

  it('reports info diagnostics with file.info and places them by line and column', function () {
    const text = 'Line one of something.\n\nA second paragraph\u0000 here.'
    const processor = unified().use(retextEnglish).use(retextDispatch)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    const codes = parseDispatch(text).diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])
    expect(file.messages.map((message) => [message.ruleId, message.fatal === undefined ? 'info' : 'warning'])).toEqual(codes)
    const placed = file.messages.find((message) => message.place)
    if (placed?.place && 'start' in placed.place) {
      expect(placed.place.start.line).toBeGreaterThan(0)
      expect(placed.place.start.column).toBeGreaterThan(0)
    }
  })
})
