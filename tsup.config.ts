import {defineConfig} from 'tsup'

/**
 * Two builds of the library: ESM keeps its dependencies external; CommonJS
 * bundles the ESM-only unified family so that `require('wirecopy')` works.
 * The CLI is an ESM entry of its own, the only module that does I/O.
 */
export default defineConfig([
  {
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: [/.*/]
  },
  {
    entry: {cli: 'src/cli/cli.ts', 'cli-worker': 'src/cli/worker.ts'},
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
