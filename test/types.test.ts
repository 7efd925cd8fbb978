import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expectTypeOf, it} from 'vitest'
import {
  parseDispatch,
  retextDispatch,
  toDate,
  type Article,
  type Author,
  type AuthorRole,
  type Dateline,
  type Diagnostic,
  type DiagnosticCode,
  type Entity,
  type EntityType,
  type KnownName,
  type Mention,
  type MentionForm,
  type Paragraph,
  type ParseOptions,
  type Quantity,
  type QuantityAbout,
  type QuantityKind,
  type QuantityMod,
  type Quote,
  type QuoteKind,
  type Severity,
  type Span,
  type TextSpan,
  type TimeExpression,
  type TimexMod,
  type TimexType
} from '../src/index.js'

/*
 * Type tests: `tsc --noEmit` (the first step of `npm test`) checks these, as
 * `test/` is in tsconfig's `include`; at run time `expectTypeOf` does nothing.
 * Each exported type is pinned whole, so that a change to the contract in
 * `src/lib/types.ts` is a deliberate change here too.
 */

describe('exported types', function () {
  it('Span', function () {
    expectTypeOf<Span>().toEqualTypeOf<{start: number, end: number}>()
  })

  it('TextSpan', function () {
    expectTypeOf<TextSpan>().toEqualTypeOf<{text: string, span: Span}>()
  })

  it('ParseOptions', function () {
    expectTypeOf<ParseOptions>().toEqualTypeOf<{
      published?: string | Date | undefined
      maxLength?: number | undefined
      names?: readonly KnownName[] | undefined
    }>()
    expectTypeOf<ParseOptions['published']>().toEqualTypeOf<
      string | Date | undefined
    >()
    expectTypeOf({published: new Date()}).toExtend<ParseOptions>()
    expectTypeOf({published: '2020-04-07'}).toExtend<ParseOptions>()
    expectTypeOf({published: 20_200_407}).not.toExtend<ParseOptions>()
  })

  it('KnownName', function () {
    expectTypeOf<KnownName>().toEqualTypeOf<{
      name: string
      type: EntityType
      country?: string | undefined
      aliases?: readonly string[] | undefined
    }>()
    expectTypeOf({names: [{name: 'Meta Platforms', type: 'organization' as const, aliases: ['Meta']}]}).toExtend<ParseOptions>()
    expectTypeOf({names: [{name: 'Meta', type: 'company'}]}).not.toExtend<ParseOptions>()
  })

  it('AuthorRole and Author', function () {
    expectTypeOf<AuthorRole>().toEqualTypeOf<
      | 'writer'
      | 'correspondent'
      | 'reporter'
      | 'editor'
      | 'columnist'
      | 'contributor'
      | 'photographer'
      | 'analyst'
      | 'reporting'
      | 'writing'
      | 'editing'
      | 'compiling'
      | 'graphics'
      | 'research'
      | 'translating'
      | 'fact-checking'
      | 'contributing'
    >()
    expectTypeOf<Author>().toEqualTypeOf<{
      name: string
      role?: AuthorRole
      span: Span
    }>()
  })

  it('Dateline', function () {
    expectTypeOf<Dateline>().toEqualTypeOf<{
      text: string
      span: Span
      place?: string
      date?: string
      source?: string
    }>()
  })

  it('Paragraph', function () {
    expectTypeOf<Paragraph>().toEqualTypeOf<{span: Span, sentences: Span[]}>()
  })

  it('EntityType and Entity', function () {
    expectTypeOf<EntityType>().toEqualTypeOf<
      'person' | 'organization' | 'location' | 'group' | 'misc'
    >()
    expectTypeOf<Entity['type']>().toEqualTypeOf<EntityType>()
    expectTypeOf<Entity>().toEqualTypeOf<{
      id: string
      type: EntityType
      name: string
      mentions: Mention[]
      country?: string
    }>()
  })

  it('MentionForm and Mention', function () {
    expectTypeOf<MentionForm>().toEqualTypeOf<'name' | 'acronym' | 'nominal' | 'pronoun'>()
    expectTypeOf<Mention>().toEqualTypeOf<{
      text: string
      span: Span
      form: MentionForm
    }>()
  })

  it('TimexType, TimexMod and TimeExpression', function () {
    expectTypeOf<TimexType>().toEqualTypeOf<'date' | 'time' | 'duration' | 'set'>()
    expectTypeOf<TimexMod>().toEqualTypeOf<
      | 'BEFORE'
      | 'AFTER'
      | 'ON_OR_BEFORE'
      | 'ON_OR_AFTER'
      | 'LESS_THAN'
      | 'MORE_THAN'
      | 'EQUAL_OR_LESS'
      | 'EQUAL_OR_MORE'
      | 'START'
      | 'MID'
      | 'END'
      | 'APPROX'
    >()
    expectTypeOf<TimeExpression>().toEqualTypeOf<{
      text: string
      span: Span
      type: TimexType
      value: string
      mod?: TimexMod
    }>()
  })

  it('QuoteKind and Quote', function () {
    expectTypeOf<QuoteKind>().toEqualTypeOf<'direct' | 'indirect' | 'mixed'>()
    expectTypeOf<Quote['kind']>().toEqualTypeOf<QuoteKind>()
    expectTypeOf<Quote>().toEqualTypeOf<{
      kind: QuoteKind
      text: string
      span: Span
      cue?: TextSpan
      speaker?: TextSpan & {entity?: string}
      parent?: number
    }>()
  })

  it('Quantity', function () {
    expectTypeOf<QuantityKind>().toEqualTypeOf<'count' | 'money' | 'percent' | 'measure'>()
    expectTypeOf<QuantityMod>().toEqualTypeOf<'approx' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'up-to'>()
    expectTypeOf<QuantityAbout>().toEqualTypeOf<{text: string; span: Span; entity?: string}>()
    expectTypeOf<Quantity>().toEqualTypeOf<{
      text: string
      span: Span
      value: number
      to?: number
      kind: QuantityKind
      unit?: string
      mod?: QuantityMod
      change?: 'up' | 'down'
      about?: QuantityAbout
    }>()
  })

  it('Severity, DiagnosticCode and Diagnostic', function () {
    expectTypeOf<Severity>().toEqualTypeOf<'info' | 'warning'>()
    // The codes of docs/diagnostics.md: a new code is a deliberate change here too.
    expectTypeOf<DiagnosticCode>().toEqualTypeOf<
      | 'empty-input'
      | 'unknown-layout'
      | 'control-characters'
      | 'replacement-characters'
      | 'binary-content'
      | 'utf16-read-as-utf8'
      | 'unclosed-quote'
    >()
    expectTypeOf<Diagnostic>().toEqualTypeOf<{
      code: DiagnosticCode
      message: string
      severity: Severity
      span?: Span
    }>()
  })

  it('Article', function () {
    expectTypeOf<Article>().toEqualTypeOf<{
      headline?: string
      headlineSpan?: Span
      source?: string
      published?: string
      authors: Author[]
      dateline?: Dateline
      body: Span
      paragraphs: Paragraph[]
      entities: Entity[]
      dates: TimeExpression[]
      quotes: Quote[]
      quantities: Quantity[]
      diagnostics: Diagnostic[]
    }>()
  })
})

describe('parseDispatch', function () {
  it('has the signature `(text: string, options?: ParseOptions) => Article`', function () {
    expectTypeOf(parseDispatch).toEqualTypeOf<
      (text: string, options?: ParseOptions) => Article
    >()
    expectTypeOf(parseDispatch).toBeCallableWith('text')
    expectTypeOf(parseDispatch).toBeCallableWith('text', {
      published: new Date(0),
      maxLength: 10
    })
    expectTypeOf(parseDispatch).returns.toEqualTypeOf<Article>()
    expectTypeOf(parseDispatch).parameter(0).toEqualTypeOf<string>()
  })
})

describe('toDate', function () {
  it('has the signature `(value: string | undefined) => Date | undefined`', function () {
    expectTypeOf(toDate).toEqualTypeOf<(value: string | undefined) => Date | undefined>()
    const article = parseDispatch('text')
    expectTypeOf(toDate(article.published)).toEqualTypeOf<Date | undefined>()
    expectTypeOf(toDate(article.dateline?.date)).toEqualTypeOf<Date | undefined>()
  })
})

describe('retextDispatch', function () {
  it('is a unified plugin taking ParseOptions', function () {
    expectTypeOf(retextDispatch).toBeFunction()
    expectTypeOf(retextDispatch).toBeCallableWith()
    expectTypeOf(retextDispatch).toBeCallableWith({published: '2020-04-07'})
    // `use` type-checks the plugin against the processor and its options.
    unified().use(retextEnglish).use(retextDispatch, {maxLength: 100})
  })

  it('augments vfile’s DataMap with `article`', function () {
    expectTypeOf<import('vfile').DataMap['article']>().toEqualTypeOf<
      Article | undefined
    >()
  })
})
