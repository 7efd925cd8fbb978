import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {readDocument} from '../src/lib/pipeline.js'
import {expectSpansTrue} from './helpers/spans.js'

/**
 * A very long text is read in windows of paragraphs, so that memory stays
 * bounded: the Article must still be whole and consistent — every span true,
 * paragraphs in order, entity ids unique and in order, every quote's speaker
 * pointing at an entity that exists.
 */
const fixtures = new URL('../fixtures/', import.meta.url)
const stories = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt') && name !== 'plain.txt')
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'))

describe('a text far longer than an article', {timeout: 120_000}, function () {
  let text = ''
  while (text.length < 700_000) text += stories.join('\n\n') + '\n\n'
  const article = parseDispatch(text)

  it('keeps every span true and the paragraphs in order', function () {
    expectSpansTrue(text, article)
    expect(article.paragraphs.length).toBeGreaterThan(1000)
    for (let index = 1; index < article.paragraphs.length; index++) {
      expect(article.paragraphs[index]!.span.start).toBeGreaterThanOrEqual(article.paragraphs[index - 1]!.span.end)
    }
  })

  it('numbers entities once, in order, and resolves speakers to them', function () {
    const ids = article.entities.map((entity) => entity.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(ids.map((_, index) => 'e' + (index + 1)))
    const known = new Set(ids)
    const speakers = article.quotes.flatMap((quote) => (quote.speaker?.entity ? [quote.speaker.entity] : []))
    expect(speakers.length).toBeGreaterThan(100)
    for (const id of speakers) expect(known.has(id), id).toBe(true)
  })

  it('finds entities, dates and quotes all through the text', function () {
    const last = text.length * 0.9
    expect(article.entities.some((entity) => entity.mentions.some((mention) => mention.span.start > last))).toBe(true)
    expect(article.dates.some((date) => date.span.start > last)).toBe(true)
    expect(article.quotes.some((quote) => quote.span.start > last)).toBe(true)
  })
})

describe('one paragraph far longer than a window', {timeout: 120_000}, function () {
  // One paragraph of news sentences, 700,000 characters, no blank line: it
  // is read in pieces cut after sentence ends, so that the memory of one
  // window stays bounded, and the pieces make one paragraph again.
  const story = stories.find((item) => item.includes('Bayport')) ?? stories[0]!
  const prose = story.split(/\n\s*\n/).filter((part) => /[.!?]["”]?$/.test(part.trim()) && part.length > 80).join(' ')
  let text = ''
  while (text.length < 700_000) text += prose + ' '
  text = text.trimEnd()
  const article = parseDispatch(text)

  it('gives one paragraph with the sentences of the text read whole', function () {
    expectSpansTrue(text, article)
    const body = article.paragraphs.at(-1)!
    expect(body.span.end).toBe(text.length)
    expect(body.span.end - body.span.start).toBeGreaterThan(600_000)
    const {document} = readDocument(text)
    const whole = document.segments.filter((segment) => segment.kind === 'paragraph').at(-1)!
    expect(body.span).toEqual(whole.span)
    expect(body.sentences).toEqual(whole.sentences)
  })

  it('finds entities, dates and quotes in its last piece', function () {
    const last = text.length * 0.9
    expect(article.entities.some((entity) => entity.mentions.some((mention) => mention.span.start > last))).toBe(true)
    expect(article.dates.some((date) => date.span.start > last)).toBe(true)
    expect(article.quotes.some((quote) => quote.span.start > last)).toBe(true)
  })
})
