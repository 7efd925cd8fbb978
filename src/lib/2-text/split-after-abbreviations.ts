import type {
  Paragraph,
  ParagraphContent,
  Root,
  Sentence,
  SentenceContent,
  WhiteSpace,
  Word
} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {
  joiners,
  numberPrefixes,
  openingQuotes,
  ordinaryWords,
  sentenceStarters,
  titles
} from './abbreviations.js'

/**
 * Break sentences that parse-english did not break after a word into which
 * it folded the full stop: an initialism (`the U.S. The`), a known
 * abbreviation (`Acme Inc. The`), a short number (`Dec. 31. Then`) or an
 * ordinary word it takes for an abbreviation (`the Gulf War. Clashes`).
 *
 * After an initialism or abbreviation, the break is made only when what
 * follows clearly starts a sentence: a capitalised function word (`The`,
 * `He`, `But`, …), or an opening quote mark and a capital (but not after
 * initials in a name: `Robert C. “Bobby” Scott`), and never in a sentence
 * in title case. After a number or an ordinary word, any capitalised word
 * starts a sentence, unless the number is a list marker (`1. Oslo 2. Bergen`).
 * Titles and prefixes that stand before a name or number (`Gen.`, `St.`,
 * `No.`) never end a sentence, and an ordinary name after an initialism does
 * not start one (`the U.S. Embassy`).
 *
 * @param tree The tree of one paragraph; changed in place.
 */
export function splitAfterAbbreviations(tree: Root): void {
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') splitInParagraph(child)
  }
}

/**
 * Break the sentences of one paragraph node where they run on.
 *
 * @param paragraph The paragraph node; changed in place.
 */
function splitInParagraph(paragraph: Paragraph): void {
  const result: ParagraphContent[] = []

  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      splitSentence(child, result)
    } else {
      result.push(child)
    }
  }

  paragraph.children = result
}

/**
 * What is known about a whole sentence before it is broken, worked out on
 * first need: most sentences never ask.
 */
interface Context {
  /** The children of the whole sentence. */
  children: SentenceContent[]
  /** How often each short number with a full stop occurs in it. */
  numbers?: Map<string, number>
  /** Whether it is written in title case. */
  titleCase?: boolean
}

/**
 * How often each short number with a full stop occurs in the sentence.
 *
 * @param context What is known about the sentence; filled in on first use.
 * @returns The counts, by number without its stop.
 */
function numbersOf(context: Context): Map<string, number> {
  if (!context.numbers) context.numbers = countNumbers(context.children)
  return context.numbers
}

/**
 * Whether the sentence is written in title case.
 *
 * @param context What is known about the sentence; filled in on first use.
 * @returns `true` for title case.
 */
function titleCaseOf(context: Context): boolean {
  if (context.titleCase === undefined) context.titleCase = isTitleCase(context.children)
  return context.titleCase
}

/**
 * Break one sentence at every place where a new one starts, adding the
 * pieces and the white space between them to `result`.
 *
 * @param sentence The sentence to break.
 * @param result The new children of the paragraph; grown in place.
 */
function splitSentence(sentence: Sentence, result: ParagraphContent[]): void {
  const children = sentence.children
  const context: Context = {children}
  let from = 0
  let index = 0

  while (index < children.length - 2) {
    if (startsSentenceAfter(children, index, from, context)) {
      // `startsSentenceAfter` checked that white space follows the word.
      const space = children[index + 1] as WhiteSpace
      result.push(piece(children, from, index + 1), space)
      from = index + 2
      index = from
    } else {
      index++
    }
  }

  result.push(from === 0 ? sentence : piece(children, from, children.length))
}

/**
 * Whether a new sentence starts after `children[index]`, a word with its
 * full stop folded in, and the white space that follows it.
 *
 * @param children The children of a sentence.
 * @param index The index of the word that may end a sentence.
 * @param from Where the current piece of the sentence starts.
 * @param context What is known about the whole sentence.
 * @returns `true` to break after `children[index]`.
 */
function startsSentenceAfter(
  children: SentenceContent[],
  index: number,
  from: number,
  context: Context
): boolean {
  const word = children[index]
  if (
    word?.type !== 'WordNode' ||
    children[index + 1]?.type !== 'WhiteSpaceNode' ||
    !endsInFullStop(word)
  ) {
    return false
  }

  const value = toString(word).slice(0, -1)
  const lower = value.toLowerCase()
  const number = /^\d{1,3}$/.test(value)
  if (
    titles.has(value) ||
    numberPrefixes.has(lower) ||
    joiners.has(lower) ||
    (number && isListMarker(children, index, from, numbersOf(context)))
  ) {
    return false
  }

  // What follows: a capitalised word, maybe after an opening quote mark.
  let next = children[index + 2]
  const quoted =
    next?.type === 'PunctuationNode' && openingQuotes.has(next.value)
  if (quoted) next = children[index + 3]
  if (next?.type !== 'WordNode') return false
  const following = toString(next)
  if (!/^\p{Lu}/u.test(following)) return false

  // `the Gulf War. Clashes`, `Dec. 31. Then`.
  if (number || ordinaryWords.has(value)) return true

  // In title case (`Troops To Leave The U.S. As Talks Fail`) capitalised
  // function words and quoted capitals do not start sentences.
  if (titleCaseOf(context)) return false

  // `the U.S. “We`, but not in a name: `Robert C. “Bobby” Scott`.
  if (quoted) return !isInitialsInName(children, index, value)

  // `the U.S. The`, `Acme Inc. It`.
  return sentenceStarters.has(following)
}

/**
 * Whether a sentence is written in title case: none of its words of four or
 * more characters starts with a lower-case letter.
 *
 * @param children The children of a sentence.
 * @returns `true` for title case.
 */
function isTitleCase(children: SentenceContent[]): boolean {
  for (const child of children) {
    if (child.type === 'WordNode') {
      const value = toString(child)
      if (value.length > 3 && /^\p{Ll}/u.test(value)) return false
    }
  }

  return true
}

/**
 * Whether a word is one or more initials following a capitalised word, as
 * in a name (`Robert C.`, `Gov. C.L.`).
 *
 * @param children The children of a sentence.
 * @param index The index of the word.
 * @param value The word without its final full stop.
 * @returns `true` when it is initials inside a name.
 */
function isInitialsInName(
  children: SentenceContent[],
  index: number,
  value: string
): boolean {
  const before = children[index - 2]
  return (
    /^(?:\p{Lu}\.)*\p{Lu}$/u.test(value) &&
    children[index - 1]?.type === 'WhiteSpaceNode' &&
    before?.type === 'WordNode' &&
    /^\p{Lu}/u.test(toString(before))
  )
}

/**
 * Whether a short number with a full stop marks an item of a list: it opens
 * the sentence or a line, or the sentence holds the same number or one next
 * to it also written with a full stop (`1. Norway 8.62 2. England 8.61`).
 *
 * @param children The children of a sentence.
 * @param index The index of the number.
 * @param from Where the current piece of the sentence starts.
 * @param numbers How often each short number with a full stop occurs in
 *   the sentence.
 * @returns `true` when it is a list marker.
 */
function isListMarker(
  children: SentenceContent[],
  index: number,
  from: number,
  numbers: Map<string, number>
): boolean {
  const before = children[index - 1]
  const value = toString(children[index] as Word).slice(0, -1)
  const number = Number(value)

  // The last digits of `12,500.` are no list marker.
  if (isDigitGroup(children, index)) return false

  return (
    index === from ||
    (before?.type === 'WhiteSpaceNode' && /[\n\r]/.test(before.value)) ||
    (numbers.get(value) ?? 0) > 1 ||
    numbers.has(String(number - 1)) ||
    numbers.has(String(number + 1))
  )
}

/**
 * Count the short numbers (one to three digits) written with a full stop in
 * a sentence, leaving out the last digits of numbers with commas:
 * parse-english keeps the stop in such a word and does not end the sentence
 * there.
 *
 * @param children The children of a sentence.
 * @returns How often each number, without its stop, occurs.
 */
function countNumbers(children: SentenceContent[]): Map<string, number> {
  const numbers = new Map<string, number>()
  let index = -1

  while (++index < children.length) {
    const child = children[index]
    if (
      child?.type === 'WordNode' &&
      endsInFullStop(child) &&
      !isDigitGroup(children, index)
    ) {
      const value = toString(child).slice(0, -1)
      if (/^\d{1,3}$/.test(value)) {
        numbers.set(value, (numbers.get(value) ?? 0) + 1)
      }
    }
  }

  return numbers
}

/**
 * Whether a word is the last group of digits of a number written with
 * commas (`500.` in `12,500.`): it follows a comma with no space between.
 *
 * @param children The children of a sentence.
 * @param index The index of the word.
 * @returns `true` for a group of digits.
 */
function isDigitGroup(children: SentenceContent[], index: number): boolean {
  const before = children[index - 1]
  return before?.type === 'PunctuationNode' && before.value === ','
}

/**
 * Whether parse-english folded a full stop into the end of a word.
 *
 * @param word A word node.
 * @returns `true` when its last part is a full stop.
 */
function endsInFullStop(word: Word): boolean {
  const last = word.children.at(-1)
  return last?.type === 'PunctuationNode' && last.value === '.'
}

/**
 * Make a sentence of some of the children of another.
 *
 * @param children The children of the sentence being broken.
 * @param start Index of the first child to take.
 * @param end Index just past the last child to take.
 * @returns The new sentence, with its position.
 */
function piece(
  children: SentenceContent[],
  start: number,
  end: number
): Sentence {
  const taken = children.slice(start, end)
  const first = taken[0]?.position
  const last = taken.at(-1)?.position
  const sentence: Sentence = {type: 'SentenceNode', children: taken}
  if (first && last) sentence.position = {start: first.start, end: last.end}
  return sentence
}
