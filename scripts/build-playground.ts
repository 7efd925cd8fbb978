/**
 * Build the playground's script, `docs/playground/wirecopy.js`: the browser
 * bundle of the built package (`dist/index.js`, with its dependencies) as one
 * classic script that sets `globalThis.wirecopy` to `{parseDispatch, toHtml,
 * toDate, samples}`, `samples` being the dispatches of `fixtures/` by name. A
 * classic script, so that `docs/playground/index.html` also opens from disk.
 *
 * Run after `npm run build`: `npm run playground`. The output is not
 * committed (it would go stale with every change to the library); publish
 * `docs/` after running this.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))

/**
 * Bundle the playground's script.
 *
 * @param outfile Where to write it (default `docs/playground/wirecopy.js`).
 * @returns The path written.
 */
export async function buildPlayground(outfile = path.join(root, 'docs', 'playground', 'wirecopy.js')): Promise<string> {
  const entry = path.join(root, 'dist', 'index.js')
  const samples: Record<string, string> = {}
  for (const name of readdirSync(path.join(root, 'fixtures')).filter((name) => name.endsWith('.txt')).sort()) {
    samples[name.replace(/\.txt$/, '')] = readFileSync(path.join(root, 'fixtures', name), 'utf8')
  }
  await build({
    stdin: {
      contents:
        'export {parseDispatch, toHtml, toDate} from ' + JSON.stringify(entry) + '\n' +
        'export const samples = ' + JSON.stringify(samples) + '\n',
      resolveDir: root,
      sourcefile: 'playground-entry.js'
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'wirecopy',
    platform: 'browser',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
    legalComments: 'none'
  })
  return outfile
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await buildPlayground(process.argv[2])
  console.log('Wrote ' + path.relative(process.cwd(), written))
}
