import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {afterAll, describe, expect, it} from 'vitest'
import {hasDist, root, warnSkip} from './helpers/paths.js'

/*
 * The published types, as users compile them: for each module setting, a
 * small project that imports `wirecopy` (resolved through package.json's
 * `exports`, as after `npm install`) is type-checked with `strict`,
 * `exactOptionalPropertyTypes` and `skipLibCheck: false`, so that the
 * package's own declarations are checked too.
 */

const built = hasDist()
if (!built) warnSkip('test/types-packaged.test.ts', 'no dist/; run `npm run build` (or `npm test`)')

/** A module setting users have. */
interface Setting {
  name: string
  module: string
  moduleResolution: string
  /** `type` of the project's package.json. */
  type: 'module' | 'commonjs'
}

const settings: Setting[] = [
  {name: 'node16, CommonJS', module: 'node16', moduleResolution: 'node16', type: 'commonjs'},
  {name: 'node16, ESM', module: 'node16', moduleResolution: 'node16', type: 'module'},
  {name: 'nodenext, CommonJS', module: 'nodenext', moduleResolution: 'nodenext', type: 'commonjs'},
  {name: 'nodenext, ESM', module: 'nodenext', moduleResolution: 'nodenext', type: 'module'},
  {name: 'bundler', module: 'esnext', moduleResolution: 'bundler', type: 'module'}
]

/** What every project compiles: the exported names, the unions, options that may be `undefined`, toDate, the vfile data. */
const usage = `import {parseDispatch, retextDispatch, toDate, toHtml} from 'wirecopy'
import type {Article, AuthorRole, DiagnosticCode, EntityType, MentionForm, ParseOptions, QuoteKind, TimexMod, TimexType} from 'wirecopy'
import {parseDispatch as parseLight} from 'wirecopy/light'
import type {VFile} from 'vfile' with {'resolution-mode': 'import'}

declare const published: string | undefined
declare const file: VFile

const options: ParseOptions = {published, maxLength: undefined}
const article: Article = parseDispatch('LIMA, June 9 (Reuters) - Rates held.', options)
const light: Article = parseLight('text', {published})

export const codes: DiagnosticCode[] = article.diagnostics.map((diagnostic) => diagnostic.code)
export const types: EntityType[] = article.entities.map((entity) => entity.type)
export const forms: MentionForm[] = article.entities.flatMap((entity) => entity.mentions.map((mention) => mention.form))
export const roles: Array<AuthorRole | undefined> = light.authors.map((author) => author.role)
export const timex: Array<[TimexType, TimexMod | undefined]> = article.dates.map((date) => [date.type, date.mod])
export const day: Date | undefined = toDate(article.published) ?? toDate(article.dateline?.date)
export const fromFile: Article | undefined = file.data.article
export const plugin: typeof retextDispatch = retextDispatch
export const html: string = toHtml(article, 'text')

export function describeKind(kind: QuoteKind): string {
  switch (kind) {
    case 'direct': return 'all in quote marks'
    case 'indirect': return 'reported speech'
    case 'mixed': return 'partly quoted'
  }
}

// @ts-expect-error: not a diagnostic code.
export const wrong: DiagnosticCode = 'no-such-code'
`

describe.skipIf(!built)('the published types', function () {
  const folder = path.join(root, 'node_modules', '.cache')
  mkdirSync(folder, {recursive: true})
  const base = mkdtempSync(path.join(folder, 'wirecopy-types-'))

  afterAll(function () {
    rmSync(base, {recursive: true, force: true})
  })

  for (const setting of settings) {
    it('compile under ' + setting.name + ' with skipLibCheck false', function () {
      const project = path.join(base, setting.name.replace(/\W+/g, '-'))
      mkdirSync(path.join(project, 'node_modules'), {recursive: true})
      symlinkSync(root, path.join(project, 'node_modules', 'wirecopy'), 'dir')
      writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'user', private: true, type: setting.type}))
      const entry = path.join(project, 'index.ts')
      writeFileSync(entry, usage)
      expect(compile(entry, setting)).toEqual([])
    }, 60_000)
  }
})

/**
 * Type-check one file the way `tsc` would with a project's settings.
 *
 * @param entry The file.
 * @param setting The module setting.
 * @returns The diagnostics, as text.
 */
function compile(entry: string, setting: Setting): string[] {
  const {options, errors} = ts.convertCompilerOptionsFromJson(
    {
      target: 'es2022',
      lib: ['es2022'],
      module: setting.module,
      moduleResolution: setting.moduleResolution,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      noEmit: true,
      // vfile's types name `URL`: a Node project has @types/node.
      types: ['node']
    },
    path.dirname(entry)
  )
  expect(errors).toEqual([])
  const program = ts.createProgram([entry], options, cachingHost(options))
  return ts.getPreEmitDiagnostics(program).map(function (diagnostic) {
    const where = diagnostic.file ? path.relative(root, diagnostic.file.fileName) + ': ' : ''
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
  })
}

/** Parsed declaration files outside the projects (TypeScript's lib, @types/node), shared by the programs. */
const shared = new Map<string, ts.SourceFile>()

/**
 * A compiler host that parses each file under node_modules once across the
 * programs (for the same language version and module format).
 *
 * @param options The program's options.
 * @returns The host.
 */
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = function (fileName, version, ...rest) {
    if (fileName.includes('wirecopy-types-') || !/[\\/]node_modules[\\/]/.test(fileName)) return getSourceFile(fileName, version, ...rest)
    const format = typeof version === 'object' ? String(version.impliedNodeFormat) + ':' + String(version.languageVersion) : String(version)
    const key = format + ':' + fileName
    let file = shared.get(key)
    if (!file) {
      file = getSourceFile(fileName, version, ...rest)
      if (file) shared.set(key, file)
    }
    return file
  }
  return host
}
