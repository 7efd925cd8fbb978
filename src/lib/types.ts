/**
 * The public contract of wirecopy: what `parseDispatch` returns.
 *
 * Every `Span` is a pair of offsets into the caller's input string, counted in
 * UTF-16 code units as `String#slice` counts them, end exclusive. For every
 * item with a `text` and a `span`, `input.slice(span.start, span.end) === text`.
 */

/** Offsets into the caller's input string (UTF-16 code units, as `String#slice`); end exclusive. */
export interface Span {
  /** Offset of the first code unit. */
  start: number
  /** Offset just past the last code unit. */
  end: number
}

/** Options for `parseDispatch` and the `retextDispatch` plugin. */
export interface ParseOptions {
  /**
   * When the caller knows the publication date better than the text: an ISO
   * 8601 date (`2020-04-07`), date-time, or a `Date`. It wins over the dates
   * in the header and the dateline, and supplies the year of year-less dates.
   */
  published?: string | Date | undefined
  /** Longest accepted input, in characters (default `5_000_000`). */
  maxLength?: number | undefined
  /**
   * Names the caller knows (their own gazetteer): wherever the text writes
   * one of them, or one of its aliases, as listed (or in capitals), it is a
   * mention of that entity with that type, whatever the tagger says, and all
   * of them are one entity, named `name`.
   */
  names?: readonly KnownName[] | undefined
}

/** A name the caller knows, for `ParseOptions.names`. */
export interface KnownName {
  /** The name in full, as the entity's `name`: `'Meta Platforms'`. */
  name: string
  /** What it is. */
  type: EntityType
  /** ISO 3166-1 alpha-2 code of the country it is, belongs to or lies in: `'US'`. */
  country?: string | undefined
  /** Other forms the text may use: `['Meta']`. */
  aliases?: readonly string[] | undefined
}

/**
 * What an author did: from a byline's role word (`writer`, `correspondent`,
 * `reporter`, `editor`, `columnist`, `contributor`, `photographer`,
 * `analyst`) or a trailer's credit (`reporting`, `writing`, `editing`,
 * `compiling`, `graphics`, `research`, `translating`, `fact-checking`,
 * `contributing`).
 */
export type AuthorRole =
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

/** A person credited with the dispatch: byline, bare name line or trailer. */
export interface Author {
  /** The name, normalised to title case when the text has it in capitals. */
  name: string
  /** What they did: `'writer'`, `'reporting'`, `'editing'`, `'writing'`, `'contributing'`, … */
  role?: AuthorRole
  /** Where the name stands in the input, as written there. */
  span: Span
}

/** The place (and often the date and agency) that opens a wire story. */
export interface Dateline {
  /** The whole dateline as written, without its trailing dash or colon. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
  /** The place, in title case with its state or country part: `'Richmond, Va.'`, `'Beirut, Lebanon'`. */
  place?: string
  /**
   * ISO 8601 date: `'2020-04-07'`, or, partial, `'XXXX-03-31'` when neither
   * text nor options give the year. `toDate(date)` is a `Date` for a whole
   * date and `undefined` for a partial one.
   */
  date?: string
  /** The agency named in the dateline: `'Reuters'`, `'AP'`, `'AFP'`, `'Xinhua'`, … */
  source?: string
}

/** A paragraph of the body and its sentences. */
export interface Paragraph {
  /** The paragraph, without surrounding white space. */
  span: Span
  /** Its sentences, in order, without surrounding white space. */
  sentences: Span[]
}

/** The kind of a named entity. `group`: nationalities, religious and political groups. */
export type EntityType = 'person' | 'organization' | 'location' | 'group' | 'misc'

/** One real-world thing the dispatch names, with all its mentions. */
export interface Entity {
  /** Stable within one Article: `'e1'`, `'e2'`, … */
  id: string
  /** What kind of thing it is. */
  type: EntityType
  /** The fullest name form in the text. */
  name: string
  /** Every mention, in text order. */
  mentions: Mention[]
  /** ISO 3166-1 alpha-2 code of the country it is, belongs to or lies in. */
  country?: string
}

/** How a mention refers to its entity: by name, acronym, a common noun phrase, or a pronoun. */
export type MentionForm = 'name' | 'acronym' | 'nominal' | 'pronoun'

/** One place where the text refers to an entity. */
export interface Mention {
  /** The mention as written. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
  /** How it refers: by name, acronym, a common noun phrase, or a pronoun. */
  form: MentionForm
}

/** TIMEX3 type of a time expression. */
export type TimexType = 'date' | 'time' | 'duration' | 'set'

/** TIMEX3 modifier of a time expression (TimeML's full set). */
export type TimexMod =
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

/** A time expression, in TimeML TIMEX3 terms. */
export interface TimeExpression {
  /** The expression as written. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
  /** TIMEX3 type. */
  type: TimexType
  /** TIMEX3 value: `'2020-03-31'`, `'199X'`, `'P3Y'`, `'PRESENT_REF'`, … (`toDate(value)` for a `Date`). */
  value: string
  /** TIMEX3 modifier: `'START'`, `'MID'`, `'END'`, `'APPROX'`, … */
  mod?: TimexMod
}

/** A stretch of text with its span, used for cues and speakers. */
export interface TextSpan {
  /** The text as written. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
}

/** How a statement is reported. Direct: all in quote marks; mixed: partly; indirect: reported speech. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed'

/** A quoted or reported statement. */
export interface Quote {
  /** Direct: all in quote marks; mixed: partly; indirect: reported speech. */
  kind: QuoteKind
  /** The content, without its quote marks. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
  /** The reporting verb or phrase: `'said'`, `'stressed'`, `'according to'`, … */
  cue?: TextSpan
  /** Who: a name, a title, a nominal or a pronoun, with the id of the entity it refers to. */
  speaker?: TextSpan & {entity?: string}
  /**
   * For an attribution reported inside another quote's content (`The statement
   * stressed that … many states made statements declaring …`), the index in
   * `Article.quotes` of that outer quote; absent for a quote of its own.
   */
  parent?: number
}

/** What kind of number a quantity is. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'measure'

/** How a quantity's value is hedged or bounded: "around", "more than", "at least", "up to", … */
export type QuantityMod = 'approx' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'up-to'

/**
 * What a quantity measures or counts, linked to an entity where it names one:
 * the counted noun phrase, an age's person, what a percentage is a share of,
 * what a sum or measure is "of", or the subject of the verb of its move.
 */
export interface QuantityAbout {
  /** The noun phrase as written: `'Azerbaijanis'`, `'countries'`, `'December crude contract'`. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
  /** The id of the entity it names, when it names one (`'e3'`). */
  entity?: string
}

/** A number the story reports: a count, an amount of money, a percentage or a measure. */
export interface Quantity {
  /** The whole expression as written: `'More than 20,000 Azerbaijanis'`, `'$58.24 per barrel'`. */
  text: string
  /** Where `text` stands in the input. */
  span: Span
  /** The value: `20000`; `0.3333…` for "a third" or "one out of three"; `800000000` for "$800 million"; `-130` for "minus 130". */
  value: number
  /** The other end of a range, as written ("from 252 to 287 miles": `value` 252, `to` 287). */
  to?: number
  /** What kind of number it is. */
  kind: QuantityKind
  /**
   * `'percent'`; the ISO 4217 code for money (`'USD'`, `'EUR'`, `'JPY'`); a
   * unit's singular name (`'mile'`, `'kilometre per hour'`, `'point'`); for a
   * count, the counted noun's singular (`'worker'`, `'country'`).
   */
  unit?: string
  /** The word that hedges or bounds it: "around" `'approx'`, "more than" `'more-than'`, … */
  mod?: QuantityMod
  /** The direction of a change it reports: "rose 19 cents" `'up'`, "fell 2.5%" `'down'`. */
  change?: 'up' | 'down'
  /** What is counted or measured, linked to an entity where there is one. */
  about?: QuantityAbout
}

/** How serious a diagnostic is. */
export type Severity = 'info' | 'warning'

/** The stable identifiers of diagnostics, listed in docs/diagnostics.md. */
export type DiagnosticCode =
  | 'empty-input'
  | 'unknown-layout'
  | 'control-characters'
  | 'replacement-characters'
  | 'binary-content'
  | 'utf16-read-as-utf8'
  | 'unclosed-quote'

/** Something worth telling the caller about the input. `code` is stable; see docs/diagnostics.md. */
export interface Diagnostic {
  /** Stable identifier, the `ruleId` of the matching vfile message: `'empty-input'`, … */
  code: DiagnosticCode
  /** A sentence for people. */
  message: string
  /** `'info'` when nothing is wrong with the result, `'warning'` when part of it may be. */
  severity: Severity
  /** Where in the input, when it is about one place. */
  span?: Span
}

/** What `parseDispatch` returns for one dispatch. */
export interface Article {
  /** The headline, when the dispatch opens with one. */
  headline?: string
  /** Where the headline stands in the input. */
  headlineSpan?: Span
  /** Agency or outlet: `'Azernews'`, `'Reuters'`, `'AP'`, `'AFP'`, `'Xinhua'`, … */
  source?: string
  /**
   * ISO 8601 date or date-time, from `options.published`, the header or the
   * dateline; partial (`'XXXX-03-31'`) when no year is known. `toDate(published)`
   * is a `Date` for a whole date and `undefined` for a partial one.
   */
  published?: string
  /** People credited with the dispatch, in the order the text names them. */
  authors: Author[]
  /** The dateline, when the story opens with one. */
  dateline?: Dateline
  /** The story text: header, byline, dateline and trailers excluded. `{start: n, end: n}` when there is none. */
  body: Span
  /** Paragraphs of the body. */
  paragraphs: Paragraph[]
  /** Named entities, in order of first mention. */
  entities: Entity[]
  /** Time expressions, in text order. */
  dates: TimeExpression[]
  /** Quoted and reported statements, in text order. */
  quotes: Quote[]
  /** The numbers the story reports (counts, money, percentages, measures), in text order. */
  quantities: Quantity[]
  /** What is worth knowing about the input: empty text, unknown layout, control characters, … */
  diagnostics: Diagnostic[]
}
