import {describe, expect, it} from 'vitest'
import {parseDispatch, type Quantity} from '../src/index.js'

/*
 * Numbers written in more than one figure, ages and shares, on a dispatch
 * written for these tests in AP's layout (every name, figure and event in it
 * is invented).
 */
const ap = [
  'Coach returns to dugout after health scare',
  '',
  'By MARK HALE AP Sports Writer',
  '',
  'CHICAGO (AP) — Dale Maddox, 66, has used the downtime to get in better shape. His assistant Tina Ruiz, 41, said the club was aged 12 and the rules bar players under the age of 21.',
  '',
  'One out of three fans renewed, and one in five children came free. The firm employs 600 people, almost half of which are in Ohio.',
  '',
  'It was one of the most spectacular catches of the season, and one of them was shown twice.',
  '',
  'The mass of the ball is approximately 1.45×10−1 kilograms, and a cup is 1/16 of a US gallon.',
  ''
].join('\n')

function rows(quantities: readonly Quantity[]): unknown[][] {
  return quantities.map((quantity) => [quantity.text, quantity.value, quantity.kind, quantity.unit, quantity.mod, quantity.about?.text])
}

describe('quantities: ages, shares and numbers of several figures', () => {
  const article = parseDispatch(ap)
  const found = rows(article.quantities)

  it('reads ages after a name, after "aged" and after "the age of", about the person named', () => {
    expect(found.slice(0, 4)).toEqual([
      ['66', 66, 'measure', 'year of age', undefined, 'Dale Maddox'],
      ['41', 41, 'measure', 'year of age', undefined, 'Tina Ruiz'],
      ['12', 12, 'measure', 'year of age', undefined, undefined],
      ['21', 21, 'measure', 'year of age', undefined, undefined]
    ])
    expect(article.quantities[0]?.about?.entity).toBe(article.entities.find((entity) => entity.name === 'Dale Maddox')?.id)
  })

  it('reads "N out of M" and "N in M" as shares, and a fraction of what was named before', () => {
    expect(found.slice(4, 8)).toEqual([
      ['One out of three fans', 1 / 3, 'count', 'fan', undefined, 'fans'],
      ['one in five children', 0.2, 'count', 'child', undefined, 'children'],
      ['600 people', 600, 'count', 'people', undefined, 'people'],
      ['almost half', 0.5, 'count', undefined, 'approx', undefined]
    ])
  })

  it('reads "one of the" and a superlative as one of what follows, and not "one of them"', () => {
    expect(found.slice(8, 9)).toEqual([['one of the most spectacular catches', 1, 'count', 'catch', undefined, 'spectacular catches']])
  })

  it('reads scientific notation and slash fractions', () => {
    expect(found.slice(9)).toEqual([
      ['approximately 1.45×10−1 kilograms', 0.145, 'measure', 'kilogram', 'approx', 'mass of the ball'],
      ['1/16 of a US gallon', 0.0625, 'measure', 'gallon', undefined, undefined]
    ])
  })
})

// A 1996-style Reuters sports report: list numbers, bowling figures, an age at a sentence's end.
const sports = [
  'ATHLETICS - RESULTS FROM THE MEETING IN OSLO.',
  'OSLO 1996-08-30',
  'Results of the women\'s 5,000 metres:',
  '1. Anna Berg (Norway) 15:04.12',
  '2. Lisa Holm (Sweden) 15:06.33',
  'Off-spinner Kerr took four for 24 in 48 balls, said coach Ian Marsh, 71.',
  'He is one of the most famous and respected coaches, and one of the most successful businessmen in Oslo.'
].join('\n')

describe('quantities: what only looks like an age, a share or a list of counts', () => {
  const article = parseDispatch(sports)
  const found = rows(article.quantities)

  it('reads no list number and no share in bowling figures, and an age at the end of a sentence', () => {
    expect(found.some((row) => row[0] === '1' || row[0] === '2')).toBe(false)
    expect(found.some((row) => String(row[0]).includes(' in 48'))).toBe(false)
    expect(found).toContainEqual(['71', 71, 'measure', 'year of age', undefined, 'Ian Marsh'])
  })

  it('reads one of a plural noun only', () => {
    expect(found.filter((row) => String(row[0]).startsWith('one of'))).toEqual([
      ['one of the most successful businessmen', 1, 'count', 'businessman', undefined, 'successful businessmen']
    ])
  })
})

// A Reuters-style technology and travel brief: one-letter SI units after a figure, a kuna price, a bare second figure.
const reuters = [
  'Tablet maker cuts price as rivals crowd budget market',
  '',
  'ZAGREB, June 3 (Reuters) - The new tablet ships with a 5 W charger, and its 3.7 V battery lasts a day. Its capacitor stores 2.5 F.',
  '',
  'The coating has a 12 C melting point and softens at 54 F. A ticket to the launch cost 150 kn at the door.',
  '',
  'The screen had a minus-1.4 degree tilt in 2018 and 2.1 last year. Plan B and Group 4 A teams met in Section 5 C on Monday.',
  '',
  'The screen is 10.1″ across.',
  ''
].join('\n')

describe('quantities: one-letter units, kuna and a second figure without its unit', () => {
  const article = parseDispatch(reuters)
  const found = article.quantities.map((quantity) => [quantity.text, quantity.value, quantity.kind, quantity.unit])

  it('reads W, V, F and C after a figure as watt, volt, farad and degrees when the sentence says what is measured', () => {
    expect(found.slice(0, 5)).toEqual([
      ['5 W', 5, 'measure', 'watt'],
      ['3.7 V', 3.7, 'measure', 'volt'],
      ['2.5 F', 2.5, 'measure', 'farad'],
      ['12 C', 12, 'measure', 'degree Celsius'],
      ['54 F', 54, 'measure', 'degree Fahrenheit']
    ])
  })

  it('reads "kn" after a price as Croatian kuna', () => {
    expect(found[5]).toEqual(['150 kn', 150, 'money', 'HRK'])
  })

  it('gives a bare decimal after "and" the unit of the measure before it, and reads no letter of a name as a unit', () => {
    expect(found.slice(6, 8)).toEqual([
      ['minus-1.4 degree', -1.4, 'measure', 'degree'],
      ['2.1', 2.1, 'measure', 'degree']
    ])
    const letters = article.quantities.filter((quantity) => /[ABC]$/.test(quantity.text) && quantity.kind === 'measure')
    expect(letters.map((quantity) => quantity.text)).toEqual(['12 C'])
  })

  it('reads a double prime after a figure as inches', () => {
    expect(found.at(-1)).toEqual(['10.1″', 10.1, 'measure', 'inch'])
  })
})

// An AP-style business brief: a unit carried across "but ... by", a part of a sum, a unit word that describes.
const business = [
  'Retail shares mixed as pizza oven maker raises funds',
  '',
  'TEL AVIV, Israel (AP) — Shares in Ovenly rose by 2 percent but its rival fell by 1. The firm has raised 280 million of the 1.5 billion shekels it needs, and its best seller is an $800 stone pizza oven.',
  ''
].join('\n')

describe('quantities: a unit carried over from the quantity beside it', () => {
  const found = parseDispatch(business).quantities.map((quantity) => [quantity.text, quantity.value, quantity.kind, quantity.unit, quantity.change])

  it('reads a bare figure after "but ... by" in the unit of the move before it', () => {
    expect(found.slice(0, 2)).toEqual([
      ['2 percent', 2, 'percent', 'percent', 'up'],
      ['1', 1, 'percent', 'percent', 'down']
    ])
  })

  it('reads a part of a sum in the sum\'s currency, and a unit word before a noun as no rate', () => {
    expect(found.slice(2).map((row) => row.slice(0, 4))).toEqual([
      ['280 million', 280_000_000, 'money', 'ILS'],
      ['1.5 billion shekels', 1_500_000_000, 'money', 'ILS'],
      ['$800', 800, 'money', 'USD']
    ])
  })
})
