import type {NumberRead} from './read-number.js'
import type {Word} from './sentence-words.js'

/**
 * Numbers written as more than one figure: scientific notation ("1.99×10−30",
 * "6.02 x 10^23"), slash fractions ("1/16 of a pint", "1⁄32"), and shares
 * ("one out of three Germans", "one in five children").
 */

const times = new Set(['×', 'x', '*'])
const minus = new Set(['-', '−', '–'])
const digits = /^\d{1,3}$/

/**
 * "1.99×10−30": the power of ten after a figure, in the words that follow it.
 *
 * @param words The sentence's words.
 * @param read The figure, changed when a power of ten follows.
 */
export function readExponent(words: readonly Word[], read: NumberRead): void {
  if (read.rest !== '' || read.scaled) return
  let at = read.last + 1
  if (!times.has(words[at]?.lower ?? '')) return
  if (words[++at]?.text !== '10') return
  if (words[at + 1]?.text === '^' && !words[at + 1]!.spaced) at++
  let sign = 1
  if (minus.has(words[at + 1]?.text ?? '') && !words[at + 1]!.spaced) sign = -1, at++
  const power = words[at + 1]
  if (!power || power.spaced || !digits.test(power.text)) return
  read.value = Number(read.value + 'e' + sign * Number(power.text))
  read.last = at + 1
  read.end = power.end
  read.formatted = true
}

/**
 * "1/16", "1⁄32": a fraction of two figures, in one word or three, when
 * "of" or nothing more follows ("1/16 of a pint").
 *
 * @param words The sentence's words.
 * @param read The figure, changed when it is a fraction's top.
 */
export function readSlashFraction(words: readonly Word[], read: NumberRead): void {
  if (read.formatted || read.scaled || read.to !== undefined) return
  let bottom: number | undefined
  let last = read.last
  let end = read.end
  const inWord = /^[/⁄](\d{1,4})$/.exec(read.rest)
  if (inWord) {
    bottom = Number(inWord[1])
    end += read.rest.length
  } else if (read.rest === '' && (words[last + 1]?.text === '/' || words[last + 1]?.text === '⁄') && !words[last + 1]!.spaced) {
    const under = words[last + 2]
    if (!under || under.spaced || !/^\d{1,4}$/.test(under.text)) return
    bottom = Number(under.text)
    last += 2
    end = under.end
  }
  if (!bottom || bottom <= read.value || words[last + 1]?.lower !== 'of') return
  read.value /= bottom
  read.rest = ''
  read.last = last
  read.end = end
  read.formatted = true
  read.partOf = true
}

/**
 * "one out of three", "one in five": a share, when the second number is
 * larger and no year ("one in 2019"), and "in" follows a number in words or 1.
 *
 * @param words The sentence's words.
 * @param read The first number, changed when a share.
 * @param readNext What reads the second number.
 */
export function readShare(words: readonly Word[], read: NumberRead, readNext: (index: number) => NumberRead | undefined): void {
  if (read.to !== undefined || read.rest !== '' || read.partOf || read.scaled) return
  const link = words[read.last + 1]?.lower
  // "in" only after a number in words or 1: "one in five", "1 in 4", not "24 in 48 balls".
  const share = link === 'in' && (!read.figure || read.value === 1)
  const at = link === 'out' && words[read.last + 2]?.lower === 'of' ? read.last + 3 : share ? read.last + 2 : -1
  if (at === -1 || !words[at]) return
  const whole = readNext(at)
  if (!whole || whole.rest !== '' || whole.to !== undefined || whole.partOf || whole.value <= read.value) return
  if (whole.figure && !whole.formatted && whole.value >= 1000) return
  read.value /= whole.value
  read.last = whole.last
  read.end = whole.end
  read.formatted = true
}
