import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countStartingBefore} from '../src/lib/util/count-before.js'

describe('countStartingBefore', function () {
  it('counts the items that start before an offset, as a plain count does', function () {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 200}), {maxLength: 40}), fc.integer({min: -5, max: 210}), function (values, offset) {
        const items = [...values].sort((a, b) => a - b).map((start) => ({start}))
        const plain = items.filter((item) => item.start < offset).length
        expect(countStartingBefore(items, offset, (item) => item.start)).toBe(plain)
      })
    )
  })

  it('gives 0 on an empty list and the length past the last item', function () {
    expect(countStartingBefore([], 10, (item: {start: number}) => item.start)).toBe(0)
    const tokens = [{start: 0}, {start: 4}, {start: 4}, {start: 9}]
    expect(countStartingBefore(tokens, 4, (token) => token.start)).toBe(1)
    expect(countStartingBefore(tokens, 5, (token) => token.start)).toBe(3)
    expect(countStartingBefore(tokens, 100, (token) => token.start)).toBe(4)
  })
})
