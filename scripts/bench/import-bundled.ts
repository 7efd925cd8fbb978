/**
 * Import a module bundled as the package is (esbuild), so that timings are
 * those of built code: run from source through tsx, small modules weigh more
 * than they do in the package.
 */
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

/**
 * Bundle a module and its imports into one ES module and import it.
 *
 * @param entry The module's URL.
 * @returns The module's exports.
 */
export async function importBundled<Module>(entry: URL): Promise<Module> {
  const output = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  const code = output.outputFiles[0]?.text ?? ''
  return (await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'))) as Module
}
