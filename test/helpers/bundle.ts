import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {root} from './paths.js'

/**
 * The size of the browser bundle of an entry: bundled with every dependency
 * by esbuild, minified, for the browser, gzipped at level 9.
 *
 * @param entry Absolute path of the built entry (`dist/index.js`, …).
 * @returns The gzipped size in bytes.
 */
export async function gzippedBundleSize(entry: string): Promise<number> {
  const output = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root
  })
  const code = output.outputFiles[0]?.contents ?? new Uint8Array()
  return gzipSync(code, {level: 9}).length
}
