import type {Reading} from './read-quantity.js'
import type {Word} from './sentence-words.js'

/**
 * Ages: "Maddon, 66, said", "Jane Doe, 31, of Leeds", "aged 54", "the age
 * of 21". A bare whole number between commas after a capitalised name, or
 * after "aged" or "age of", is a measure in years of age, about the person
 * named before it.
 */

/** The oldest age read ("Tim O'Gorman, 109, took Derbyshire to 471" is a batsman's runs). */
const oldest = 105

/** Most words of a name before an age. */
const longestName = 3

/**
 * Read a bare number as an age, when it is one.
 *
 * @param words The sentence's words.
 * @param reading The reading, changed when it is an age.
 */
export function readAge(words: readonly Word[], reading: Reading): void {
  const number = reading.number
  if (reading.hasUnit || reading.about || reading.to !== undefined || !number.figure || number.formatted) return
  if (number.rest !== '' || !Number.isInteger(reading.value) || reading.value < 1 || reading.value > oldest) return
  const before = words[reading.first - 1]
  if (before?.lower === 'aged' || (before?.lower === 'of' && /^ages?$/.test(words[reading.first - 2]?.lower ?? ''))) {
    setAge(reading)
    return
  }
  const after = words[reading.last + 1]
  if (before?.text !== ',' || !closesAge(after) || reading.mod) return
  let first = reading.first - 2
  if (!isNameWord(words[first])) return
  while (first > 0 && reading.first - 1 - first < longestName && isNameWord(words[first - 1]) && words[first]!.spaced) first--
  setAge(reading)
  reading.about = {start: words[first]!.start, end: words[reading.first - 2]!.end}
}

/** What may follow an age after a name: ",", ";", or the sentence's end ("said Ann Lee, 71."). */
function closesAge(word: Word | undefined): boolean {
  return word !== undefined && (word.text === ',' || word.text === ';' || word.text === '.')
}

function setAge(reading: Reading): void {
  reading.kind = 'measure'
  reading.unit = 'year of age'
  reading.hasUnit = true
}

/** A capitalised word of letters: "Maddon", "O'Neill", "Smith-Jones". */
function isNameWord(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}[\p{L}'’-]*$/u.test(word.text) && word.text.length > 1
}
