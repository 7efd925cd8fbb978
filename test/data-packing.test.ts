import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {entityModel, entityModelCheck} from '../src/data/entity-model.js'
import {cities, citiesCheck} from '../src/data/gazetteer-cities.js'
import {companies, companiesCheck} from '../src/data/gazetteer-companies.js'
import {countries, countriesCheck} from '../src/data/gazetteer-countries.js'
import {demonyms, demonymsCheck} from '../src/data/gazetteer-demonyms.js'
import {givenNames, givenNamesCheck} from '../src/data/gazetteer-given-names.js'
import {regions, regionsCheck} from '../src/data/gazetteer-regions.js'
import {wordClusters, wordClustersCheck} from '../src/data/word-clusters.js'
import {matchGazetteer} from '../src/lib/3-entities/gazetteer.js'
import {readTable} from '../src/lib/3-entities/gazetteer-tables.js'
import {labelCount} from '../src/lib/3-entities/tagger/labels.js'
import {buildLexicon, lexiconEntries, readLexicon} from '../src/lib/3-entities/tagger/lexicon.js'
import {readWeightCodes} from '../src/lib/3-entities/tagger/weight-coding.js'
import {longestShared, readFrontCoded, writeFrontCoded} from '../src/lib/util/front-coding.js'
import {contexts, fromBase64, RangeDecoder, readGapLists, readSortedNumbers} from '../src/lib/util/range-decoder.js'
import {dataCheck} from '../scripts/data-check.js'
import {RangeEncoder, toBase64, writeGapLists, writeSortedNumbers} from '../scripts/range-encoder.js'
import {writeLexicon, writeWeightCodes} from '../scripts/train-entities/encode-model.js'

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

describe('the range coder', function () {
  it('reads back any bits written in any contexts, through base 64', function () {
    const step = fc.record({bit: fc.integer({min: 0, max: 1}), context: fc.integer({min: 0, max: 3})})
    fc.assert(
      fc.property(fc.array(step, {maxLength: 3000}), fc.double({min: 0, max: 1, noNaN: true}), function (steps, bias) {
        // Skewed runs too: a context that learns a near-certain bit is where a coder's arithmetic is tested.
        const bits = steps.map((item, index) => (index % 7 === 0 ? item.bit : Number(item.context / 4 < bias)))
        const encoder = new RangeEncoder()
        const written = contexts(4)
        bits.forEach((bit, index) => encoder.bit(written, steps[index]!.context, bit))
        const decoder = new RangeDecoder(fromBase64(toBase64(encoder.finish())))
        const read = contexts(4)
        expect(bits.map((_, index) => decoder.bit(read, steps[index]!.context))).toEqual(bits)
      })
    )
  })

  it('reads back sorted numbers, small gaps and large', function () {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({min: 0, max: 2 ** 30}), {maxLength: 400}), function (values) {
        const sorted = [...values].sort((a, b) => a - b)
        expect(Array.from(readSortedNumbers(writeSortedNumbers(sorted)))).toEqual(sorted)
      })
    )
    expect(() => writeSortedNumbers([3, 3])).toThrow(RangeError)
  })

  it('reads back several lists packed one after the other, empty ones too', function () {
    const list = fc.uniqueArray(fc.integer({min: 0, max: 2 ** 22 - 1}), {maxLength: 60}).map((values) => [...values].sort((a, b) => a - b))
    fc.assert(
      fc.property(fc.array(list, {maxLength: 12}), function (lists) {
        expect(readGapLists(writeGapLists(lists), lists.length).map((values) => Array.from(values))).toEqual(lists)
      })
    )
  })

  it('reads back weight codes, rows of mostly zeros', function () {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 44}), fc.integer({min: 0, max: 40}), fc.infiniteStream(fc.nat()), function (levels, rows, stream) {
        const random = stream[Symbol.iterator]()
        const codes = Array.from({length: rows * labelCount}, function () {
          const value = random.next().value as number
          return value % 5 === 0 ? 1 + (value % (2 * levels)) : 0
        })
        expect(Array.from(readWeightCodes(writeWeightCodes(codes, levels), rows, levels))).toEqual(codes)
      })
    )
  })
})

describe('the entity model', function () {
  it('decodes to the keys, weight codes and lexicon (case and clusters) its generator recorded', function () {
    const keys = readSortedNumbers(entityModel.keys)
    const levelsPerSign = (entityModel.levels.length - 1) / 2
    expect(dataCheck(keys)).toEqual(entityModelCheck.keys)
    expect(dataCheck(readWeightCodes(entityModel.weights, keys.length, levelsPerSign))).toEqual(entityModelCheck.weights)
    const lexicon = lexiconEntries(readLexicon(entityModel)).map(([key, value]) => key + ' ' + value)
    expect(dataCheck(lexicon)).toEqual(entityModelCheck.lexicon)
  })

  it('packs a lexicon of case and clusters so that it reads back the same', function () {
    const keys = fc.uniqueArray(fc.integer({min: 0, max: 2 ** 22 - 1}), {maxLength: 40})
    fc.assert(
      fc.property(keys, keys, fc.array(keys, {minLength: 1, maxLength: 6}), function (lower, both, classes) {
        // Each key in one class at most, as the cluster generator writes them.
        const seen = new Set<number>()
        const members = classes.map((list) => list.filter((key) => !seen.has(key) && seen.add(key)).sort((a, b) => a - b))
        const middle = members.map((_, fine) => fine % 2)
        const clusters = {words: writeGapLists(members), middle, coarse: [1, 0]}
        const built = buildLexicon([...lower].sort((a, b) => a - b), [...both].sort((a, b) => a - b), clusters)
        expect(lexiconEntries(readLexicon(writeLexicon(built, clusters)))).toEqual(lexiconEntries(built))
      })
    )
  })
})

describe('the word clusters', function () {
  it('decode to the keys, class by class, their generator recorded', function () {
    const members = readGapLists(wordClusters.words, wordClusters.middle.length)
    expect(dataCheck(members.flatMap((keys) => Array.from(keys)))).toEqual(wordClustersCheck)
    expect(members).toHaveLength(256)
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
