import {readOfPhrase} from './counted-noun.js'
import type {Reading} from './read-quantity.js'
import type {Word} from './sentence-words.js'
import {changeBefore, notCountedWords} from '../lexicon/quantities.js'

/**
 * What a measure, a sum or a percentage is about: what a percentage is of
 * ("60 per cent of its revenue"), the noun phrase it is "of" ("a fine of
 * $7.5 million", "a dividend yield of 4.1 per cent") or the
 * subject of the verb before it ("Tesla shares jumped 8.5%", "The September
 * crude contract was up 19 cents").
 */

/** Words between a subject and its number: verbs of being and helping, adverbs of degree. */
const between = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might',
  'also', 'now', 'still', 'just', 'only', 'by', 'to', 'at', 'up', 'down', 'nearly', 'almost', 'about', 'around',
  'some', 'roughly', 'another', 'further', 'a', 'an', 'currently', 'already', 'each', 'apiece', 'than', 'more', 'less',
  'expected', 'forecast', 'seen', 'set', 'likely', 'projected', 'estimated', 'having', 'been', 'reach', 'reached',
  // Verbs of a level: "stocks stood at 200,000 tonnes", "the index closed at 1,478 points".
  'stood', 'stands', 'stand', 'ended', 'ends', 'closed', 'closes', 'opened', 'traded', 'trades', 'finished', 'totalled',
  'totaled', 'totals', 'hit', 'hits', 'amounted', 'amounts', 'came', 'comes', 'settled', 'costs', 'cost', 'worth'
])

/** Most words looked back over between the subject and the number. */
const longestGap = 5
/** Most words of the subject. */
const longestSubject = 4

/**
 * Read what a quantity with a unit is about, when nothing counted follows it.
 *
 * @param words The sentence's words.
 * @param reading The reading, changed when a subject is found.
 */
export function readAbout(words: readonly Word[], reading: Reading): void {
  if (reading.about || !reading.hasUnit) return
  // "60 per cent of its revenue": what the share is of.
  if (reading.kind === 'percent' && words[reading.last + 1]?.lower === 'of') {
    const noun = readOfPhrase(words, reading.last + 1)
    if (noun) reading.about = {start: words[noun.first]!.start, end: words[noun.last]!.end}
    return
  }
  let at = reading.first - 1
  if (words[at]?.lower === 'of') {
    subject(words, at - 1, reading)
    return
  }
  for (let gap = 0; gap < longestGap && at >= 0; gap++, at--) {
    const lower = words[at]!.lower
    if (!between.has(lower) && !changeBefore.has(lower) && !/^\p{Ll}+ly$/u.test(lower)) break
  }
  if (at < reading.first - 1) subject(words, at, reading)
}

/** The noun phrase that ends at a word, if it is one: words of letters, no function words, no punctuation. */
function subject(words: readonly Word[], last: number, reading: Reading): void {
  let first = phraseStart(words, last)
  // "the mass of the ball": a phrase with "of" is one.
  let of = first - 1
  if (determiners.has(words[of]?.lower ?? '')) of--
  if (first <= last && words[of]?.lower === 'of' && of > 0 && isSubjectWord(words[of - 1]!)) first = phraseStart(words, of - 1)
  // "19 cents at $58.24", "9.4 per cent to $84": the words before are another quantity's.
  if (first > last || /\d/.test(words[first - 1]?.text ?? '') || /\d/.test(words[first - 2]?.text ?? '')) return
  reading.about = {start: words[first]!.start, end: words[last]!.end}
}

/** The first word of the run of subject words that ends at a word (one past it when there is none). */
function phraseStart(words: readonly Word[], last: number): number {
  let first = last + 1
  while (first > 0 && last - first + 1 < longestSubject && isSubjectWord(words[first - 1]!)) first--
  return first
}

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that'])

function isSubjectWord(word: Word): boolean {
  if (notCountedWords.has(word.lower) || between.has(word.lower) || changeBefore.has(word.lower)) return false
  return /^[\p{L}&][\p{L}\p{N}&'’.-]*$/u.test(word.text)
}
