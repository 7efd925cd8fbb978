// Print the sha256 of the JSON of every Article's entities, quotes, dates and
// quantities over a corpus, for a speed change that must not change the
// output: run it on the build before and after and compare.
// Arguments: the path of a built dist/index.js, then corpora under
// ../shared/corpora (default polnear/dev.jsonl conll2003/dev.jsonl).
//
//   node scripts/bench/output-hash.mjs dist/index.js
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const [modulePath = 'dist/index.js', ...files] = process.argv.slice(2)
const {parseDispatch} = await import(pathToFileURL(resolve(modulePath)).href)
const corpora = new URL('../../../shared/corpora/', import.meta.url)

for (const file of files.length > 0 ? files : ['polnear/dev.jsonl', 'conll2003/dev.jsonl']) {
  const hash = createHash('sha256')
  let documents = 0
  for (const line of readFileSync(new URL(file, corpora), 'utf8').split('\n')) {
    if (!line) continue
    const {entities, quotes, dates, quantities} = parseDispatch(JSON.parse(line).text)
    hash.update(JSON.stringify({entities, quotes, dates, quantities}) + '\n')
    documents++
  }
  console.log(`${file} ${documents} documents ${hash.digest('hex')}`)
}
