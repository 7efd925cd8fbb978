import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {quotesOf, view} from './helpers/quotes.js'

/**
 * One test per layout of quote and cue. Every sentence here is our own.
 */

describe('direct quotes', function () {
  it('reads a quote with its cue after it: “…,” she said.', function () {
    expect(view(quotesOf('“The water is safe to drink again,” she said.').quotes)).toEqual([
      {kind: 'direct', text: 'The water is safe to drink again', cue: 'said', speaker: 'she'}
    ])
  })

  it('reads an inverted cue with a named speaker and an apposition', function () {
    expect(view(quotesOf('"We expect the line to reopen by Friday," said Ana Ruiz, a spokeswoman for the railway.').quotes)).toEqual([
      {kind: 'direct', text: 'We expect the line to reopen by Friday', cue: 'said', speaker: 'Ana Ruiz'}
    ])
  })

  it('reads a quote with its cue before it: She said: “…”', function () {
    expect(view(quotesOf('The minister told reporters: “Nobody will lose a pension because of this reform.”').quotes)).toEqual([
      {kind: 'direct', text: 'Nobody will lose a pension because of this reform.', cue: 'told', speaker: 'The minister'}
    ])
  })

  it('reads one quote around its cue: “…,” he said. “…”', function () {
    expect(view(quotesOf('“The harvest is late,” the farmer said. “But it is the best in ten years.”').quotes)).toEqual([
      {
        kind: 'direct',
        text: 'The harvest is late,” the farmer said. “But it is the best in ten years.',
        cue: 'said',
        speaker: 'the farmer'
      }
    ])
  })

  it('reads a quote over several sentences', function () {
    expect(view(quotesOf('“We waited for hours. Nobody came. Then the water rose,” a resident said.').quotes)).toEqual([
      {kind: 'direct', text: 'We waited for hours. Nobody came. Then the water rose', cue: 'said', speaker: 'a resident'}
    ])
  })

  it('reads a quote over several paragraphs: each opens with a mark, only the last one closes', function () {
    const text = [
      'The coach spoke after the match.',
      '“We made too many mistakes in the first half,” he said.',
      '“We will look at the video on Monday and fix what went wrong.',
      '“Then we go again on Saturday.”',
      'The team plays away next week.'
    ].join('\n\n')
    const {quotes, diagnostics} = quotesOf(text)
    expect(diagnostics).toEqual([])
    expect(view(quotes)).toEqual([
      {
        kind: 'direct',
        text: 'We made too many mistakes in the first half,” he said.\n\n“We will look at the video on Monday and fix what went wrong.\n\n“Then we go again on Saturday.',
        cue: 'said',
        speaker: 'he'
      }
    ])
  })

  it('reads newswire quote marks made of doubled apostrophes', function () {
    expect(view(quotesOf("''The market has turned,'' the analyst said.").quotes)).toEqual([
      {kind: 'direct', text: 'The market has turned', cue: 'said', speaker: 'the analyst'}
    ])
  })

  it('reads a transcript line: NAME: …', function () {
    expect(view(quotesOf('MODERATOR: Will the new budget pass this year?\n\nHARRIS: Yes, and sooner than you think.').quotes)).toEqual([
      {kind: 'indirect', text: 'Will the new budget pass this year', cue: ':', speaker: 'MODERATOR'},
      {kind: 'indirect', text: 'Yes, and sooner than you think', cue: ':', speaker: 'HARRIS'}
    ])
  })

  it('reads a quote signed with a dash', function () {
    expect(view(quotesOf('“The library saved my summer.” ― Maria Lopez').quotes)).toEqual([
      {kind: 'direct', text: 'The library saved my summer.', cue: '―', speaker: 'Maria Lopez'}
    ])
  })
})

describe('indirect quotes', function () {
  it('reads X said (that) …', function () {
    expect(view(quotesOf('The ministry said that exports rose by 4 percent in May.').quotes)).toEqual([
      {kind: 'indirect', text: 'that exports rose by 4 percent in May', cue: 'said', speaker: 'The ministry'}
    ])
  })

  it('reads X said on Monday … without a that, past a time phrase', function () {
    const text = 'KYIV, March 4 (Reuters) - Ukraine\'s grid operator said on Monday it would restore power to the eastern districts by Wednesday.'
    expect(view(quotesOf(text).quotes)).toEqual([
      {kind: 'indirect', text: 'it would restore power to the eastern districts by Wednesday', cue: 'said', speaker: "Ukraine's grid operator"}
    ])
    expect(view(quotesOf('The port authority said last week the cranes would be replaced before the winter.').quotes)).toEqual([
      {kind: 'indirect', text: 'the cranes would be replaced before the winter', cue: 'said', speaker: 'The port authority'}
    ])
  })

  it('reads no clause after a time phrase that a verb or a preposition follows', function () {
    const {quotes} = quotesOf('A survey released last year found that most commuters cycle in summer.')
    expect(view(quotes).map((quote) => quote.text)).not.toContain('found that most commuters cycle in summer')
  })

  it('reads …, X said in a statement on Monday.', function () {
    expect(view(quotesOf('Two roads in the north will stay closed until June, the agency said in a statement on Monday.').quotes)).toEqual([
      {kind: 'indirect', text: 'Two roads in the north will stay closed until June', cue: 'said', speaker: 'the agency'}
    ])
  })

  it('reads according to X, … and …, according to X', function () {
    expect(view(quotesOf('According to the weather service, the storm will reach the coast tonight.').quotes)).toEqual([
      {kind: 'indirect', text: 'the storm will reach the coast tonight', cue: 'According to', speaker: 'the weather service'}
    ])
    expect(view(quotesOf('Prices fell for a third month, according to the statistics office.').quotes)).toEqual([
      {kind: 'indirect', text: 'Prices fell for a third month', cue: 'according to', speaker: 'the statistics office'}
    ])
  })

  it('reads X told reporters …', function () {
    expect(view(quotesOf('The governor told reporters the bridge would be rebuilt within two years.').quotes)).toEqual([
      {kind: 'indirect', text: 'reporters the bridge would be rebuilt within two years', cue: 'told', speaker: 'The governor'}
    ])
  })

  it('reads The statement also stressed that …', function () {
    expect(view(quotesOf('The statement also stressed that the talks would resume next month.').quotes)).toEqual([
      {kind: 'indirect', text: 'that the talks would resume next month', cue: 'stressed', speaker: 'The statement'}
    ])
  })

  it('reads a speaker before the cue across an apposition', function () {
    expect(view(quotesOf('Omar Haddad, the mayor of the port town, said the ferry would run again in spring.').quotes)).toEqual([
      {
        kind: 'indirect',
        text: 'the ferry would run again in spring',
        cue: 'said',
        speaker: 'Omar Haddad, the mayor of the port town'
      }
    ])
  })

  it('gives a participle after a comma (and an adverb) the subject of its clause (AP layout)', function () {
    const text =
      'WASHINGTON, Sept 27 (AP) — After the debate, two Democratic speechwriters urged her to raise the issue again, arguing that it rattled her rival. Her aides were upbeat, perhaps recognizing that the night had gone well.'
    const speakers = quotesOf(text).quotes.map((quote) => [quote.cue?.text, quote.speaker?.text])
    expect(speakers).toContainEqual(['arguing', 'two Democratic speechwriters'])
    expect(speakers).toContainEqual(['recognizing', 'Her aides'])
  })

  it('ends reported speech at a semicolon: what follows is not the speaker\'s', function () {
    expect(view(quotesOf('The ministry said on Monday that the talks would resume next week; both sides had agreed that a new venue was needed.').quotes)).toEqual([
      {kind: 'indirect', text: 'that the talks would resume next week', cue: 'said', speaker: 'The ministry'},
      // The clause after the semicolon is read on its own: an agreement is an attribution too.
      {kind: 'indirect', text: 'that a new venue was needed', cue: 'agreed', speaker: 'both sides'}
    ])
  })
})

describe('mixed quotes, scare quotes and titles', function () {
  it('reads a mixed quote: X called the vote “illegal”', function () {
    expect(view(quotesOf('The senator called the ruling “a disgrace to the court.”').quotes)).toEqual([
      {kind: 'mixed', text: 'the ruling “a disgrace to the court.”', cue: 'called', speaker: 'The senator'}
    ])
  })

  it('leaves a short quote inside a clause to that clause, not to a later cue', function () {
    expect(view(quotesOf('The senator called the ruling “illegal,” and vowed to appeal it.').quotes)).toEqual([
      {kind: 'mixed', text: 'the ruling “illegal,”', cue: 'called', speaker: 'The senator'},
      {kind: 'indirect', text: 'to appeal it', cue: 'vowed', speaker: 'The senator'}
    ])
  })

  it('takes no scare quote or title for a quote', function () {
    const text = 'The so-called “reform” passed after a long night. Fans of “Morning Desk” were up early.'
    expect(quotesOf(text).quotes).toEqual([])
  })

  it('keeps a report with a scare quote indirect', function () {
    expect(view(quotesOf('The committee said the so-called “reform” had failed.').quotes)).toEqual([
      {kind: 'indirect', text: 'the so-called “reform” had failed', cue: 'said', speaker: 'The committee'}
    ])
  })
})

describe('bad quote marks', function () {
  it('reports an unclosed quote at the end of the text', function () {
    const text = 'The strike went on.\n\n“We will not go back until the deal is signed, the union leader said.'
    const {quotes, diagnostics} = quotesOf(text)
    expect(diagnostics).toEqual([
      {
        code: 'unclosed-quote',
        message: 'Cannot find the closing quote mark of the quote that opens here; it is read to the end of its paragraph',
        severity: 'warning',
        span: {start: 21, end: 22}
      }
    ])
    for (const quote of quotes) expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text)
  })

  it('passes the diagnostic on to the Article', function () {
    const article = parseDispatch('The talks ended.\n\n"Nobody will sign this, an aide said.')
    expect(article.diagnostics.filter((diagnostic) => diagnostic.code === 'unclosed-quote')).toHaveLength(1)
  })

  it('never keeps quote marks at the edges of a direct quote', function () {
    const text = '"Enough," she said. ``Stop," he said. “Go now”, they said. \'\'Wait,\'\' I said.'
    const {quotes} = quotesOf(text)
    expect(quotes.map((quote) => quote.kind)).toEqual(['direct', 'direct', 'direct', 'direct'])
    for (const quote of quotes) {
      expect(quote.text).not.toMatch(/^["“”'`]|["“”'`]$/)
    }
  })
})
