import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDispatch, type Quantity} from '../src/index.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * The quantities stage on dispatches written for these tests in two agencies'
 * layouts (every name, figure and event in them is invented).
 */

// A Reuters market report.
const reuters = [
  'UPDATE 2-Oil climbs as supply worries outweigh demand fears',
  '',
  'By Ana Torvald',
  '',
  'LONDON, March 14 (Reuters) - Oil prices rose on Tuesday, with Brent crude futures up 62 cents, or 0.8%, at $82.41 a barrel by 1130 GMT, while U.S. West Texas Intermediate crude gained 55 cents to $78.02.',
  '',
  'The dollar index fell 0.3 percent and the yen firmed to 132.50 per dollar. Japan\'s Nikkei share average closed down 1.1%, or 302.54 points, at 27,222.04.',
  '',
  'OPEC+ agreed to cut output by 2 million barrels per day, about 2% of world demand, and analysts expect a drop of between 300,000 and 500,000 bpd in Russian exports.',
  '',
  'Shell posted a record profit of $39.9 billion for 2022, more than double the previous year, and said it would buy back shares worth up to $4 billion. BP\'s shares slipped 1.4 pence to 487.3p.',
  '',
  'Eurozone inflation eased to 8.5% in February, a 0.1 percentage point decline, while German 10-year yields rose 6 basis points.',
  '',
  '(Reporting by Ana Torvald; Editing by Kim Berle)',
  ''
].join('\n')

// An AP casualty story.
const ap = [
  'Quake kills dozens in mountain villages',
  '',
  'By LENA MARSH Associated Press',
  '',
  'KATHMANDU, Nepal (AP) — A magnitude 6.4 earthquake struck western Nepal late Friday, killing at least 128 people and injuring more than 140, officials said Saturday.',
  '',
  'Rescuers were searching for dozens of people still missing in Jajarkot district, about 500 kilometers (300 miles) west of the capital. Hundreds of houses collapsed and thousands of residents spent the night outside in temperatures of minus 2 degrees Celsius.',
  '',
  'The district\'s chief administrator, Suresh Sunar, said nearly two-thirds of the homes in three villages were damaged. Two helicopters and 300 soldiers were sent, and the government released 50 million rupees ($375,000) for relief.',
  '',
  'The quake was followed by 12 aftershocks, the strongest measuring 4.2. A 2015 quake killed nearly 9,000 people in Nepal.',
  '',
  'Residents can call the district hotline at 081-520-123. Flight RA 202 was cancelled.',
  ''
].join('\n')

/**
 * The fields of each quantity, in a row: text, value, to, kind, unit, mod, change.
 *
 * @param quantities The quantities.
 * @returns One row per quantity.
 */
function rows(quantities: readonly Quantity[]): unknown[][] {
  return quantities.map((quantity) => [
    quantity.text,
    quantity.value,
    quantity.to,
    quantity.kind,
    quantity.unit,
    quantity.mod,
    quantity.change
  ])
}

describe('quantities in a Reuters market report', () => {
  const article = parseDispatch(reuters)

  it('reads moves, levels, rates, ranges and bounds, and no clock time', () => {
    expect(rows(article.quantities)).toEqual([
      ['62 cents', 62, undefined, 'money', 'cent', undefined, 'up'],
      ['0.8%', 0.8, undefined, 'percent', 'percent', undefined, 'up'],
      ['$82.41 a barrel', 82.41, undefined, 'money', 'USD per barrel', undefined, undefined],
      ['55 cents', 55, undefined, 'money', 'cent', undefined, 'up'],
      ['$78.02', 78.02, undefined, 'money', 'USD', undefined, undefined],
      ['0.3 percent', 0.3, undefined, 'percent', 'percent', undefined, 'down'],
      ['132.50', 132.5, undefined, 'count', undefined, undefined, undefined],
      ['1.1%', 1.1, undefined, 'percent', 'percent', undefined, 'down'],
      ['302.54 points', 302.54, undefined, 'measure', 'point', undefined, 'down'],
      ['27,222.04', 27_222.04, undefined, 'count', undefined, undefined, undefined],
      ['2 million barrels per day', 2_000_000, undefined, 'measure', 'barrel per day', undefined, 'down'],
      ['about 2%', 2, undefined, 'percent', 'percent', 'approx', undefined],
      ['300,000 and 500,000 bpd', 300_000, 500_000, 'measure', 'barrel per day', undefined, undefined],
      ['$39.9 billion', 39_900_000_000, undefined, 'money', 'USD', undefined, undefined],
      ['up to $4 billion', 4_000_000_000, undefined, 'money', 'USD', 'up-to', undefined],
      ['1.4 pence', 1.4, undefined, 'money', 'penny', undefined, 'down'],
      ['487.3p', 487.3, undefined, 'money', 'penny', undefined, undefined],
      ['8.5%', 8.5, undefined, 'percent', 'percent', undefined, undefined],
      ['0.1 percentage point', 0.1, undefined, 'percent', 'percentage point', undefined, 'down'],
      ['6 basis points', 6, undefined, 'measure', 'basis point', undefined, 'up']
    ])
  })

  it('keeps every span true', () => {
    expectSpansTrue(reuters, article)
  })
})

describe('quantities in an AP casualty story', () => {
  const article = parseDispatch(ap)

  it('reads casualty counts with their bounds, vague amounts, fractions, measures and money', () => {
    expect(rows(article.quantities)).toEqual([
      ['magnitude 6.4', 6.4, undefined, 'measure', 'magnitude', undefined, undefined],
      ['at least 128 people', 128, undefined, 'count', 'people', 'at-least', undefined],
      ['more than 140', 140, undefined, 'count', undefined, 'more-than', undefined],
      ['dozens of people', 12, 120, 'count', 'people', undefined, undefined],
      ['about 500 kilometers', 500, undefined, 'measure', 'kilometre', 'approx', undefined],
      ['300 miles', 300, undefined, 'measure', 'mile', 'approx', undefined],
      ['Hundreds of houses', 100, 1000, 'count', 'house', undefined, undefined],
      ['thousands of residents', 1000, 10_000, 'count', 'resident', undefined, undefined],
      ['minus 2 degrees Celsius', -2, undefined, 'measure', 'degree Celsius', undefined, undefined],
      ['nearly two-thirds of the homes', 2 / 3, undefined, 'count', 'home', 'approx', undefined],
      ['three villages', 3, undefined, 'count', 'village', undefined, undefined],
      ['Two helicopters', 2, undefined, 'count', 'helicopter', undefined, undefined],
      ['300 soldiers', 300, undefined, 'count', 'soldier', undefined, undefined],
      ['50 million rupees', 50_000_000, undefined, 'money', 'INR', undefined, undefined],
      ['$375,000', 375_000, undefined, 'money', 'USD', undefined, undefined],
      ['12 aftershocks', 12, undefined, 'count', 'aftershock', undefined, undefined],
      ['4.2', 4.2, undefined, 'count', undefined, undefined, undefined],
      ['nearly 9,000 people', 9000, undefined, 'count', 'people', 'approx', undefined]
    ])
  })

  it('leaves out the year, the phone number and the flight number', () => {
    const texts = article.quantities.map((quantity) => quantity.text)
    expect(texts.some((text) => /2015|081|202/.test(text))).toBe(false)
    expect(article.dates.some((date) => date.text === '2015')).toBe(true)
  })

  it('says what is counted', () => {
    const people = article.quantities.find((quantity) => quantity.text === 'at least 128 people')
    expect(people?.about?.text).toBe('people')
    expect(ap.slice(people?.about?.span.start, people?.about?.span.end)).toBe('people')
    expectSpansTrue(ap, article)
  })
})

describe('quantities, one sentence at a time', () => {
  const one = (text: string) => parseDispatch(text).quantities

  it('reads numbers in words and figures with their scale', () => {
    expect(one('Sales reached 1.2 billion units.').map((quantity) => quantity.value)).toEqual([1_200_000_000])
    expect(one('The fund lost $3bn last year.').map((quantity) => [quantity.value, quantity.unit, quantity.change])).toEqual([[3e9, 'USD', 'down']])
    expect(one('Officials counted twenty-five boats.').map((quantity) => [quantity.value, quantity.unit])).toEqual([[25, 'boat']])
    expect(one('A third of voters stayed home.').map((quantity) => [quantity.value, quantity.unit])).toEqual([[1 / 3, 'voter']])
    expect(one('Millions of Americans watched.').map((quantity) => [quantity.value, quantity.to])).toEqual([[1e6, 1e7]])
  })

  it('reads currencies by symbol, code and name', () => {
    const units = (text: string) => one(text).map((quantity) => quantity.unit)
    expect(units('It cost €4.5 million.')).toEqual(['EUR'])
    expect(units('It cost £300.')).toEqual(['GBP'])
    expect(units('It cost ¥1,200.')).toEqual(['JPY'])
    expect(units('It cost 5,000 yen.')).toEqual(['JPY'])
    expect(units('It cost 40 zlotys.')).toEqual(['PLN'])
    expect(units('It cost US$12.')).toEqual(['USD'])
    expect(units('It cost A$12.')).toEqual(['AUD'])
    expect(units('It cost USD 12 million.')).toEqual(['USD'])
    expect(units('It cost 12 million euros.')).toEqual(['EUR'])
  })

  it('reads ranges, signs, modifiers and changes', () => {
    const first = (text: string) => one(text)[0]
    expect(first('The range grew from 252 to 287 miles.')).toMatchObject({value: 252, to: 287, unit: 'mile'})
    expect(first('Estimates of 252-287 miles were given.')).toMatchObject({value: 252, to: 287, unit: 'mile'})
    expect(first('It fell to minus 130 degrees.')).toMatchObject({value: -130, unit: 'degree'})
    expect(first('Revenue posted a 3 percent drop.')).toMatchObject({value: 3, change: 'down'})
    expect(first('Shares rose 19 cents.')).toMatchObject({value: 19, change: 'up'})
    expect(first('Shares rose to $19.')).not.toHaveProperty('change')
    expect(first('They hired at least 40 guards.')).toMatchObject({mod: 'at-least', unit: 'guard'})
    expect(first('They hired fewer than 40 guards.')).toMatchObject({mod: 'less-than'})
  })

  it('gives no quantity for ordinals, names with numbers, years and resolutions', () => {
    expect(one('She finished 21st in the race.')).toEqual([])
    expect(one('The F-16 and the COVID-19 rules came up at the Group of 20.')).toEqual([])
    expect(one('Resolution 2334 was adopted in 2016.')).toEqual([])
  })
})

describe('quantities, properties', () => {
  it('keeps every span true on text of figures, words and units', () => {
    const piece = fc.constantFrom(
      '20,000', '1.2', 'billion', '$', 'US$', '€', '%', 'per cent', 'miles', 'per', 'barrel', 'more than', 'around',
      'from', 'to', '-', '–', 'minus', 'rose', 'fell', 'a third of', 'dozens of', 'people', 'one', 'million', '3bn',
      '40min', '252-287', ',', '.', '(', ')', 'Azerbaijanis', 'the', 'and', '2019', 'resolution', '1st', 'year-old'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), fc.constantFrom(' ', '', '\n'), (pieces, glue) => {
        const text = pieces.join(glue)
        const article = parseDispatch(text)
        for (const quantity of article.quantities) {
          expect(text.slice(quantity.span.start, quantity.span.end)).toBe(quantity.text)
          expect(Number.isFinite(quantity.value)).toBe(true)
          if (quantity.about) expect(text.slice(quantity.about.span.start, quantity.about.span.end)).toBe(quantity.about.text)
        }
      }),
      {numRuns: 200}
    )
  })
})
