/**
 * The reader of a pattern's source: groups, classes, escapes and
 * quantifiers, read into the openings of its matches.
 */

import {
  add,
  all,
  charCode,
  isEmpty,
  merge,
  other,
  range,
  setWords,
  single,
  spaceSet,
  without,
  wordSet,
  type CharSet
} from './char-set.js'
import {characters, concat, nothing, union, type Openings} from './openings.js'

/**
 * Read how the matches of a pattern open.
 *
 * @param pattern The pattern.
 * @returns Its openings, or undefined when they are not read.
 */
export function readOpenings(pattern: RegExp): Openings | undefined {
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
