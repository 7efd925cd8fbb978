import type {Plugin} from 'esbuild'
import {defineConfig, type Options} from 'tsup'

/**
 * The library in two entries — `wirecopy` and `wirecopy/light` (without the
 * learned entity model) — each built on its own, so that neither shares a
 * chunk (of code or of types) with the other, in two formats: ESM keeps its
 * dependencies external; CommonJS bundles the ESM-only unified family so that
 * `require('wirecopy')` works. No source maps are published: without their
 * sources they say little, and with them they tripled the package (see
 * docs/api.md, "Package"). The CLI is an ESM entry of its own, the only
 * module that does I/O; it imports the library's own `dist/index.js` rather
 * than bundling a second copy of it.
 */
function library(name: string, format: 'esm' | 'cjs'): Options {
  const extension = format === 'esm' ? 'js' : 'cjs'
  return {
    entry: {[name]: `src/${name}.ts`},
    format: [format],
    dts: true,
    sourcemap: false,
    // The builds run side by side: each cleans only its own files.
    clean: [`${name}.${extension}`, `${name}.${extension}.map`, `${name}.d.${format === 'esm' ? 'ts' : 'cts'}`],
    target: 'es2022',
    platform: 'neutral',
    // White space out, names kept: readable enough in a stack trace, and it
    // keeps the four builds within the package budget (about 0.4 MB less).
    minifyWhitespace: true,
    ...(format === 'cjs' ? {noExternal: [/.*/]} : {})
  }
}

/**
 * Resolve the CLI's imports of the library (`src/index.ts`) to the built
 * `./index.js` beside `dist/cli.js`, kept external.
 */
const libraryEntry: Plugin = {
  name: 'wirecopy-library-entry',
  setup(build) {
    build.onResolve({filter: /^\.\.\/index\.js$/}, function (args) {
      return /[\\/]src[\\/]cli$/.test(args.resolveDir) ? {path: './index.js', external: true} : undefined
    })
  }
}

export default defineConfig([
  library('index', 'esm'),
  library('index', 'cjs'),
  library('light', 'esm'),
  library('light', 'cjs'),
  {
    entry: {cli: 'src/cli/cli.ts', 'cli-worker': 'src/cli/worker.ts'},
    clean: ['cli.js', 'cli-worker.js', 'chunk-*.js'],
    format: ['esm'],
    esbuildPlugins: [libraryEntry],
    target: 'es2022',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
