import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {build} from 'esbuild'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {pathToFileURL} from 'node:url'
import {buildPlayground} from '../scripts/build-playground.js'
import {parseDispatch, toHtml} from '../src/index.js'
import {dist, hasDist, root, warnSkip} from './helpers/paths.js'

/*
 * The built ESM package, bundled for the browser with its dependencies, runs
 * in a real headless Chromium (Debian's `chromium`, driven by playwright-core)
 * and gives the same Articles as Node for the seed dispatch and every fixture.
 * Skipped, with a notice, where Chromium or dist/ is absent; `.ci/run`
 * installs Chromium.
 */

const executable = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
const skip = !executable || !hasDist()
if (!executable) warnSkip('test/browser.test.ts', 'no Chromium at /usr/bin/chromium (`apt-get install chromium`)')
else if (!hasDist()) warnSkip('test/browser.test.ts', 'no dist/; run `npx tsup` (or `npm test`)')

const seedPath = new URL('../../shared/seeds/000_51db2a0073652ed1.txt', import.meta.url)
const fixtures = new URL('../fixtures/', import.meta.url)

/** The texts to compare: the seed (when ../shared is there) and every fixture. */
function texts(): Array<[string, string]> {
  const list: Array<[string, string]> = readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')])
  if (existsSync(seedPath)) list.unshift(['seed', readFileSync(seedPath, 'utf8')])
  return list
}

describe.skipIf(skip)('in a real browser', function () {
  let browser: Browser | undefined
  let server: Server | undefined
  let bundle = ''
  let base = ''

  beforeAll(async function () {
    const output = await build({
      entryPoints: [dist.esm],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      absWorkingDir: root
    })
    bundle = output.outputFiles[0]?.text ?? ''
    const page = '<!doctype html><meta charset="utf-8"><title>wirecopy</title><script type="module">' +
      "import {parseDispatch} from './wirecopy.js'; window.wirecopy = {parseDispatch}; document.title = 'ready'" +
      '</script>'
    server = createServer(function (request, response) {
      const body = request.url === '/wirecopy.js' ? bundle : page
      response.writeHead(200, {'content-type': request.url === '/wirecopy.js' ? 'text/javascript' : 'text/html'})
      response.end(body)
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    base = 'http://127.0.0.1:' + (server.address() as AddressInfo).port + '/'
    browser = await chromium.launch({
      executablePath: executable,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic'
      ]
    })
  }, 60_000)

  afterAll(async function () {
    await browser?.close()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  })

  it('bundles without Node built-ins', function () {
    expect(bundle.length).toBeGreaterThan(1000)
    expect(bundle).not.toMatch(/\bfrom\s*["'](?:node:|fs|path|url|os|child_process|worker_threads)["']/)
    expect(bundle).not.toMatch(/\brequire\(\s*["']/)
  })

  /**
   * Render the HTML view of a text in Chromium, check that every entity
   * mention, date, quote, cue and speaker is highlighted and visible, and
   * take a screenshot.
   */
  async function checkView(text: string, screenshot: string): Promise<void> {
    const article = parseDispatch(text)
    const page = await (browser as Browser).newPage({viewport: {width: 900, height: 1200}})
    await page.setContent(toHtml(article, text))
    const mentions = article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0)
    const counts = await page.evaluate(function () {
      const doc = (globalThis as unknown as {document: {querySelectorAll: (selector: string) => ArrayLike<{getBoundingClientRect: () => {width: number; height: number}}>}}).document
      function visible(selector: string): number {
        return Array.from(doc.querySelectorAll(selector)).filter((element) => {
          const box = element.getBoundingClientRect()
          return box.width > 0 && box.height > 0
        }).length
      }
      return {
        mentions: visible('article mark[data-entity].wirecopy-entity'),
        dates: visible('article mark.wirecopy-date'),
        quotes: visible('article q.wirecopy-quote'),
        cues: visible('article mark.wirecopy-cue'),
        speakers: visible('article mark.wirecopy-speaker')
      }
    })
    expect(mentions).toBeGreaterThan(0)
    // A mark split where spans cross counts more than once: at least one each.
    expect(counts.mentions).toBeGreaterThanOrEqual(mentions)
    expect(counts.dates).toBeGreaterThanOrEqual(article.dates.length)
    expect(counts.quotes).toBeGreaterThanOrEqual(article.quotes.length)
    expect(counts.cues).toBeGreaterThanOrEqual(article.quotes.filter((quote) => quote.cue).length)
    expect(counts.speakers).toBeGreaterThanOrEqual(article.quotes.filter((quote) => quote.speaker).length)
    await page.screenshot({path: screenshot, fullPage: true})
    expect(existsSync(screenshot)).toBe(true)
    await page.close()
  }

  it.skipIf(!existsSync(seedPath))('shows every entity, date and quote of the seed in the HTML view', async function () {
    // The seed is a real article: its picture stays out of the repository.
    await checkView(readFileSync(seedPath, 'utf8'), join(tmpdir(), 'wirecopy-seed-view.png'))
  }, 60_000)

  it('shows every entity, date and quote of a fixture in the HTML view', async function () {
    // WIRECOPY_SCREENSHOT=1 refreshes the picture in docs/; otherwise it goes to a temporary folder.
    const target = process.env.WIRECOPY_SCREENSHOT ? join(root, 'docs', 'view.png') : join(tmpdir(), 'wirecopy-view.png')
    await checkView(readFileSync(new URL('azernews-style.txt', fixtures), 'utf8'), target)
  }, 60_000)

  it('runs the playground: a sample one click away, then a pasted dispatch with its date, highlighted and as JSON', async function () {
    await buildPlayground()
    const page = await (browser as Browser).newPage({viewport: {width: 1400, height: 1000}})
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(pathToFileURL(join(root, 'docs', 'playground', 'index.html')).href)
    await page.waitForSelector('#view mark.wirecopy-entity')

    // A sample, one click away.
    await page.click('button[data-sample="ap"]')
    expect(await page.inputValue('#text')).toBe(readFileSync(new URL('ap.txt', fixtures), 'utf8'))

    // A dispatch pasted, with its publication date set.
    const text = [
      'Ferry service resumes after storm',
      '',
      'By Mira Soto',
      '',
      'VALPARAISO, Chile, June 3 (Reuters) - Ferries between Valparaiso and the Juan Fernandez islands sailed again on Monday, three days after a storm closed the port.',
      '',
      '"We are back on schedule," said Pablo Ruiz, a spokesman for the port authority.',
      ''
    ].join('\n')
    await page.fill('#text', text)
    await page.fill('#published', '2024-06-04')
    await page.click('#parse')
    await page.waitForFunction(() => (globalThis as unknown as {document: {querySelector: (s: string) => {textContent: string} | null}}).document.querySelector('#json')?.textContent?.includes('Ferry service resumes'))
    const expected = parseDispatch(text, {published: '2024-06-04'})
    expect(JSON.parse(await page.textContent('#json') ?? '')).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(expected.dateline?.date).toBe('2024-06-03')

    const mentions = expected.entities.reduce((sum, entity) => sum + entity.mentions.length, 0)
    expect(mentions).toBeGreaterThan(2)
    const visible = await page.evaluate(function () {
      const doc = (globalThis as unknown as {document: {querySelectorAll: (selector: string) => ArrayLike<{getBoundingClientRect: () => {width: number; height: number}}>}}).document
      function count(selector: string): number {
        return Array.from(doc.querySelectorAll(selector)).filter((element) => {
          const box = element.getBoundingClientRect()
          return box.width > 0 && box.height > 0
        }).length
      }
      return {mentions: count('#view article mark.wirecopy-entity'), dates: count('#view article mark.wirecopy-date'), quotes: count('#view article q.wirecopy-quote')}
    })
    expect(visible.mentions).toBeGreaterThanOrEqual(mentions)
    expect(visible.dates).toBeGreaterThanOrEqual(expected.dates.length)
    expect(visible.quotes).toBeGreaterThanOrEqual(expected.quotes.length)
    expect(await page.textContent('#status')).toMatch(/^\d+ entit(?:y|ies), \d+ dates?, \d+ quotes? in /)

    // The JSON tab shows the Article.
    await page.click('#tab-json')
    expect(await page.isVisible('#json')).toBe(true)
    expect(await page.isVisible('#view')).toBe(false)
    await page.click('#tab-view')
    const screenshot = process.env.WIRECOPY_SCREENSHOT ? join(root, 'docs', 'playground.png') : join(tmpdir(), 'wirecopy-playground.png')
    await page.screenshot({path: screenshot})
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('gives the same Articles in Chromium as in Node', async function () {
    const page = await (browser as Browser).newPage()
    await page.goto(base)
    await page.waitForFunction(() => (globalThis as unknown as {document: {title: string}}).document.title === 'ready')
    const inputs = texts()
    const results = await page.evaluate(function (list) {
      const api = (globalThis as unknown as {wirecopy: {parseDispatch: (text: string) => unknown}}).wirecopy
      return list.map(([, text]) => api.parseDispatch(text))
    }, inputs)
    expect(results).toHaveLength(inputs.length)
    for (const [index, [, text]] of inputs.entries()) {
      expect(results[index]).toEqual(JSON.parse(JSON.stringify(parseDispatch(text))))
    }
    await page.close()
  }, 60_000)
})
