/**
 * Make the CommonJS declarations of the build (`dist/*.d.cts`) compile under
 * `module: node16`/`nodenext` with `skipLibCheck: false`. tsup writes them as
 * copies of the ESM ones, whose `import … from 'vfile'` and
 * `declare module 'vfile'` a CommonJS file may not have, as vfile is an ES
 * module (TS1479). So this script, run after `tsup` by `npm run build`:
 *
 * - turns each import from an ESM-only package into a type-only import with
 *   `resolution-mode: 'import'` (TypeScript 5.3 and later);
 * - moves the `DataMap` augmentation of vfile into `dist/<entry>-vfile.d.ts`,
 *   an ES module declaration file that the `.d.cts` references, so that
 *   `file.data.article` is typed for CommonJS users too.
 *
 * `test/types-packaged.test.ts` compiles small projects against the result.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

/** Packages the declarations import that are ES modules only. */
const esmOnly = ['vfile', 'unified', 'nlcst-to-string', 'retext-english']

/** The CommonJS declaration files of the build, by entry. */
const entries = ['index', 'light']

for (const entry of entries) {
  const file = 'dist/' + entry + '.d.cts'
  if (!existsSync(file)) throw new Error('Cannot find `' + file + '`: run `tsup` first')
  const before = readFileSync(file, 'utf8')
  const {code, augmentation} = finish(before)
  if (augmentation) {
    const name = entry + '-vfile.d.ts'
    writeFileSync('dist/' + name, vfileModule(entry, augmentation))
    writeFileSync(file, '/// <reference path="./' + name + '" />\n' + code)
  } else {
    writeFileSync(file, code)
  }
}

/**
 * Rewrite one `.d.cts`.
 *
 * @param code Its text as tsup wrote it.
 * @returns The text without the vfile augmentation, and the augmentation.
 */
function finish(code: string): {code: string; augmentation?: string} {
  const imports = code.replace(
    /^import (?:type )?(\{[^}]*\}) from '([^']+)';$/gm,
    function (line: string, names: string, specifier: string) {
      return esmOnly.includes(specifier)
        ? 'import type ' + names + " from '" + specifier + "' with { 'resolution-mode': 'import' };"
        : line
    }
  )
  const block = /^declare module 'vfile' \{\n[\s\S]*?\n\}\n/m.exec(imports)
  if (!block) return {code: imports}
  return {code: imports.replace(block[0], ''), augmentation: block[0]}
}

/**
 * The ES module declaration file that holds the vfile augmentation.
 *
 * @param entry The entry whose `Article` it names.
 * @param augmentation The `declare module 'vfile' {…}` block.
 * @returns The file's text.
 */
function vfileModule(entry: string, augmentation: string): string {
  return (
    '// Written by scripts/finish-types.ts: the vfile augmentation of ' + entry + '.d.cts, kept in an ES module.\n' +
    "import type {Article} from './" + entry + ".cjs';\n\n" +
    augmentation +
    '\nexport {};\n'
  )
}
