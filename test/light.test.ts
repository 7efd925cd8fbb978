import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {parseDispatch as parseLight} from '../src/light.js'
import {gzippedBundleSize} from './helpers/bundle.js'
import {dist, hasDist, warnSkip} from './helpers/paths.js'
import {expectSpansTrue} from './helpers/spans.js'

/**
 * `wirecopy/light`: the same pipeline without the learned entity tagger.
 * Entities come from the byline, the dateline, the gazetteers and the
 * rules; everything that does not read entities is as the full entry gives it.
 */
const text = readFileSync(new URL('../fixtures/azernews-style.txt', import.meta.url), 'utf8')

describe('wirecopy/light', function () {
  const full = parseDispatch(text)
  const light = parseLight(text)

  it('keeps every span true', function () {
    expectSpansTrue(text, light)
  })

  it('gives the same layout, paragraphs and dates as the full entry', function () {
    expect(light.headline).toEqual(full.headline)
    expect(light.authors).toEqual(full.authors)
    expect(light.dateline).toEqual(full.dateline)
    expect(light.published).toEqual(full.published)
    expect(light.paragraphs).toEqual(full.paragraphs)
    expect(light.dates).toEqual(full.dates)
  })

  it('finds the byline author, gazetteer places and organisations by their head noun', function () {
    const names = light.entities.map((entity) => entity.type + ': ' + entity.name)
    expect(names).toContain('person: Leyla Hasanova')
    expect(names).toContain('location: Azerbaijan')
    expect(names).toContain('location: Kazakhstan')
    expect(names).toContain('organization: Ministry of Digital Development and Transport')
    expect(light.entities.find((entity) => entity.name === 'Azerbaijan')?.country).toBe('AZ')
  })

  it('still finds the quotes and resolves a statement to its issuer', function () {
    expect(light.quotes.length).toBe(full.quotes.length)
    const ministry = light.entities.find((entity) => entity.name.startsWith('Ministry of Digital'))
    expect(light.quotes.some((quote) => quote.speaker?.entity === ministry?.id)).toBe(true)
  })

  it('throws the documented errors', function () {
    expect(() => parseLight(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseLight('abcdef', {maxLength: 5})).toThrow(RangeError)
  })
})

if (!hasDist()) warnSkip('test/light.test.ts (bundle)', 'no dist/; run `npx tsup` (or `npm test`)')

describe.skipIf(!hasDist())('the light browser bundle', function () {
  it('leaves the learned model out and weighs at most 60% of the full bundle', async function () {
    const sizes = [await gzippedBundleSize(dist.esm), await gzippedBundleSize(dist.light)]

    expect(readFileSync(dist.esm, 'utf8')).toContain('clusterMiddle')
    expect(readFileSync(dist.light, 'utf8')).not.toContain('clusterMiddle')
    expect(sizes[1]!, 'light gzipped bytes').toBeLessThanOrEqual(sizes[0]! * 0.6)
  }, 60_000)
})
