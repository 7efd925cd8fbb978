import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {parseDispatch, type ParseOptions} from '../src/index.js'
import {readExports} from './helpers/exports.js'
import {sectionsUnder, type Section} from './helpers/markdown.js'
import {expectSpansTrue} from './helpers/spans.js'

/*
 * The public API is exactly what `docs/api.md` documents: its runtime
 * exports, its exported types and their fields, and the errors it throws.
 */

const docs = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8')
const runtimeSections = sectionsUnder(docs, 'Runtime exports') ?? []
const typeSections = sectionsUnder(docs, 'Types') ?? []
const exported = readExports('src/index.ts')

// A made-up dispatch: every name, place and sentence in it is invented.
const dispatch = [
  'SAMPLE WIRE, 3 March 2021',
  '',
  'Harbour reopens after storm',
  '',
  'By Ada Quill',
  '',
  'PORT ELLIS, March 3 (Sample Wire) - The harbour at Port Ellis reopened on Wednesday, two days after the storm.',
  '',
  '"We worked through the night," harbour master Tom Reyes said.',
  ''
].join('\n')

describe('docs/api.md', function () {
  it('has a `## Runtime exports` and a `## Types` section with `###` entries', function () {
    expect(runtimeSections.length).toBeGreaterThan(0)
    expect(typeSections.length).toBeGreaterThan(0)
  })

  it('lists exactly the runtime exports of src/index.ts', async function () {
    const actual = Object.keys(await import('../src/index.js')).sort()
    expect(actual).toEqual(names(runtimeSections))
  })

  it('agrees with TypeScript on which exports are values', function () {
    expect(exported.values).toEqual(names(runtimeSections))
  })

  it('lists exactly the exported types of src/index.ts', function () {
    expect(exported.types).toEqual(names(typeSections))
  })

  it('describes exactly the fields of every exported interface', function () {
    for (const [name, properties] of exported.properties) {
      const section = typeSections.find((section) => section.name === name)
      expect(section, 'section for `' + name + '`').toBeDefined()
      const documented = [...(section?.body ?? '').matchAll(/^\* `([\w$]+)`/gm)]
        .map((match) => match[1])
        .sort()
      expect(documented, 'fields of `' + name + '`').toEqual(
        [...properties].sort()
      )
    }
  })
})

describe('parseDispatch errors', function () {
  it('throws a TypeError naming `text` for a non-string', function () {
    const values: unknown[] = [undefined, null, 42, {}, ['text'], new String('x')]

    for (const value of values) {
      expect(() => parseDispatch(value as string)).toThrow(TypeError)
      expect(() => parseDispatch(value as string)).toThrow(/`text`/)
    }
  })

  it('throws a RangeError naming `maxLength` past `options.maxLength`', function () {
    expect(() => parseDispatch('abcdef', {maxLength: 5})).toThrow(RangeError)
    expect(() => parseDispatch('abcdef', {maxLength: 5})).toThrow(/maxLength/)
    expect(() => parseDispatch('abcde', {maxLength: 5})).not.toThrow()
  })

  it('throws a TypeError naming the option for an option of the wrong type', function () {
    const cases: Array<[unknown, RegExp]> = [
      ['fast', /`options`/],
      [{maxLength: '10'}, /maxLength/],
      [{maxLength: -1}, /maxLength/],
      [{published: 20_200_407}, /published/]
    ]

    for (const [options, name] of cases) {
      expect(() => parseDispatch('text', options as ParseOptions)).toThrow(TypeError)
      expect(() => parseDispatch('text', options as ParseOptions)).toThrow(name)
    }
  })

  it('throws a TypeError that names the option and shows the value, for wrong types and unknown names', function () {
    const cases: Array<[unknown, RegExp]> = [
      [{maxLength: null}, /`options\.maxLength`.*`null`/],
      [{maxLength: Number.NaN}, /`options\.maxLength`.*`NaN`/],
      [{maxLength: 2.5}, /`options\.maxLength`.*`2\.5`/],
      [{published: null}, /`options\.published`.*`null`/],
      [{published: ['2020-04-07']}, /`options\.published`.*array/],
      [[], /`options`.*array/],
      [null, /`options`.*`null`/],
      [{publishd: '2020-04-07'}, /`options\.publishd`.*"2020-04-07".*`published`/],
      [{maxlength: 10}, /`options\.maxlength`.*`10`.*`maxLength`/]
    ]

    for (const [options, message] of cases) {
      expect(() => parseDispatch('text', options as ParseOptions)).toThrow(TypeError)
      expect(() => parseDispatch('text', options as ParseOptions)).toThrow(message)
    }

    // `undefined` stands for the default, as if the option were left out.
    expect(parseDispatch('text', {maxLength: undefined, published: undefined}).published).toBeUndefined()
  })

  it('throws a RangeError naming `published` for a date it cannot read', function () {
    const refused = [
      'yesterday',
      '2020-02-30',
      '2021-02-29',
      '7 April 2020',
      '2020-01-01T25:00:00Z',
      '2020-01-01T10:60Z',
      '2020-01-01T10:00+24:00',
      '+10000-01-01',
      new Date(Number.NaN),
      new Date(Date.UTC(10_000, 0, 1)),
      new Date(Date.UTC(-1, 0, 1))
    ]
    for (const published of refused) {
      expect(() => parseDispatch('text', {published})).toThrow(RangeError)
      expect(() => parseDispatch('text', {published})).toThrow(/published/)
    }

    for (const published of ['2020-04-07', '2020-04-07T09:30:00Z', '2020-02-29', '0050-01-07', '9999-12-31', new Date(0)]) {
      expect(() => parseDispatch('text', {published})).not.toThrow()
    }
  })

  it('reads `published` the same as a string and as a `Date`, before year 100 too', function () {
    const early = new Date(0)
    early.setUTCFullYear(50, 0, 7)
    expect(parseDispatch('text', {published: early}).published).toBe('0050-01-07')
    expect(parseDispatch('text', {published: '0050-01-07'}).published).toBe('0050-01-07')
    expect(parseDispatch('text', {published: new Date(Date.UTC(2020, 3, 7, 9, 30))}).published).toBe('2020-04-07T09:30:00.000Z')
  })

  it('throws nothing else, and keeps every span true, for any string', function () {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({maxLength: 400, unit: 'binary'}),
          fc.array(
            fc.constantFrom('\n', '\n\n', ' ', '"', '“', '”', '—', ' - ', 'By ', 'BY ', 'WASHINGTON', ', ', '(Reuters)', 'March 3', '2020', 'said', '.', 'Mr.', 'U.S.', 'Acme Inc.', 'Ada Quill', '\t', '\r\n', '\u0000'),
            {maxLength: 60}
          ).map((parts) => parts.join(''))
        ),
        function (text) {
          expectSpansTrue(text, parseDispatch(text))
        }
      ),
      {numRuns: 300}
    )
  })

  it('enforces the default `maxLength` that docs/api.md states', function () {
    const section = typeSections.find((section) => section.name === 'ParseOptions')
    const match = /^\* `maxLength`.*default `([\d_]+)`/m.exec(section?.body ?? '')
    expect(match, 'a `default` for `maxLength` in docs/api.md').not.toBeNull()
    const maximum = Number((match?.[1] ?? '').replace(/_/g, ''))
    expect(maximum).toBe(5_000_000)
    expect(() => parseDispatch('a'.repeat(maximum + 1))).toThrow(RangeError)
    expect(() => parseDispatch('a'.repeat(maximum + 1))).toThrow(/maxLength/)
  })
})

describe('retextDispatch', function () {
  const plugin = (api as unknown as Record<string, unknown>)['retextDispatch'] as
    | Plugin<[(ParseOptions | undefined)?], Root>
    | undefined

  /**
   * Run the plugin on one text.
   *
   * @param text The dispatch.
   * @param options Options for the plugin.
   * @returns The file, with `data.article` and messages.
   */
  function run(text: string, options?: ParseOptions): VFile {
    if (!plugin) throw new Error('`retextDispatch` is not exported')
    const processor = unified().use(retextEnglish).use(plugin, options)
    const file = new VFile(text)
    processor.runSync(processor.parse(file), file)
    return file
  }

  it('is exported as a function', function () {
    expect(plugin).toBeTypeOf('function')
  })

  it('puts what parseDispatch returns on `file.data.article`', function () {
    for (const text of ['', dispatch, 'SAMPLE WIRE\n\nOne line of news.\n']) {
      expect(run(text).data['article']).toEqual(parseDispatch(text))
    }

    const options = {published: '2021-03-04'}
    expect(run(dispatch, options).data['article']).toEqual(
      parseDispatch(dispatch, options)
    )
  })

  it('reports each diagnostic as a vfile message', function () {
    let seen = 0

    for (const text of ['', '   \n\n', dispatch, 'a\u0000b\n']) {
      const file = run(text)
      const {diagnostics} = parseDispatch(text)
      seen += diagnostics.length

      expect(
        file.messages.map((message) => ({
          reason: message.reason,
          ruleId: message.ruleId,
          source: message.source
        }))
      ).toEqual(
        diagnostics.map((diagnostic) => ({
          reason: diagnostic.message,
          ruleId: diagnostic.code,
          source: 'wirecopy'
        }))
      )

      for (const [index, diagnostic] of diagnostics.entries()) {
        const place = file.messages[index]?.place
        if (diagnostic.span) {
          expect(offsets(place)).toEqual(diagnostic.span)
        } else {
          expect(place ?? undefined).toBeUndefined()
        }
      }
    }

    // Empty input must say something; otherwise this test checks nothing.
    expect(seen).toBeGreaterThan(0)
  })

  it('throws what parseDispatch throws', function () {
    expect(() => run('abcdef', {maxLength: 5})).toThrow(RangeError)
  })

  it('parses hostile files without overflow, with every node’s position true (its parser guarded)', {timeout: 60_000}, function () {
    for (const text of ['a.'.repeat(62_629), 'Mr.'.repeat(50_000), '!?'.repeat(100_000)]) {
      const processor = unified().use(retextEnglish).use(plugin!)
      const tree = processor.parse(new VFile(text))
      expectPositionsTrue(text, tree)
      expect(tree.position?.end.offset).toBe(text.length)
      expect(run(text).data['article']).toEqual(parseDispatch(text))
    }
  })

  it('gives the paragraphs and sentences retext-english gives for a long file of paragraphs', function () {
    const stories = readdirSync(new URL('../fixtures/', import.meta.url))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL('../fixtures/' + name, import.meta.url), 'utf8'))
    const text = stories.join('\n\n')
    expect(text.length).toBeGreaterThan(2 * 8192)
    const guarded = unified().use(retextEnglish).use(plugin!).parse(new VFile(text))
    const plain = unified().use(retextEnglish).parse(new VFile(text))
    expectPositionsTrue(text, guarded)
    // A block is parsed apart from the next, so a word's final full stop
    // before a blank line and a lower-case block may differ; the paragraphs
    // and sentences are the same.
    expect(outline(guarded)).toEqual(outline(plain))
    expect(outline(plain).length).toBeGreaterThan(300)
  })
})

/**
 * The identifiers of some sections, sorted.
 *
 * @param sections The sections.
 * @returns Their names.
 */
function names(sections: Section[]): string[] {
  return sections.map((section) => section.name).sort()
}

/**
 * The offsets of a vfile message place.
 *
 * @param place A point or a position.
 * @returns `{start, end}` offsets, or `undefined`.
 */
function offsets(
  place: Point | Position | null | undefined
): {start: number | undefined, end: number | undefined} | undefined {
  if (!place) return undefined
  if ('start' in place) {
    return {start: place.start.offset, end: place.end.offset}
  }

  return {start: place.offset, end: place.offset}
}

/**
 * Expect every node of an NLCST tree to slice back from the text by its
 * offsets: a text node to its value, a parent to its children in a row.
 *
 * @param text The parsed text.
 * @param tree The tree.
 */
function expectPositionsTrue(text: string, tree: Root): void {
  const wrong: string[] = []
  const stack: Array<Root | Root['children'][number]> = [tree]
  let node: Root | Root['children'][number] | undefined
  while ((node = stack.pop()) && wrong.length < 5) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) wrong.push(node.type + ' without offsets')
    if ('value' in node && text.slice(start, end) !== node.value) wrong.push(node.type + ' at ' + start + ' does not slice back')
    if (!('children' in node)) continue
    const children = node.children as Array<Root['children'][number]>
    let at = start
    for (const child of children) {
      if (child.position?.start.offset !== at) wrong.push(child.type + ' at ' + child.position?.start.offset + ' does not follow ' + at)
      at = child.position?.end.offset
      stack.push(child)
    }
    if (children.length > 0 && at !== end) wrong.push(node.type + ' at ' + start + ' does not end with its children')
  }
  expect(wrong).toEqual([])
}

/**
 * The outline of an NLCST tree: the type and offsets of each child of the
 * root and of each paragraph.
 *
 * @param tree The tree.
 * @returns One string per node.
 */
function outline(tree: Root): string[] {
  const lines: string[] = []
  for (const child of tree.children) {
    lines.push(child.type + ' ' + child.position?.start.offset + '-' + child.position?.end.offset)
    if (child.type !== 'ParagraphNode') continue
    for (const sentence of child.children) lines.push('  ' + sentence.type + ' ' + sentence.position?.start.offset + '-' + sentence.position?.end.offset)
  }
  return lines
}
