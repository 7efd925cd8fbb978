/**
 * The tagger's labels: BILOU over the four CoNLL types. Label 0 is `O`; type
 * `t` (0 PER, 1 LOC, 2 ORG, 3 MISC) has `B` = 1 + 4t, `I` = 2 + 4t,
 * `L` = 3 + 4t, `U` = 4 + 4t.
 */

/** The CoNLL types, in label order. */
export const types = ['PER', 'LOC', 'ORG', 'MISC'] as const

/** A CoNLL type. */
export type EntityLabel = (typeof types)[number]

/** How many labels there are. */
export const labelCount = 17

/**
 * The position a label marks.
 *
 * @param label A label.
 * @returns 0 outside, 1 begin, 2 inside, 3 last, 4 unit.
 */
export function labelPosition(label: number): number {
  return label === 0 ? 0 : ((label - 1) % 4) + 1
}

/**
 * The type of a label.
 *
 * @param label A label other than `O`.
 * @returns Its type index (0 PER, 1 LOC, 2 ORG, 3 MISC).
 */
export function labelType(label: number): number {
  return Math.floor((label - 1) / 4)
}

/**
 * The name of a label: `O`, `B-PER`, `L-ORG`, …
 *
 * @param label The label.
 * @returns Its name.
 */
export function labelName(label: number): string {
  if (label === 0) return 'O'
  return 'BILU'.charAt(labelPosition(label) - 1) + '-' + types[labelType(label)]!
}

/**
 * The label of a name.
 *
 * @param name `O`, `B-PER`, …
 * @returns The label, or -1 when the name is none.
 */
export function labelOf(name: string): number {
  if (name === 'O') return 0
  const position = 'BILU'.indexOf(name.charAt(0))
  const type = (types as readonly string[]).indexOf(name.slice(2))
  if (position < 0 || type < 0 || name.charAt(1) !== '-') return -1
  return 1 + type * 4 + position
}

/**
 * Whether BILOU allows one label to follow another.
 *
 * @param previous The earlier label, or -1 at the sentence start.
 * @param next The later label, or -1 at the sentence end.
 * @returns Whether the pair is allowed.
 */
export function allowed(previous: number, next: number): boolean {
  const open = previous > 0 && (labelPosition(previous) === 1 || labelPosition(previous) === 2)

  if (next < 0) return !open
  const position = labelPosition(next)
  if (open) return (position === 2 || position === 3) && labelType(next) === labelType(previous)
  return position === 0 || position === 1 || position === 4
}

/** A labelled stretch of tokens, end exclusive. */
export interface TokenSpan {
  start: number
  end: number
  type: number
}

/**
 * Read the spans off a label sequence that `allowed` accepts (stray labels
 * are read leniently: an `I` or `L` without its `B` opens a span).
 *
 * @param labels The labels of a sentence.
 * @param count How many to read.
 * @returns The spans, in order.
 */
export function labelSpans(labels: ArrayLike<number>, count: number): TokenSpan[] {
  const spans: TokenSpan[] = []
  let open = -1
  let openType = -1

  for (let index = 0; index < count; index++) {
    const label = labels[index]!
    const position = labelPosition(label)
    const type = label === 0 ? -1 : labelType(label)

    if (open >= 0 && (position === 0 || position === 1 || position === 4 || type !== openType)) {
      spans.push({start: open, end: index, type: openType})
      open = -1
    }

    if (position === 4) {
      spans.push({start: index, end: index + 1, type})
    } else if (position === 3) {
      spans.push({start: open >= 0 ? open : index, end: index + 1, type})
      open = -1
    } else if (position === 1 || position === 2) {
      if (open < 0) {
        open = index
        openType = type
      }
    }
  }

  if (open >= 0) spans.push({start: open, end: count, type: openType})
  return spans
}
