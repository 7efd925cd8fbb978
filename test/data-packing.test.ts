import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {cities, citiesCheck} from '../src/data/gazetteer-cities.js'
import {companies, companiesCheck} from '../src/data/gazetteer-companies.js'
import {countries, countriesCheck} from '../src/data/gazetteer-countries.js'
import {demonyms, demonymsCheck} from '../src/data/gazetteer-demonyms.js'
import {givenNames, givenNamesCheck} from '../src/data/gazetteer-given-names.js'
import {regions, regionsCheck} from '../src/data/gazetteer-regions.js'
import {matchGazetteer} from '../src/lib/3-entities/gazetteer.js'
import {readTable} from '../src/lib/3-entities/gazetteer-tables.js'
import {longestShared, readFrontCoded, writeFrontCoded} from '../src/lib/util/front-coding.js'
import {dataCheck} from '../scripts/data-check.js'

/**
 * The packed tables of `src/data/` decode to what their generators meant:
 * each codec round-trips on random data, and each table decodes to the count
 * and hash its generator recorded beside it (`scripts/data-check.ts`).
 */

describe('front coding', function () {
  it('reads back any list of strings without `|`, sorted or not', function () {
    const item = fc.string({unit: fc.constantFrom('a', 'b', 'é', ' ', "'", '’', '1'), maxLength: 60})
    fc.assert(
      fc.property(fc.array(item, {maxLength: 30}), fc.boolean(), function (items, sorted) {
        const list = sorted ? [...items].sort() : items
        // The empty list and the list of one empty string are told apart by their text.
        if (list.length === 1 && list[0] === '') return
        expect(readFrontCoded(writeFrontCoded(list))).toEqual(list)
      })
    )
  })

  it('shares at most `longestShared` characters, in one character of the text', function () {
    const long = 'x'.repeat(longestShared + 10)
    const text = writeFrontCoded(['abbe', 'abbey', 'abbie', long, long + 'y'])
    expect(text).toBe('0abbe|4y|3ie|0' + long + '|[' + long.slice(longestShared) + 'y')
    expect(readFrontCoded(text)).toEqual(['abbe', 'abbey', 'abbie', long, long + 'y'])
    expect(readFrontCoded('')).toEqual([])
  })
})

describe('the gazetteer tables', function () {
  const tables = {cities, companies, countries, demonyms, givenNames, regions}
  const checks = {cities: citiesCheck, companies: companiesCheck, countries: countriesCheck, demonyms: demonymsCheck, givenNames: givenNamesCheck, regions: regionsCheck}

  for (const [name, table] of Object.entries(tables)) {
    it(`${name} decodes to the lines its generator recorded`, function () {
      const lines = readTable(table).map((line) => line.key + '\t' + line.forms.join('|'))
      expect(dataCheck(lines)).toEqual(checks[name as keyof typeof checks])
      // Forms are folded tokens, apart by one space, each form once a line, sorted.
      for (const {forms} of readTable(table)) {
        expect(forms).toEqual([...new Set(forms)].sort())
        for (const form of forms) expect(form).toMatch(/^[^\s|]+(?: [^\s|]+)*$/)
      }
    })
  }

  it('still finds the places, people and firms of a dispatch written with marks', function () {
    const words = 'KABUL , Oct 3 ( Reuters ) - Abbey Ruiz flew from Kandahār to Mazār-e Sharīf with Accenture staff'.split(' ')
    const found = matchGazetteer(words).map((match) => [words.slice(match.start, match.end).join(' '), match.kind, match.id ?? '-'].join(' '))
    expect(found).toEqual(
      expect.arrayContaining([
        'KABUL city AF',
        'Abbey given-name -',
        'Kandahār city AF',
        'Mazār-e Sharīf city AF',
        'Accenture company c'
      ])
    )
  })
})
