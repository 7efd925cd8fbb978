import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDispatch, toHtml, type Article} from '../src/index.js'

/** The text inside `<article class="wirecopy-text">`, tags removed and entities decoded. */
function articleText(html: string): string {
  const inner = /<article class="wirecopy-text">([\s\S]*)<\/article>/.exec(html)?.[1] ?? ''
  return inner.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
}

/**
 * Expect the text of a page to be the input, character for character, but
 * for U+FFFD where the input holds what HTML cannot carry: NUL, a control
 * character other than white space, a lone surrogate.
 */
function expectCarried(shown: string, input: string): void {
  expect(shown.length).toBe(input.length)
  for (let index = 0; index < input.length; index++) {
    if (shown[index] === input[index]) continue
    const code = input.charCodeAt(index)
    const control = code <= 0x1f || (code >= 0x7f && code <= 0x9f)
    const paired = code >= 0xd800 && code <= 0xdbff ? /[\uDC00-\uDFFF]/.test(input[index + 1] ?? '') : code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]/.test(input[index - 1] ?? '')
    const surrogate = code >= 0xd800 && code <= 0xdfff
    expect(shown[index], 'character ' + index).toBe('\uFFFD')
    expect(control || (surrogate && !paired), 'character ' + index + ' may be carried').toBe(true)
  }
}

/** Whether the tags of an HTML string nest properly. */
function wellNested(html: string): boolean {
  const stack: string[] = []
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    const [, closing, name] = match
    if (['meta', 'br', '!doctype'].includes(name ?? '')) continue
    if (closing) {
      if (stack.pop() !== name) return false
    } else {
      stack.push(name ?? '')
    }
  }
  return stack.length === 0
}

const text = 'GENEVA (AP) — "We <will> sign on Friday," Minister Ana Lopes said of the Geneva & Bern deal.'

/** The span of a fragment of `text`, searching from an offset. */
function at(fragment: string, from = 0): {start: number; end: number} {
  const start = text.indexOf(fragment, from)
  return {start, end: start + fragment.length}
}
const article: Article = {
  source: 'AP',
  authors: [],
  body: {start: at('"We').start, end: text.length},
  paragraphs: [],
  entities: [
    {id: 'e1', type: 'location', name: 'Geneva', country: 'CH', mentions: [
      {text: 'GENEVA', span: at('GENEVA'), form: 'name'},
      {text: 'Geneva', span: at('Geneva', 10), form: 'name'}
    ]},
    {id: 'e2', type: 'person', name: 'Ana Lopes', mentions: [{text: 'Ana Lopes', span: at('Ana Lopes'), form: 'name'}]}
  ],
  dates: [{text: 'Friday', span: at('Friday'), type: 'date', value: 'XXXX-WXX-5'}],
  quotes: [{
    kind: 'direct',
    text: 'We <will> sign on Friday,',
    span: at('We <will> sign on Friday,'),
    cue: {text: 'said', span: at('said')},
    speaker: {text: 'Minister Ana Lopes', span: at('Minister Ana Lopes'), entity: 'e2'}
  }],
  quantities: [],
  diagnostics: []
}

describe('toHtml', function () {
  const html = toHtml(article, text)

  it('is one self-contained document', function () {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/<(?:link|script|img)\b/)
    expect(wellNested(html)).toBe(true)
  })

  it('keeps the text, escaped', function () {
    expect(articleText(html)).toBe(text)
    expect(html).toContain('&#60;will&#62;')
    expect(html).not.toContain('<will>')
  })

  it('highlights every mention with its entity, every date with its value, quotes with cue and speaker', function () {
    expect(html.match(/data-entity="e1"/g)?.length).toBeGreaterThanOrEqual(2)
    expect(html).toMatch(/<mark class="wirecopy-entity wirecopy-entity-person wirecopy-form-name" title="person e2: Ana Lopes \(name\)" data-entity="e2">/)
    expect(html).toMatch(/<mark class="wirecopy-date wirecopy-date-date" title="date XXXX-WXX-5" data-value="XXXX-WXX-5">Friday<\/mark>/)
    expect(html).toMatch(/<q class="wirecopy-quote wirecopy-quote-direct" title="direct quote; cue: said; speaker: Minister Ana Lopes \(e2\)">/)
    expect(html).toMatch(/<mark class="wirecopy-cue"[^>]*>said<\/mark>/)
    expect(html).toMatch(/<mark class="wirecopy-speaker"[^>]*>Minister <mark class="wirecopy-entity wirecopy-entity-person/)
  })

  it('highlights every quantity with its value and unit', function () {
    const input = 'LONDON (Reuters) - Brent crude rose 62 cents to $82.41 a barrel, and more than 2,000 workers walked out.'
    const page = toHtml(parseDispatch(input), input)
    expect(page).toMatch(/<mark class="wirecopy-quantity wirecopy-quantity-money" title="money 62 cent up of e3" data-value="62 cent">62 cents<\/mark>/)
    expect(page).toMatch(/<mark class="wirecopy-quantity wirecopy-quantity-money" title="money 82.41 USD per barrel of e3" data-value="82.41 USD per barrel">\$82.41 a barrel<\/mark>/)
    expect(page).toMatch(/<mark class="wirecopy-quantity wirecopy-quantity-count" title="count 2000 worker more-than"[^>]*>more than 2,000 workers<\/mark>/)
    expect(page).toContain('<mark class="wirecopy-quantity">quantity</mark>')
  })

  it('draws a nested quote inside its parent quote, marked as nested', function () {
    const input = 'OSLO, Jan 9 (NTB) - Health Minister Lena Berg said on Tuesday that the hospital unions had warned that winter would bring longer waits.'
    const parsed = parseDispatch(input)
    expect(parsed.quotes.map((quote) => quote.parent)).toEqual([undefined, 0])
    const page = toHtml(parsed, input)
    const outer = page.indexOf('<q class="wirecopy-quote wirecopy-quote-indirect" title="indirect quote; cue: said')
    const inner = page.indexOf('<q class="wirecopy-quote wirecopy-quote-indirect wirecopy-quote-nested" title="indirect quote nested in quote 1; cue: warned')
    expect(outer).toBeGreaterThan(-1)
    expect(inner).toBeGreaterThan(outer)
    // Both quotes end at the same word: the inner one closes first, inside the outer one.
    expect(page.slice(inner, page.indexOf('</q></q>', inner))).toContain('winter would bring longer waits')
    expect(wellNested(page)).toBe(true)
  })

  it('nests crossing spans properly', function () {
    const crossing: Article = {...article, entities: [{id: 'e1', type: 'misc', name: 'x', mentions: [{text: 'sign on Friday," Minister', span: at('sign on Friday," Minister'), form: 'name'}]}]}
    const page = toHtml(crossing, text)
    expect(wellNested(page)).toBe(true)
    expect(articleText(page)).toBe(text)
  })

  it('renders any parsed input well nested, keeping its text', function () {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), function (input) {
        const page = toHtml(parseDispatch(input), input)
        expect(wellNested(page)).toBe(true)
        expectCarried(articleText(page), input)
      }),
      {numRuns: 200}
    )
  })

  it('writes one element to embed with `fragment: true`: no document, every class and rule under `wirecopy`', function () {
    const fragment = toHtml(article, text, {fragment: true})
    expect(fragment.startsWith('<div class="wirecopy"><style>')).toBe(true)
    expect(fragment.endsWith('</div>')).toBe(true)
    expect(fragment).not.toMatch(/<!doctype|<html|<head[\s>]|<body|<title/i)
    expect(wellNested(fragment)).toBe(true)
    expect(articleText(fragment)).toBe(text)
    for (const match of fragment.matchAll(/class="([^"]*)"/g)) {
      for (const name of (match[1] ?? '').split(' ')) expect(name, 'class ' + name).toMatch(/^wirecopy(?:-[\w-]+)?$/)
    }
    const css = /<style>([\s\S]*?)<\/style>/.exec(fragment)?.[1] ?? ''
    const selectors = [...css.matchAll(/(?:^|\})([^{}]+)\{/g)].flatMap((match) => (match[1] ?? '').split(','))
    expect(selectors.length).toBeGreaterThan(10)
    for (const selector of selectors) expect(selector.trim(), 'selector ' + selector).toMatch(/^(?:\w+)?\.wirecopy\b/)
    // The page is the same view in a document, with one rule of its own for the body.
    const page = toHtml(article, text)
    expect(page).toContain(fragment.replace(/<style>[\s\S]*?<\/style>/, ''))
    expect(toHtml(article, text, {fragment: false})).toBe(page)
    expect(toHtml(article, text, {fragment: undefined})).toBe(page)
  })

  it('checks its options as parseDispatch does', function () {
    expect(() => toHtml(article, text, {fragmnt: true} as unknown as {fragment: boolean})).toThrow(/Unexpected option `options.fragmnt`/)
    expect(() => toHtml(article, text, {fragment: 'yes'} as unknown as {fragment: boolean})).toThrow(TypeError)
    expect(() => toHtml(article, text, 'fragment' as unknown as {fragment: boolean})).toThrow(/`options`/)
  })

  it('refuses a text that is not a string', function () {
    expect(() => toHtml(article, 5 as unknown as string)).toThrow(TypeError)
    expect(() => toHtml(article, 5 as unknown as string)).toThrow(/`text`/)
  })

  it('refuses an article that is not an Article, naming `article`', function () {
    for (const value of [undefined, null, 'x', [], {}, {...article, entities: undefined}, {...article, quotes: 'none'}]) {
      expect(() => toHtml(value as unknown as Article, text)).toThrow(TypeError)
      expect(() => toHtml(value as unknown as Article, text)).toThrow(/`article`/)
    }
  })

  it('writes U+FFFD for what HTML cannot carry: NUL, lone surrogates, control characters', function () {
    const input = 'Port strike ends\n\nDock workers\u0000 voted \uD800 to end \uDC00 a strike \u0007 on \u{1F600} Tuesday.\f'
    const page = toHtml(parseDispatch(input), input)
    expect(page).not.toMatch(/[\0\x07]/)
    expect(page).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    expect(articleText(page)).toBe('Port strike ends\n\nDock workers\uFFFD voted \uFFFD to end \uFFFD a strike \uFFFD on \u{1F600} Tuesday.\f')
  })
})
