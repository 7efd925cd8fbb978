import {realpathSync} from 'node:fs'
import {pathToFileURL} from 'node:url'

/**
 * Whether a module is the script the process was started with, so that a
 * script that writes `src/data/` runs only when asked to, not when another
 * module imports it for a helper or a constant.
 *
 * @param moduleUrl The module's `import.meta.url`.
 * @returns Whether `node`/`tsx` was started with it.
 */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl
  } catch {
    return false
  }
}
