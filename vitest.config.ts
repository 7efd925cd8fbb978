import {defineConfig} from 'vitest/config'

/**
 * Tests live in `test/` as `*.test.ts` and run once in Node; helpers in
 * `test/helpers/` are not tests. Type tests are checked by `tsc --noEmit`,
 * which `npm test` runs first.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    watch: false
  }
})
