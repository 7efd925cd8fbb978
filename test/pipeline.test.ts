import {describe, expect, it} from 'vitest'
import {tagMentions} from '../src/lib/3-entities/tagger/index.js'
import {createState, readDocument, runStages, stages, type Stage} from '../src/lib/pipeline.js'
import {parseDispatch} from '../src/index.js'

/**
 * The pipeline is one list of stages run by one function: parseDispatch, the
 * stage-alone helpers and the bench all run that list or a prefix of it.
 */
const dispatch = [
  'Port strike halts grain exports',
  '',
  'By Maria Lopes',
  '',
  'LISBON, March 3 (Reuters) - Dock workers at the port of Sines walked out on Tuesday, halting grain shipments to North Africa, the port authority said.',
  '',
  '"We cannot load a single ship until this is settled," said Joao Pereira, head of the Sines Port Authority. The union said the strike would last until Friday.',
  '',
  'Talks with the Ministry of Infrastructure are due to resume next week.',
  '',
  '(Reporting by Maria Lopes; Editing by Susan Fenton)'
].join('\n')

describe('the pipeline', function () {
  it('declares its stages once, in order', function () {
    expect(stages.map((stage) => stage.name)).toEqual(['layout', 'text', 'entities', 'dates', 'quantities', 'quotes', 'assembly'])
    expect(stages.map((stage) => stage.perWindow)).toEqual([false, true, true, true, true, true, false])
  })

  it('gives parseDispatch its Article from the list run whole', function () {
    const state = runStages(createState(dispatch, {published: '2015-03-03'}, tagMentions))
    expect(state.article).toEqual(parseDispatch(dispatch, {published: '2015-03-03'}))
  })

  it('chooses the publication date once, in the layout stage, from the dateline without a year', function () {
    const state = runStages(createState(dispatch, undefined, tagMentions), stages.slice(0, 1))
    expect(state.published).toBe('XXXX-03-03')
    expect(state.datelineDate).toBe('XXXX-03-03')
    expect(state.windows).toHaveLength(1)
    expect(parseDispatch(dispatch).published).toBe('XXXX-03-03')
  })

  it('runs a prefix of the list and stops there', function () {
    const state = runStages(createState(dispatch, undefined, tagMentions), stages.slice(0, 2))
    const document = state.window?.document
    expect(document?.segments.map((segment) => segment.kind)).toEqual([
      'headline',
      'dateline',
      'paragraph',
      'paragraph',
      'paragraph'
    ])
    expect(document?.authors.map((author) => author.name)).toEqual(['Maria Lopes', 'Maria Lopes', 'Susan Fenton'])
    expect(state.entities).toEqual([])
    expect(state.article).toBeUndefined()
  })

  it('builds the document the stages after the text stage read, as readDocument gives it', function () {
    const {layout, document} = readDocument(dispatch, '2015-03-03')
    expect(layout.paragraphs).toHaveLength(3)
    expect(document.published).toBe('2015-03-03')
    expect(document.segments).toHaveLength(5)
  })

  it('calls back after each stage, each per-window stage once per window', function () {
    const seen: string[] = []
    const state = createState(dispatch + '\n\n' + dispatch.split('\n\n').slice(3).join('\n\n'), undefined, tagMentions)
    state.windowSize = 400
    runStages(state, stages, (stage: Stage) => seen.push(stage.name))
    const windows = state.windows.length
    expect(windows).toBeGreaterThan(1)
    expect(seen[0]).toBe('layout')
    expect(seen.at(-1)).toBe('assembly')
    expect(seen.filter((name) => name === 'quotes')).toHaveLength(windows)
    expect(seen.filter((name) => name === 'quantities')).toHaveLength(windows)
    expect(seen.slice(1, 6)).toEqual(['text', 'entities', 'dates', 'quantities', 'quotes'])
    const ids = state.article?.entities.map((entity) => entity.id) ?? []
    expect(ids).toEqual(ids.map((_, index) => 'e' + (index + 1)))
  })
})
