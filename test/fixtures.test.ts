import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {expectSpansTrue} from './helpers/spans.js'

/**
 * Golden fixtures: each `fixtures/NAME.txt` (a dispatch we wrote in an
 * agency's layout) parses to exactly `fixtures/NAME.json`. Regenerate with
 * `npm run fixtures` after a deliberate change, and review the diff.
 */
const folder = new URL('../fixtures/', import.meta.url)
const names = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()

describe('golden fixtures', function () {
  it('has fixtures to check', function () {
    expect(names.length).toBeGreaterThanOrEqual(12)
  })

  for (const name of names) {
    it(name, function () {
      const text = readFileSync(new URL(name, folder), 'utf8')
      const expected: unknown = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.json'), folder), 'utf8'))
      const article = parseDispatch(text)
      expectSpansTrue(text, article)
      expect(article).toEqual(expected)
    })
  }
})
