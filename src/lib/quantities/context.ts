import type {Span} from '../types.js'

/** What the checks read: date spans and name mentions, in text order. */
export interface Context {
  dates: Span[]
  names: Array<Span & {entity: string}>
  /** The first date span that may still come. */
  dateAt: number
  /** The first name span that may still come. */
  nameAt: number
}

/**
 * The name mention that overlaps a span, if any; spans are asked in text
 * order, so the search goes on from where the last one stopped.
 *
 * @param context The window's spans.
 * @param span The span.
 * @returns The mention.
 */
export function nameAt(context: Context, span: Span): (Span & {entity: string}) | undefined {
  const names = context.names
  while (context.nameAt < names.length && names[context.nameAt]!.end <= span.start) context.nameAt++
  for (let index = context.nameAt; index < names.length && names[index]!.start < span.end; index++) {
    if (names[index]!.end > span.start) return names[index]
  }
  return undefined
}
