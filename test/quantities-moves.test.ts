import {describe, expect, it} from 'vitest'
import {parseDispatch, type Quantity} from '../src/index.js'

/*
 * Units, bounds and moves of the quantities stage on dispatches written for
 * these tests in AFP's and Reuters' layouts (every name, figure and event in
 * them is invented).
 */

// An AFP business round-up: sentences that end on a figure or a unit, rates in one word, conversions in brackets.
const afp = [
  'Asian markets mixed as investors weigh rate outlook',
  '',
  'Hong Kong, Nov 14, 2026 (AFP) - Hong Kong stocks closed higher on Friday, with the Hang Seng up 0.4 per cent.',
  '',
  'Passengers paid a total of HK $216,925 (PS21,700) for flights that should have cost HK $5.4m. The carrier had forecast 64,900.',
  '',
  'The 11 member states hold 13 percent of the shares, and Halvard is 43.4 percent-owned by Norvik, which runs a 52,000 barrel-a-day refinery.',
  '',
  'On Wall Street at 1.56pm: Dow +0.2% Nasdaq +0.8%. Customers with more than 7.5 million Danish crowns (US $1.1 million) will pay a fee.',
  '',
  'The team found two viruses in the samples.',
  '',
  '--- AFP'
].join('\n')

// A Reuters story whose numbers are moves, and others that only look like moves.
const reuters = [
  'Miner lifts outlook after record quarter',
  '',
  'SYDNEY, Nov 14 (Reuters) - Kestrel Mining revised its forecast upward by 3 percent and expects to grow sales by 35 per cent.',
  '',
  'Between 1600 and 1900 world temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit), the report said.',
  '',
  'The firm has raised $280 million so far. Its defense gave up 517 yards last season, and its debt increased by $43.6 billion to $419.2 billion.',
  '',
  '(Reporting by Ana Marsh; Editing by Tom Reed)'
].join('\n')

function rows(quantities: readonly Quantity[]): unknown[][] {
  return quantities.map((quantity) => [quantity.text, quantity.value, quantity.to, quantity.kind, quantity.unit, quantity.mod, quantity.change])
}

describe('quantities: units at the end of a sentence, rates in one word, conversions in brackets', () => {
  const article = parseDispatch(afp)

  it('reads the unit on the last word of a sentence and a country before a spaced dollar sign', () => {
    expect(rows(article.quantities).slice(0, 5)).toEqual([
      ['0.4 per cent', 0.4, undefined, 'percent', 'percent', undefined, 'up'],
      ['HK $216,925', 216_925, undefined, 'money', 'HKD', undefined, undefined],
      ['PS21,700', 21_700, undefined, 'money', 'GBP', undefined, undefined],
      ['HK $5.4m', 5_400_000, undefined, 'money', 'HKD', undefined, undefined],
      ['64,900', 64_900, undefined, 'count', undefined, undefined, undefined]
    ])
  })

  it('reads counts after "The", percentages that describe and rates written with hyphens', () => {
    expect(rows(article.quantities).slice(5, 9)).toEqual([
      ['11 member states', 11, undefined, 'count', 'state', undefined, undefined],
      ['13 percent', 13, undefined, 'percent', 'percent', undefined, undefined],
      ['43.4 percent-owned', 43.4, undefined, 'percent', 'percent', undefined, undefined],
      ['52,000 barrel-a-day', 52_000, undefined, 'measure', 'barrel per day', undefined, undefined]
    ])
  })

  it('reads a plus sign as a rise and gives a conversion in brackets the bound before it', () => {
    expect(rows(article.quantities).slice(9, 13)).toEqual([
      ['+0.2%', 0.2, undefined, 'percent', 'percent', undefined, 'up'],
      ['+0.8%', 0.8, undefined, 'percent', 'percent', undefined, 'up'],
      ['more than 7.5 million Danish crowns', 7_500_000, undefined, 'money', 'DKK', 'more-than', undefined],
      ['US $1.1 million', 1_100_000, undefined, 'money', 'USD', 'more-than', undefined]
    ])
  })

  it('gives a counted noun in -uses its singular', () => {
    expect(article.quantities.at(-1)?.unit).toBe('virus')
    expect(article.quantities).toHaveLength(14)
  })
})

describe('quantities: moves and what only looks like one', () => {
  const article = parseDispatch(reuters)

  it('reads a verb of change a few words before "by", and a range after "by"', () => {
    expect(rows(article.quantities).slice(0, 4)).toEqual([
      ['3 percent', 3, undefined, 'percent', 'percent', undefined, 'up'],
      ['35 per cent', 35, undefined, 'percent', 'percent', undefined, 'up'],
      ['1 to 1.5 degrees Celsius', 1, 1.5, 'measure', 'degree Celsius', undefined, 'down'],
      ['1.8 to 2.7 Fahrenheit', 1.8, 2.7, 'measure', 'degree Fahrenheit', undefined, 'down']
    ])
  })

  it('reads no move in money raised or yards given up, and a level after the move', () => {
    expect(rows(article.quantities).slice(4)).toEqual([
      ['$280 million', 280_000_000, undefined, 'money', 'USD', undefined, undefined],
      ['517 yards', 517, undefined, 'measure', 'yard', undefined, undefined],
      ['$43.6 billion', 43_600_000_000, undefined, 'money', 'USD', undefined, 'up'],
      ['$419.2 billion', 419_200_000_000, undefined, 'money', 'USD', undefined, undefined]
    ])
  })
})

// A Reuters commodities brief: what each sum, move and share is about.
const commodities = [
  'NEW YORK, Nov 14 (Reuters) - The December crude contract was up 19 cents at $58.24 per barrel, and Halden shares jumped 8.5%.',
  '',
  'The refiner faces a fine of $7.5 million and earns more than 60 per cent of its revenue abroad.'
].join('\n')

describe('quantities: what a sum, a move or a share is about', () => {
  const article = parseDispatch(commodities)
  const about = article.quantities.map((quantity) => [quantity.text, quantity.about?.text])

  it('reads the subject of the verb before a move, and gives the level after it the same', () => {
    expect(about.slice(0, 3)).toEqual([
      ['19 cents', 'December crude contract'],
      ['$58.24 per barrel', 'December crude contract'],
      ['8.5%', 'Halden shares']
    ])
  })

  it('reads what a sum is "of" and what a share is of', () => {
    expect(about.slice(3)).toEqual([
      ['$7.5 million', 'fine'],
      ['more than 60 per cent', 'revenue']
    ])
  })

  it('links the subject to its entity', () => {
    const halden = article.entities.find((entity) => entity.name === 'Halden')
    expect(halden).toBeDefined()
    expect(article.quantities[2]?.about?.entity).toBe(halden?.id)
    for (const quantity of article.quantities) {
      if (quantity.about) expect(commodities.slice(quantity.about.span.start, quantity.about.span.end)).toBe(quantity.about.text)
    }
  })
})

// A Bloomberg-style brief: a rate with a country after the dollar sign, a restated move, a new unit.
const brief = [
  'Oil slides as stockpiles swell',
  '',
  '(Bloomberg) -- West Texas Intermediate has dropped from $75 U.S. per barrel to $45.88 since October, and the Nikkei shed 156.65 points, or 0.76 percent.',
  '',
  'The new engine makes 450 Nm of torque, and about 60 commercial fishermen work the bay.'
].join('\n')

describe('quantities: rates, restated moves and kin', () => {
  const article = parseDispatch(brief)

  it('reads a rate between a sum and the other end of its range, and a move restated after "or"', () => {
    expect(rows(article.quantities)).toEqual([
      ['$75 U.S. per barrel to $45.88', 75, 45.88, 'money', 'USD per barrel', undefined, undefined],
      ['156.65 points', 156.65, undefined, 'measure', 'point', undefined, 'down'],
      ['0.76 percent', 0.76, undefined, 'percent', 'percent', undefined, 'down'],
      ['450 Nm', 450, undefined, 'measure', 'newton metre', undefined, undefined],
      ['about 60 commercial fishermen', 60, undefined, 'count', 'fisherman', 'approx', undefined]
    ])
  })
})

// A Reuters market wrap with a verb left out, and an AFP aside with the euro sign after the figure.
const wrap = [
  'NEW YORK, Nov 14 (Reuters) - Shares of Kestrel and Halden were down 2.3%, Norvik by 2.6% and Tolland was down 1.9% before the bell.',
  '',
  'A buyer paid 1,200€ for the notebook.'
].join('\n')

describe('quantities: a move with its verb left out, a currency sign after the figure', () => {
  const article = parseDispatch(wrap)

  it('gives "Name by N%" the move before it, and reads "1,200€" as euros', () => {
    expect(rows(article.quantities)).toEqual([
      ['2.3%', 2.3, undefined, 'percent', 'percent', undefined, 'down'],
      ['2.6%', 2.6, undefined, 'percent', 'percent', undefined, 'down'],
      ['1.9%', 1.9, undefined, 'percent', 'percent', undefined, 'down'],
      ['1,200€', 1200, undefined, 'money', 'EUR', undefined, undefined]
    ])
  })
})

// A Reuters Asia market report: moves with the level each ends at, a sign written after the currency.
const asia = [
  'KUALA LUMPUR, Nov 16 (Reuters) - Pelangi Berhad rose 18 sen to RM23.50 and Tolland Tech slipped 4.28 percent to Y=5,182.',
  '',
  'The benchmark index lost 1.1% to end at 1,334.20, after figures showed the trade balance narrowed to $-50.8bn in October.',
  '',
  'Kestrel shares finished 3.4% lower at 3.23 shekels.'
].join('\n')

describe('quantities: the level a move ends at, a minus after the currency sign', () => {
  const article = parseDispatch(asia)

  it('gives the move its direction and leaves the level it ends at without one', () => {
    expect(rows(article.quantities)).toEqual([
      ['18 sen', 18, undefined, 'money', 'sen', undefined, 'up'],
      ['RM23.50', 23.5, undefined, 'money', 'MYR', undefined, undefined],
      ['4.28 percent', 4.28, undefined, 'percent', 'percent', undefined, 'down'],
      ['Y=5,182', 5182, undefined, 'money', 'JPY', undefined, undefined],
      ['1.1%', 1.1, undefined, 'percent', 'percent', undefined, 'down'],
      ['1,334.20', 1334.2, undefined, 'count', undefined, undefined, undefined],
      ['$-50.8bn', -50_800_000_000, undefined, 'money', 'USD', undefined, undefined],
      ['3.4%', 3.4, undefined, 'percent', 'percent', undefined, 'down'],
      ['3.23 shekels', 3.23, undefined, 'money', 'ILS', undefined, undefined]
    ])
  })
})
