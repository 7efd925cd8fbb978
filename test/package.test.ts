import {existsSync, readFileSync} from 'node:fs'
import {builtinModules, createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {Article, ParseOptions} from '../src/index.js'
import {readExports} from './helpers/exports.js'
import {dist, hasDist, root, warnSkip} from './helpers/paths.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * Checks of the built, published shape of the package: what `npm test`
 * leaves in `dist/` after `tsup`, and the manifest that points at it.
 */

interface Manifest {
  name: string
  type?: string
  sideEffects?: boolean
  engines?: {node?: string}
  main?: string
  module?: string
  types?: string
  exports?: Record<string, unknown>
  files?: string[]
  bin?: Record<string, string>
  dependencies?: Record<string, string>
}

interface Api {
  parseDispatch: (text: string, options?: ParseOptions) => Article
}

const manifest = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8')
) as Manifest
const built = hasDist()

if (!built) {
  warnSkip('test/package.test.ts', 'no dist/index.js or dist/index.cjs; run `npx tsup` (or `npm test`) first')
}

// A made-up dispatch: every name, place and sentence in it is invented.
const dispatch = [
  'SAMPLE WIRE, 12 May 2022',
  '',
  'Lighthouse keeper retires after forty years',
  '',
  'By Ada Quill',
  '',
  'NORTH ELLIS, May 12 (Sample Wire) - The last keeper of the Ellis Point lighthouse retired on Thursday, the coast authority said.',
  '',
  '"The light will stay on," coast authority spokeswoman Mara Lind told reporters.',
  ''
].join('\n')

describe('package.json', function () {
  it('is an ESM package without side effects for Node 20 and later', function () {
    expect(manifest.name).toBe('wirecopy')
    expect(manifest.type).toBe('module')
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.engines?.node).toBe('>=20')
  })

  it('maps `import` and `require` each to its own code and types', function () {
    expect(manifest.exports).toEqual({
      '.': {
        import: {types: './dist/index.d.ts', default: './dist/index.js'},
        require: {types: './dist/index.d.cts', default: './dist/index.cjs'}
      },
      './light': {
        import: {types: './dist/light.d.ts', default: './dist/light.js'},
        require: {types: './dist/light.d.cts', default: './dist/light.cjs'}
      },
      './package.json': './package.json'
    })

    // `types` must come first in each condition object for TypeScript to see it.
    const conditions = manifest.exports?.['.'] as Record<string, object>
    expect(Object.keys(conditions['import'] ?? {})[0]).toBe('types')
    expect(Object.keys(conditions['require'] ?? {})[0]).toBe('types')
  })

  it('keeps the legacy fields in line with `exports`', function () {
    expect(manifest.main).toBe('./dist/index.cjs')
    expect(manifest.module).toBe('./dist/index.js')
    expect(manifest.types).toBe('./dist/index.d.ts')
  })

  it('publishes `dist` and a `wirecopy` bin inside it', function () {
    expect(manifest.files).toEqual(['dist'])
    expect(manifest.bin).toEqual({wirecopy: './dist/cli.js'})
  })
})

describe.skipIf(!built)('dist/', function () {
  it('has every file that package.json points at', function () {
    const targets = [
      manifest.main,
      manifest.module,
      manifest.types,
      ...Object.values(manifest.bin ?? {}),
      ...leaves(manifest.exports)
    ]

    for (const target of targets) {
      expect(target, 'a path in package.json').toBeTypeOf('string')
      expect(existsSync(new URL(target ?? '', pathToFileURL(root))), target).toBe(true)
    }
  })

  it('has a CLI with a shebang', function () {
    expect(existsSync(dist.cli), 'dist/cli.js').toBe(true)
    expect(readFileSync(dist.cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('gives the same Article through `require` and `import`', async function () {
    const required = createRequire(import.meta.url)(dist.cjs) as Api
    const imported = (await import(
      /* @vite-ignore */ pathToFileURL(dist.esm).href
    )) as Api

    expect(required.parseDispatch).toBeTypeOf('function')
    expect(imported.parseDispatch).toBeTypeOf('function')

    const fromCjs = required.parseDispatch(dispatch)
    const fromEsm = imported.parseDispatch(dispatch)
    expect(fromCjs).toEqual(fromEsm)
    expectSpansTrue(dispatch, fromEsm)

    const options = {published: new Date(Date.UTC(2022, 4, 13))}
    expect(required.parseDispatch(dispatch, options)).toEqual(
      imported.parseDispatch(dispatch, options)
    )
  })

  it('exposes the same runtime exports through `require` and `import` as src/', async function () {
    const required = createRequire(import.meta.url)(dist.cjs) as object
    const imported = (await import(
      /* @vite-ignore */ pathToFileURL(dist.esm).href
    )) as object
    const expected = readExports('src/index.ts').values

    expect(Object.keys(imported).sort()).toEqual(expected)
    // CommonJS interop may add `__esModule`; it is not an export.
    expect(Object.keys(required).filter((key) => key !== '__esModule').sort()).toEqual(expected)
  })

  it('throws the documented errors from both builds', async function () {
    const required = createRequire(import.meta.url)(dist.cjs) as Api
    const imported = (await import(
      /* @vite-ignore */ pathToFileURL(dist.esm).href
    )) as Api

    for (const api of [required, imported]) {
      expect(() => api.parseDispatch(42 as unknown as string)).toThrow(TypeError)
      expect(() => api.parseDispatch('abcdef', {maxLength: 5})).toThrow(RangeError)
    }
  })

  it('imports no Node built-in and no undeclared package from the ESM bundle', function () {
    const code = readFileSync(dist.esm, 'utf8')
    const specifiers = importSpecifiers(code)
    const builtins = new Set(builtinModules)
    const declared = new Set(Object.keys(manifest.dependencies ?? {}))

    for (const specifier of specifiers) {
      expect(specifier.startsWith('node:'), specifier).toBe(false)
      expect(builtins.has(specifier.split('/')[0] ?? ''), specifier).toBe(false)

      if (!specifier.startsWith('.')) {
        expect(declared.has(packageName(specifier)), specifier + ' is a dependency').toBe(true)
      }
    }

    // Guard the scan itself: the ESM build keeps its dependencies external, so
    // it imports at least one of them.
    expect(
      specifiers.some((specifier) => declared.has(packageName(specifier))),
      'the ESM bundle imports a dependency: ' + JSON.stringify(specifiers)
    ).toBe(true)
  })

  it('declares every exported name in index.d.ts and index.d.cts', function () {
    const {values, types} = readExports('src/index.ts')

    for (const file of [dist.dts, dist.dcts]) {
      expect(existsSync(file), file).toBe(true)
      const exportedNames = declaredExports(readFileSync(file, 'utf8'))

      expect(exportedNames, file).toEqual([...values, ...types].sort())
    }
  })

  it('keeps the vfile `DataMap` augmentation for index.d.ts and index.d.cts', function () {
    const augmentation = /declare module ['"]vfile['"]\s*\{[^}]*interface DataMap\s*\{[^}]*\barticle\?\s*:\s*Article\b/
    expect(readFileSync(dist.dts, 'utf8')).toMatch(augmentation)
    // A CommonJS declaration file may not augment an ES module (TS1479): it
    // references an ES module declaration file that does, for its own Article.
    const cts = readFileSync(dist.dcts, 'utf8')
    expect(cts).toMatch(/^\/\/\/ <reference path="\.\/index-vfile\.d\.ts" \/>\n/)
    expect(cts).not.toMatch(/declare module ['"]vfile['"]/)
    const esm = readFileSync(new URL('index-vfile.d.ts', pathToFileURL(dist.dcts)), 'utf8')
    expect(esm).toMatch(/^import type \{Article\} from '\.\/index\.cjs';$/m)
    expect(esm).toMatch(augmentation)
  })
})

/**
 * Every module specifier in static imports, re-exports, dynamic imports and
 * `require` calls of some JavaScript.
 *
 * @param code The JavaScript.
 * @returns The specifiers, in order.
 */
function importSpecifiers(code: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g
  ]
  const found: string[] = []

  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      found.push(match[1]!)
    }
  }

  return found
}

/**
 * The package a bare specifier names: `unified`, `@scope/name`.
 *
 * @param specifier The specifier (`'vfile/do-not-use-conditional-minpath'`).
 * @returns The package name.
 */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] ?? ''
}

/**
 * The names a bundled declaration file exports in its `export {…}` clauses.
 *
 * @param code The `.d.ts` text.
 * @returns The exported names, sorted.
 */
function declaredExports(code: string): string[] {
  const names: string[] = []

  for (const clause of code.matchAll(/^export\s*\{([^}]*)\}\s*;?\s*$/gm)) {
    for (const item of clause[1]!.split(',')) {
      // `type Name`, `Name`, `default as Name`, `type X as Name`.
      const words = item.trim().split(/\s+/).filter((word) => word !== 'type')
      const name = words.at(-1)
      if (name) names.push(name)
    }
  }

  return names.sort()
}

/**
 * The string leaves of an `exports` map.
 *
 * @param value The map, or part of it.
 * @returns Every path in it.
 */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') {
    return Object.values(value).flatMap((child) => leaves(child))
  }

  return []
}
