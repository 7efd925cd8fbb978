import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {dist, hasDist, root, warnSkip} from './helpers/paths.js'

/**
 * The size budget: the browser bundle of the package with all its
 * dependencies and data (esbuild, minified, gzip -9) stays within 400 KB.
 * README.md states the budget; `npm run bench` prints the size.
 */
const budget = 400 * 1024

if (!hasDist()) warnSkip('test/size.test.ts', 'no dist/; run `npx tsup` (or `npm test`)')

describe.skipIf(!hasDist())('the browser bundle', function () {
  it('stays within the size budget, minified and gzipped', async function () {
    const output = await build({
      entryPoints: [dist.esm],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      absWorkingDir: root
    })
    const code = output.outputFiles[0]?.contents ?? new Uint8Array()
    const size = gzipSync(code, {level: 9}).length
    expect(size).toBeGreaterThan(10 * 1024)
    expect(size, 'gzipped bytes').toBeLessThanOrEqual(budget)
  }, 60_000)
})
