import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** Absolute path of the repository root (with a trailing slash). */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** Absolute paths of the built package, as `npm test` leaves them after `tsup`. */
export const dist = {
  esm: fileURLToPath(new URL('../../dist/index.js', import.meta.url)),
  light: fileURLToPath(new URL('../../dist/light.js', import.meta.url)),
  lightCjs: fileURLToPath(new URL('../../dist/light.cjs', import.meta.url)),
  cjs: fileURLToPath(new URL('../../dist/index.cjs', import.meta.url)),
  dts: fileURLToPath(new URL('../../dist/index.d.ts', import.meta.url)),
  dcts: fileURLToPath(new URL('../../dist/index.d.cts', import.meta.url)),
  cli: fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
}

/**
 * Whether the library build exists; tests of the built package skip without it.
 *
 * @returns `true` when both the ESM and the CommonJS bundles exist.
 */
export function hasDist(): boolean {
  return existsSync(dist.esm) && existsSync(dist.cjs)
}

/**
 * Tell whoever runs the tests that a suite is skipped, and why.
 *
 * @param suite The suite that is skipped.
 * @param reason Why, and how to make it run.
 */
export function warnSkip(suite: string, reason: string): void {
  console.warn('[skip] ' + suite + ': ' + reason)
}
