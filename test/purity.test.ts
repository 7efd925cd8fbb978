import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/paths.js'

/**
 * The library is pure: it reads no clock, no environment, no randomness and
 * no file (only the CLI in `src/cli/` touches the outside world). A scan of
 * its source keeps it so, experiments included.
 */
const forbidden: Array<[RegExp, string]> = [
  [/\bprocess\s*\??\./, 'process'],
  [/\bDate\.now\b/, 'Date.now'],
  [/\bnew Date\(\s*\)/, 'new Date()'],
  [/\bperformance\s*\.\s*now\b/, 'performance.now'],
  [/\bMath\.random\b/, 'Math.random'],
  [/\bfrom ['"]node:/, 'a Node built-in']
]

/**
 * Every TypeScript file under a folder.
 *
 * @param folder The folder.
 * @returns Their paths.
 */
function sources(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap(function (entry) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('the library source', function () {
  const files = [...sources(join(root, 'src/lib')), ...sources(join(root, 'src/data')), join(root, 'src/index.ts'), join(root, 'src/light.ts')]

  it('has files to scan', function () {
    expect(files.length).toBeGreaterThan(50)
  })

  it('reads no clock, environment, randomness or Node built-in', function () {
    const found: string[] = []

    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n')

      for (const [index, line] of lines.entries()) {
        if (/^\s*(\*|\/\/)/.test(line)) continue
        for (const [pattern, name] of forbidden) {
          if (pattern.test(line)) found.push(`${file.slice(root.length)}:${index + 1}: ${name}`)
        }
      }
    }

    expect(found).toEqual([])
  })
})
