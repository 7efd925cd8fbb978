import {describe, expect, it} from 'vitest'
import {gzippedBundleSize} from './helpers/bundle.js'
import {dist, hasDist, warnSkip} from './helpers/paths.js'

/**
 * The size budget: the browser bundle of the package with all its
 * dependencies and data (esbuild, minified, gzip -9) stays within 400 KB.
 * README.md states the budget; `npm run bench` prints the size.
 */
const budget = 400 * 1024

if (!hasDist()) warnSkip('test/size.test.ts', 'no dist/; run `npx tsup` (or `npm test`)')

describe.skipIf(!hasDist())('the browser bundle', function () {
  it('stays within the size budget, minified and gzipped', async function () {
    const size = await gzippedBundleSize(dist.esm)
    expect(size).toBeGreaterThan(10 * 1024)
    expect(size, 'gzipped bytes').toBeLessThanOrEqual(budget)
  }, 60_000)
})
