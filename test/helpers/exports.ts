import {fileURLToPath} from 'node:url'
import ts from 'typescript'

/** What a module exports, as TypeScript sees it. */
export interface ModuleExports {
  /** Exports that exist at run time (functions, constants, classes), sorted. */
  values: string[]
  /** Type-only exports (interfaces and type aliases), sorted. */
  types: string[]
  /** For each exported interface, its property names in declaration order. */
  properties: Map<string, string[]>
}

/** Results by file: building a program takes about a second. */
const cache = new Map<string, ModuleExports>()

/**
 * Read the exports of a TypeScript module with the compiler API, following
 * re-exports to their declarations.
 *
 * @param file Path of the module, relative to the repository root (`'src/index.ts'`).
 * @returns Its runtime and type exports, and the fields of its interfaces.
 */
export function readExports(file: string): ModuleExports {
  let result = cache.get(file)

  if (!result) {
    result = read(file)
    cache.set(file, result)
  }

  return result
}

/**
 * Read the exports of a TypeScript module, uncached.
 *
 * @param file Path of the module, relative to the repository root.
 * @returns Its exports.
 */
function read(file: string): ModuleExports {
  const path = fileURLToPath(new URL('../../' + file, import.meta.url))
  const program = ts.createProgram([path], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: []
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(path)
  const moduleSymbol = source ? checker.getSymbolAtLocation(source) : undefined

  if (!moduleSymbol) {
    throw new Error('Cannot find module `' + file + '`')
  }

  const values: string[] = []
  const types: string[] = []
  const properties = new Map<string, string[]>()

  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target =
      symbol.flags & ts.SymbolFlags.Alias
        ? checker.getAliasedSymbol(symbol)
        : symbol

    if (target.flags & ts.SymbolFlags.Value) {
      values.push(symbol.name)
    } else {
      types.push(symbol.name)
    }

    if (target.flags & ts.SymbolFlags.Interface) {
      const type = checker.getDeclaredTypeOfSymbol(target)
      properties.set(
        symbol.name,
        type.getProperties().map((property) => property.name)
      )
    }
  }

  return {values: values.sort(), types: types.sort(), properties}
}
