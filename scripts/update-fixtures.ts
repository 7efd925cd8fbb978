/**
 * Write the golden Article of every dispatch in fixtures/: `fixtures/NAME.txt`
 * → `fixtures/NAME.json`. Run after a deliberate change of output, then read
 * the diff before committing it: `npm run fixtures`.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parseDispatch} from '../src/index.js'

const folder = new URL('../fixtures/', import.meta.url)

for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
  const text = readFileSync(new URL(name, folder), 'utf8')
  const article = parseDispatch(text)
  const target = new URL(name.replace(/\.txt$/, '.json'), folder)
  writeFileSync(target, JSON.stringify(article, null, 2) + '\n')
  console.log('wrote', target.pathname.split('/').slice(-2).join('/'))
}
