/**
 * A cheap test of where a parser's pattern may match: the pairs of
 * characters a match can open with, read from the pattern's source once. A
 * position whose two characters form no such pair cannot start a match, so
 * the pattern is not run there. The test only ever lets through more than the
 * pattern would match (assertions such as `\b` and lookarounds are read as
 * matching anything), never less.
 */

/**
 * A set of characters, in 160 bits: ASCII codes with capitals folded to lower
 * case (as the `i` flag without `u` folds them), 128 for any other character,
 * 129 for the end of the text.
 */
type CharSet = Uint32Array

/** The code standing for every character beyond ASCII. */
const other = 128

/** The code standing for the end of the text. */
const endOfText = 129

/**
 * How the matches of a part of a pattern open: whether it may match nothing,
 * the characters it may match alone (a match of one character), and the
 * pairs of characters its longer matches open with (for each first
 * character, a set of second ones).
 */
interface Openings {
  empty: boolean
  single: CharSet
  /** For each first character, the second characters after it (sets are never changed once made). */
  pairs: ReadonlyMap<number, CharSet>
}

/** No pairs. */
const noPairs: ReadonlyMap<number, CharSet> = new Map()

/** Words in a `CharSet`. */
const setWords = 5

/** Entries in a table of pairs: 129 first characters, then 130 next ones (the last: the end of the text). */
export const pairCount = 129 * 130

/**
 * Mark in a table the pairs of characters a match of a pattern may open
 * with (see `pairIndex`); when the pattern may open with any pair, or has a
 * construct not read here, every pair.
 *
 * @param pattern The pattern (read only with the `i` flag and without `u` or
 *   `v`, whose folding of letters the table follows).
 * @param table The table, `pairCount` entries.
 * @param bit The bit to set in each entry the pattern may open with.
 */
export function markOpenings(pattern: RegExp, table: Int32Array, bit: number): void {
  const openings = readOpenings(pattern)
  if (!openings) {
    for (let pair = 0; pair < pairCount; pair++) table[pair]! |= bit
    return
  }
  for (const [first, seconds] of openings.pairs) for (const second of membersOf(seconds)) table[first * 130 + second]! |= bit
  for (const first of membersOf(openings.single)) {
    for (let pair = first * 130; pair < first * 130 + 130; pair++) table[pair]! |= bit
  }
}

/**
 * Read how the matches of a pattern open.
 *
 * @param pattern The pattern.
 * @returns Its openings, or undefined when they are not read.
 */
function readOpenings(pattern: RegExp): Openings | undefined {
  if (!pattern.flags.includes('i') || /[uv]/.test(pattern.flags)) return undefined
  const reader = {source: pattern.source, position: 0, skip: 0}
  let openings: Openings
  try {
    openings = readAlternation(reader)
  } catch {
    return undefined
  }
  return reader.position === pattern.source.length ? openings : undefined
}

/** The code in a `CharSet` of each UTF-16 code unit (see `charCode`); built on first use. */
let codes: Uint8Array | undefined

/**
 * The entry of a pair of characters in a table of `markOpenings`.
 *
 * @param text The text.
 * @param position Where a match would start (within the text).
 * @returns The index into the table.
 */
export function pairIndex(text: string, position: number): number {
  const table = codes ?? (codes = buildCodes())
  return table[text.charCodeAt(position)]! * 130 + (position + 1 < text.length ? table[text.charCodeAt(position + 1)]! : endOfText)
}

/**
 * Build the table of codes in a `CharSet` of all UTF-16 code units.
 *
 * @returns The table.
 */
function buildCodes(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(other)
  for (let code = 0; code < 128; code++) table[code] = charCode(code)
  return table
}

/**
 * A character's code in a `CharSet`.
 *
 * @param code The UTF-16 code unit.
 * @returns Its folded ASCII code, or `other`.
 */
function charCode(code: number): number {
  if (code >= 128) return other
  return code >= 65 && code <= 90 ? code + 32 : code
}

/** Where the reading of a source stands. */
interface Reader {
  source: string
  position: number
  /** Above 0 while reading parts after a complete opening: they are only read past. */
  skip: number
}

/**
 * Read alternatives up to a closing bracket or the end.
 *
 * @param reader The reader.
 * @returns The openings of all alternatives.
 */
function readAlternation(reader: Reader): Openings {
  let result = readSequence(reader)
  while (reader.source[reader.position] === '|') {
    reader.position++
    const next = readSequence(reader)
    if (reader.skip === 0) result = union(result, next)
  }
  return result
}

/**
 * Read a sequence of quantified atoms.
 *
 * @param reader The reader.
 * @returns Its openings.
 */
function readSequence(reader: Reader): Openings {
  let result = nothing()
  const {source} = reader
  while (reader.position < source.length && source[reader.position] !== '|' && source[reader.position] !== ')') {
    // Once every match of the sequence so far is two characters long or
    // more, what follows cannot change how it opens.
    const complete = !result.empty && isEmpty(result.single)
    if (complete) reader.skip++
    const atom = readQuantifier(reader, readAtom(reader))
    if (complete) reader.skip--
    else if (reader.skip === 0) result = concat(result, atom)
  }
  return result
}

/**
 * Read a quantifier after an atom, if any, and apply it.
 *
 * @param reader The reader.
 * @param atom The atom's openings.
 * @returns The openings of the quantified atom.
 */
function readQuantifier(reader: Reader, atom: Openings): Openings {
  const {source} = reader
  const char = source[reader.position]
  let min = 1
  let max = 1
  if (char === '?' || char === '*' || char === '+') {
    reader.position++
    min = char === '+' ? 1 : 0
    max = char === '?' ? 1 : Infinity
  } else if (char === '{') {
    const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(reader.position))
    if (!bounds) return atom
    reader.position += bounds[0].length
    min = Number(bounds[1])
    max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3])
  } else {
    return atom
  }
  if (source[reader.position] === '?') reader.position++
  if (reader.skip > 0) return atom
  // Two characters are read, so three repetitions show every opening (more
  // only repeat what three give, whether or not the atom may match nothing).
  let power = nothing()
  for (let count = 0; count < min && count < 3; count++) power = concat(power, atom)
  let result = power
  for (let count = min; count < max && count < min + 3; count++) {
    power = concat(power, atom)
    result = union(result, power)
  }
  return result
}

/**
 * Read one atom: a group, a class, an escape, or a character.
 *
 * @param reader The reader.
 * @returns Its openings.
 */
function readAtom(reader: Reader): Openings {
  const {source} = reader
  const char = source[reader.position]!
  if (char === '(') {
    reader.position++
    let assertion = false
    if (source[reader.position] === '?') {
      const rest = source.slice(reader.position, reader.position + 3)
      if (rest.startsWith('?:')) reader.position += 2
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        reader.position += 2
        assertion = true
      } else if (rest === '?<=' || rest === '?<!') {
        reader.position += 3
        assertion = true
      } else if (rest.startsWith('?<')) {
        reader.position = source.indexOf('>', reader.position) + 1
        if (reader.position === 0) throw new Error('Unclosed group name')
      } else throw new Error('Unknown group')
    }
    const inner = readAlternation(reader)
    if (source[reader.position] !== ')') throw new Error('Unclosed group')
    reader.position++
    return assertion ? nothing() : inner
  }
  if (char === '[') return characters(readClass(reader))
  if (char === '\\') {
    const escape = readEscape(reader)
    return escape ? characters(escape) : nothing()
  }
  reader.position++
  if (char === '^' || char === '$') return nothing()
  if (char === '.') return characters(all())
  return characters(single(char.charCodeAt(0)))
}

/**
 * Read a character class.
 *
 * @param reader The reader, at `[`.
 * @returns The characters it matches.
 */
function readClass(reader: Reader): CharSet {
  const {source} = reader
  reader.position++
  const negated = source[reader.position] === '^'
  if (negated) reader.position++
  const set = new Uint32Array(setWords)
  while (source[reader.position] !== ']') {
    if (reader.position >= source.length) throw new Error('Unclosed class')
    const low = readClassMember(reader)
    if (source[reader.position] === '-' && source[reader.position + 1] !== ']' && typeof low === 'number') {
      reader.position++
      const high = readClassMember(reader)
      if (typeof high !== 'number') throw new Error('Bad range')
      for (let code = low; code <= high && code < 128; code++) add(set, charCode(code))
      if (high >= 128) add(set, other)
    } else if (typeof low === 'number') {
      add(set, charCode(low))
    } else {
      merge(set, low)
    }
  }
  reader.position++
  // With the `i` flag both cases of a letter are in a class or out of it, so
  // the folded complement is exact for ASCII.
  return negated ? without(set) : set
}

/**
 * Read one member of a class: a character code, or a set for an escape such as `\d`.
 *
 * @param reader The reader.
 * @returns The code or the set.
 */
function readClassMember(reader: Reader): number | CharSet {
  const {source} = reader
  if (source[reader.position] !== '\\') return source.charCodeAt(reader.position++)
  const next = source[reader.position + 1]
  if (next === 'b') {
    reader.position += 2
    return 8
  }
  const escape = readEscape(reader)
  if (!escape) throw new Error('Bad class escape')
  return escape
}

/**
 * Read an escape outside a class.
 *
 * @param reader The reader, at the backslash.
 * @returns The characters it matches, or undefined for an assertion (`\b`, `\B`).
 */
function readEscape(reader: Reader): CharSet | undefined {
  const {source} = reader
  const char = source[reader.position + 1]!
  reader.position += 2
  switch (char) {
    case 'b':
    case 'B':
      return undefined
    case 'd':
      return range(48, 57)
    case 'D':
      return without(range(48, 57))
    case 'w':
      return wordSet()
    case 'W':
      return without(wordSet())
    case 's':
      return spaceSet()
    case 'S':
      return without(spaceSet())
    case 'n':
      return single(10)
    case 'r':
      return single(13)
    case 't':
      return single(9)
    case 'f':
      return single(12)
    case 'v':
      return single(11)
    case 'x': {
      const hex = source.slice(reader.position, reader.position + 2)
      reader.position += 2
      return single(Number.parseInt(hex, 16))
    }
    case 'u': {
      const hex = source.slice(reader.position, reader.position + 4)
      reader.position += 4
      return single(Number.parseInt(hex, 16))
    }
    case '0':
      return single(0)
    default:
      // Back-references, control and property escapes are not read.
      if (/[\dA-Za-z]/.test(char)) throw new Error('Escape not read')
      return single(char.charCodeAt(0))
  }
}

/**
 * The openings of a part that matches only the empty string (an assertion).
 *
 * @returns The openings.
 */
function nothing(): Openings {
  return {empty: true, single: new Uint32Array(setWords), pairs: noPairs}
}

/**
 * The openings of one character out of a set.
 *
 * @param set The set.
 * @returns The openings.
 */
function characters(set: CharSet): Openings {
  return {empty: false, single: set, pairs: noPairs}
}

/**
 * The openings of one part followed by another.
 *
 * @param head Openings of the first.
 * @param tail Openings of the second.
 * @returns Openings of the sequence.
 */
function concat(head: Openings, tail: Openings): Openings {
  const headSingle = !isEmpty(head.single)
  // A part that always matches two characters or more decides the opening.
  if (!head.empty && !headSingle) return head
  const single = new Uint32Array(setWords)
  const pairs = new Map(head.pairs)
  if (head.empty) {
    merge(single, tail.single)
    addPairs(pairs, tail.pairs)
  }
  if (tail.empty) merge(single, head.single)
  if (headSingle) {
    const next = firstCharacters(tail)
    for (const first of membersOf(head.single)) pairs.set(first, or(pairs.get(first), next))
  }
  return {empty: head.empty && tail.empty, single, pairs}
}

/**
 * The openings of either of two parts.
 *
 * @param a Openings of one.
 * @param b Openings of the other.
 * @returns Openings of both.
 */
function union(a: Openings, b: Openings): Openings {
  const pairs = new Map(a.pairs)
  addPairs(pairs, b.pairs)
  return {empty: a.empty || b.empty, single: or(a.single, b.single), pairs}
}

/**
 * Add pairs to others.
 *
 * @param pairs The pairs to add to.
 * @param more The pairs to add.
 */
function addPairs(pairs: Map<number, CharSet>, more: ReadonlyMap<number, CharSet>): void {
  for (const [first, seconds] of more) pairs.set(first, or(pairs.get(first), seconds))
}

/**
 * The characters a non-empty match of a part may start with.
 *
 * @param openings The part's openings.
 * @returns The set.
 */
function firstCharacters(openings: Openings): CharSet {
  const set = openings.single.slice()
  for (const first of openings.pairs.keys()) add(set, first)
  return set
}

/**
 * The codes in a set.
 *
 * @param set The set.
 * @returns Its codes, in order.
 */
function membersOf(set: CharSet): number[] {
  const codes: number[] = []
  for (let word = 0; word < setWords; word++) {
    let bits = set[word]!
    while (bits !== 0) {
      const lowest = bits & -bits
      codes.push(word * 32 + (31 - Math.clz32(lowest)))
      bits ^= lowest
    }
  }
  return codes
}

/**
 * The union of two sets, as a new set.
 *
 * @param a One set (undefined: empty).
 * @param b The other.
 * @returns Their union.
 */
function or(a: CharSet | undefined, b: CharSet): CharSet {
  return a ? merge(a.slice(), b) : b
}

/**
 * Whether a set is empty.
 *
 * @param set The set.
 * @returns True when it holds no code.
 */
function isEmpty(set: CharSet): boolean {
  for (let index = 0; index < set.length; index++) if (set[index] !== 0) return false
  return true
}

/**
 * Whether a set holds a code.
 *
 * @param set The set.
 * @param code The code.
 * @returns True when it does.
 */
function has(set: CharSet, code: number): boolean {
  return (set[code >> 5]! & (1 << (code & 31))) !== 0
}

/**
 * Add a code to a set.
 *
 * @param set The set.
 * @param code The code.
 */
function add(set: CharSet, code: number): void {
  set[code >> 5]! |= 1 << (code & 31)
}

/**
 * Remove a code from a set.
 *
 * @param set The set.
 * @param code The code.
 */
function remove(set: CharSet, code: number): void {
  set[code >> 5]! &= ~(1 << (code & 31))
}

/**
 * Add the codes of one set to another.
 *
 * @param set The set to add to.
 * @param more The codes to add.
 * @returns The set.
 */
function merge(set: Uint32Array, more: Uint32Array): Uint32Array {
  for (let index = 0; index < set.length; index++) set[index]! |= more[index]!
  return set
}

/**
 * The set of one character.
 *
 * @param code Its UTF-16 code unit.
 * @returns The set.
 */
function single(code: number): CharSet {
  const set = new Uint32Array(setWords)
  add(set, charCode(code))
  return set
}

/**
 * The set of a range of ASCII characters.
 *
 * @param low The first code.
 * @param high The last code.
 * @returns The set.
 */
function range(low: number, high: number): CharSet {
  const set = new Uint32Array(setWords)
  for (let code = low; code <= high; code++) add(set, charCode(code))
  return set
}

/**
 * Every character (not the end of the text).
 *
 * @returns The set.
 */
function all(): CharSet {
  const set = new Uint32Array(setWords)
  for (let code = 0; code <= other; code++) add(set, code)
  return set
}

/**
 * Every character a set leaves out: the ASCII ones, and any other.
 *
 * @param set The set.
 * @returns The complement.
 */
function without(set: CharSet): CharSet {
  const complement = all()
  for (let code = 0; code < 128; code++) if (has(set, code)) remove(complement, code)
  return complement
}

/**
 * What `\w` matches: letters, digits and `_` (folded).
 *
 * @returns The set.
 */
function wordSet(): CharSet {
  const set = range(48, 57)
  merge(set, range(97, 122))
  add(set, 95)
  return set
}

/**
 * What `\s` matches: ASCII white space, and other characters beyond ASCII.
 *
 * @returns The set.
 */
function spaceSet(): CharSet {
  const set = range(9, 13)
  add(set, 32)
  add(set, other)
  return set
}
