/**
 * Checks of the layout stage against what the corpora tell about layout:
 * titles, datelines, the first line of CoNLL documents and creation dates.
 */

import type {Article} from '../../src/index.js'
import type {Span} from './spans.js'

/** How a headline compares with a known title. */
export interface TitleAgreement {
  /** The two are equal once trimmed. */
  exact: boolean
  /** The two are equal once trimmed and stripped of one final period. */
  loose: boolean
}

/** Counts of the layout checks on one corpus. */
export interface LayoutCounts {
  /** Documents parsed without throwing. */
  docs: number
  /** Documents with a title in the corpus. */
  titled: number
  /** Titled documents whose text contains the title (the reachable ceiling). */
  titleInText: number
  /** Documents where `article.headline` is set. */
  headline: number
  /** Titled documents whose headline equals the title. */
  headlineExact: number
  /** Titled documents whose headline equals the title, final period aside. */
  headlineLoose: number
  /** Documents where `article.dateline` is set. */
  dateline: number
  /** Documents whose body starts after the first line. */
  bodyAfterFirstLine: number
  /** Documents where `article.published` is set. */
  published: number
  /** Documents whose `published` starts with the known creation date. */
  publishedMatches: number
}

/**
 * Compare a headline with a title.
 *
 * @param headline The headline we found, if any.
 * @param title The title the corpus gives.
 * @returns Whether they agree exactly and ignoring a final period.
 */
export function compareTitle(headline: string | undefined, title: string): TitleAgreement {
  if (headline === undefined) return {exact: false, loose: false}
  const ours = headline.trim()
  const theirs = title.trim()
  return {
    exact: ours === theirs,
    loose: withoutFinalPeriod(ours) === withoutFinalPeriod(theirs)
  }
}

/**
 * Whether a document's text contains its title, final period aside.
 *
 * @param text The document text.
 * @param title The title.
 * @returns `true` when the title occurs in the text.
 */
export function titleInText(text: string, title: string): boolean {
  const needle = withoutFinalPeriod(title.trim())
  return needle.length > 0 && text.includes(needle)
}

/**
 * The span of the first line that is not blank.
 *
 * @param text The document text.
 * @returns Its span, without the line break; empty at the end when there is none.
 */
export function firstLine(text: string): Span {
  const start = text.search(/\S/)
  if (start === -1) return {start: text.length, end: text.length}
  const newline = text.indexOf('\n', start)
  return {start, end: newline === -1 ? text.length : newline}
}

/**
 * Whether the body starts after the first line, so that a headline on that line
 * is not taken for story text.
 *
 * @param text The document text.
 * @param body The body span of the Article.
 * @returns `true` when the body does not start inside (or before) the first line.
 */
export function bodyStartsAfterFirstLine(text: string, body: Span): boolean {
  return body.start >= firstLine(text).end
}

/**
 * Counts with everything at zero.
 *
 * @returns Fresh zero counts.
 */
export function emptyLayoutCounts(): LayoutCounts {
  return {
    docs: 0,
    titled: 0,
    titleInText: 0,
    headline: 0,
    headlineExact: 0,
    headlineLoose: 0,
    dateline: 0,
    bodyAfterFirstLine: 0,
    published: 0,
    publishedMatches: 0
  }
}

/**
 * Add the layout checks of one parsed document to running counts, in place.
 *
 * @param counts The running counts.
 * @param text The document text.
 * @param article What `parseDispatch` returned for it.
 * @param known What the corpus tells: its title and creation date, if any.
 */
export function addLayoutChecks(
  counts: LayoutCounts,
  text: string,
  article: Pick<Article, 'headline' | 'dateline' | 'body' | 'published'>,
  known: {title?: string | null; created?: string | null}
): void {
  counts.docs++
  if (article.headline !== undefined) counts.headline++
  if (article.dateline !== undefined) counts.dateline++
  if (bodyStartsAfterFirstLine(text, article.body)) counts.bodyAfterFirstLine++

  if (typeof known.title === 'string' && known.title.trim() !== '') {
    const agreement = compareTitle(article.headline, known.title)
    counts.titled++
    if (titleInText(text, known.title)) counts.titleInText++
    if (agreement.exact) counts.headlineExact++
    if (agreement.loose) counts.headlineLoose++
  }

  if (article.published !== undefined) {
    counts.published++

    if (known.created && article.published.startsWith(known.created.slice(0, 10))) {
      counts.publishedMatches++
    }
  }
}

/**
 * Drop one final period.
 *
 * @param value The string.
 * @returns The string without a trailing `.`.
 */
function withoutFinalPeriod(value: string): string {
  return value.endsWith('.') ? value.slice(0, -1).trimEnd() : value
}
