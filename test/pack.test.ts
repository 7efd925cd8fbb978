import {execFile} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {hasDist, root, warnSkip} from './helpers/paths.js'

/*
 * What `npm install wirecopy` brings: the packed tarball (as `npm pack` makes
 * it from `dist/` and the manifest) within its budget, and a dependency tree
 * of plain JavaScript, with no native binary and no install script.
 */

/** Budget of the unpacked tarball: ESM and CommonJS builds of both entries, their types and the CLI. */
const unpackedBudget = 4 * 1024 * 1024

interface PackedFile {
  path: string
  size: number
}

interface Manifest {
  name: string
  version?: string
  license?: string
  repository?: {type?: string; url?: string} | string
  homepage?: string
  bugs?: string | {url?: string}
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, {optional?: boolean}>
  gypfile?: boolean
  os?: string[]
  cpu?: string[]
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest
const built = hasDist()
if (!built) warnSkip('test/pack.test.ts', 'no dist/; run `npx tsup` (or `npm test`) to check the packed tarball')

describe('package.json for npm', function () {
  it('says where the code, the home page and the issues are', function () {
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url
    expect(repository).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/wirecopy\.git$/)
    expect(manifest.homepage).toMatch(/^https:\/\//)
    const bugs = typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url
    expect(bugs).toMatch(/^https:\/\/.+\/issues$/)
  })

  it('ships the MIT licence it declares', function () {
    expect(manifest.license).toBe('MIT')
    const license = readFileSync(path.join(root, 'LICENSE'), 'utf8')
    expect(license).toMatch(/The MIT License/)
    expect(license).toMatch(/^Copyright \(c\) \d{4} /m)
  })

  it('keeps the README’s links working on npm: absolute URLs or anchors', function () {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)|^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1] ?? match[2] ?? '')
    expect(targets.length).toBeGreaterThan(5)
    for (const target of targets) expect(target, target).toMatch(/^(?:https:\/\/|#)/)
  })
})

describe.skipIf(!built)('npm pack', function () {
  let files: PackedFile[] = []
  let unpacked = 0

  it('packs the builds, the types, the CLI, the README and the licence', async function () {
    const {stdout} = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root})
    const [report] = JSON.parse(stdout) as Array<{files: PackedFile[]; unpackedSize: number}>
    files = report?.files ?? []
    unpacked = report?.unpackedSize ?? 0
    const names = files.map((file) => file.path).sort()
    for (const name of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/light.js', 'dist/light.cjs', 'dist/cli.js', 'dist/cli-worker.js']) {
      expect(names, name).toContain(name)
    }
    // No source maps, and nothing from outside dist/ but the three files npm always adds.
    expect(names.filter((name) => name.endsWith('.map'))).toEqual([])
    expect(names.filter((name) => !name.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json'])
  }, 60_000)

  it('stays within 4 MB unpacked', function () {
    expect(unpacked, 'unpacked bytes').toBeGreaterThan(1_000_000)
    expect(unpacked, 'unpacked bytes').toBeLessThanOrEqual(unpackedBudget)
  })

  it('has a CLI that imports the library’s own entry instead of a copy of it', function () {
    const cli = files.filter((file) => /^dist\/(?:cli|chunk-)/.test(file.path))
    const size = cli.reduce((sum, file) => sum + file.size, 0)
    expect(size, 'bytes of the CLI and its chunks').toBeLessThan(50_000)
    expect(readFileSync(path.join(root, 'dist/cli.js'), 'utf8')).toMatch(/from\s*["']\.\/index\.js["']/)
  })
})

describe('the dependency tree of `npm install wirecopy`', function () {
  const tree = dependencyTree(manifest, root)

  it('is found whole in node_modules', function () {
    expect(tree.missing).toEqual([])
    expect(tree.packages.size).toBeGreaterThan(Object.keys(manifest.dependencies ?? {}).length)
    expect(tree.packages.has('piscina')).toBe(false)
  })

  it('holds no native binary, no platform-only package and no install script', function () {
    for (const [name, folder] of tree.packages) {
      const own = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as Manifest
      expect(own.gypfile, name).toBeFalsy()
      expect(own.os, name + ' is for some platforms only').toBeUndefined()
      expect(own.cpu, name + ' is for some processors only').toBeUndefined()
      for (const script of ['preinstall', 'install', 'postinstall']) {
        expect(own.scripts?.[script], name + ' runs `' + script + '`').toBeUndefined()
      }
      expect(nativeFiles(folder), name).toEqual([])
    }
  })
})

/**
 * Every package that installing a manifest brings (dependencies, optional
 * dependencies and required peers, recursively), found the way Node finds
 * them from the repository's node_modules.
 *
 * @param top The manifest.
 * @param folder Its folder.
 * @returns The packages by name with their folders, and the names not found.
 */
function dependencyTree(top: Manifest, folder: string): {packages: Map<string, string>; missing: string[]} {
  const packages = new Map<string, string>()
  const missing: string[] = []
  const queue: Array<[Manifest, string]> = [[top, folder]]
  while (queue.length > 0) {
    const [current, at] = queue.shift() as [Manifest, string]
    const require = createRequire(path.join(at, 'package.json'))
    for (const name of installed(current)) {
      if (packages.has(name)) continue
      const found = findPackage(require, name)
      if (!found) {
        missing.push(name)
        continue
      }
      packages.set(name, found)
      queue.push([JSON.parse(readFileSync(path.join(found, 'package.json'), 'utf8')) as Manifest, found])
    }
  }
  return {packages, missing}
}

/** The names a manifest makes npm install. */
function installed(manifest: Manifest): string[] {
  const peers = Object.keys(manifest.peerDependencies ?? {}).filter((name) => !manifest.peerDependenciesMeta?.[name]?.optional)
  return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {}), ...peers]
}

/** The folder of a package as seen from a module, by walking up node_modules. */
function findPackage(require: NodeJS.Require, name: string): string | undefined {
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = path.join(base, name)
    if (existsSync(path.join(candidate, 'package.json'))) return candidate
  }
  return undefined
}

/** Files of a package (nested node_modules aside) that are native code. */
function nativeFiles(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, {recursive: true, encoding: 'utf8'})) {
    if (entry.split(path.sep).includes('node_modules')) continue
    if (/\.(?:node|so|dylib|dll|exe|wasm)$|(?:^|[\\/])binding\.gyp$/.test(entry) && statSync(path.join(folder, entry)).isFile()) found.push(entry)
  }
  return found
}
