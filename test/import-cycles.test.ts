import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

/**
 * The house: no module of `src/` imports itself back through other modules
 * (type-only imports, which vanish at run time, are left out). The limits
 * on the length of files and functions are in `house.test.ts`.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../src')

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** The modules a module imports at run time (relative specifiers, not `import type`). */
function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8')
  const found: string[] = []
  const pattern = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm
  let match: RegExpExecArray | null
  while ((match = pattern.exec(source))) {
    if (match[1]) continue
    // `import {type A, type B} from` is type-only too.
    const clause = /\{([^}]*)\}/.exec(match[0])?.[1]
    if (clause && clause.split(',').every((part) => part.trim() === '' || part.trim().startsWith('type '))) continue
    found.push(resolve(dirname(file), match[2]!.replace(/\.js$/, '.ts')))
  }
  return found
}

/** A cycle of run-time imports, as paths from `src/`, if there is one. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 1 | 2>()
  const path: string[] = []
  function visit(file: string): string[] | undefined {
    state.set(file, 1)
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 1) return [...path.slice(path.indexOf(next)), next].map((item) => relative(root, item))
      if (!state.has(next)) {
        const cycle = visit(next)
        if (cycle) return cycle
      }
    }
    path.pop()
    state.set(file, 2)
    return undefined
  }
  for (const file of graph.keys()) {
    if (state.has(file)) continue
    const cycle = visit(file)
    if (cycle) return cycle
  }
  return undefined
}

describe('the module graph', function () {
  const all = files(root)
  const graph = new Map(all.map((file) => [file, imports(file)]))

  it('reads the imports of the entries', function () {
    expect(graph.get(join(root, 'lib/pipeline.ts'))).toContain(join(root, 'lib/1-layout/index.ts'))
  })

  it('finds a cycle when there is one', function () {
    expect(findCycle(new Map([['/a.ts', ['/b.ts']], ['/b.ts', ['/c.ts']], ['/c.ts', ['/a.ts']]]))).toHaveLength(4)
  })

  it('has no cycle of run-time imports', function () {
    expect(findCycle(graph)).toBeUndefined()
  })
})
