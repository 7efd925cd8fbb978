/**
 * English words of time, kept apart from the parsing code: number words,
 * units, parts of the day, seasons, holidays, the vague references of TimeML
 * (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`) and the words that mark tense.
 * Month and weekday names come from `../lexicon/calendar.ts`; the patterns
 * are built from the lists.
 */

import {anyOf} from '../lexicon/pattern.js'

export {monthWords, weekdayNumbers} from '../lexicon/calendar.js'

/** Cardinal number words to values. */
export const cardinals: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12]
])

/** Ordinal words (and digits with suffixes, read apart) to values. */
export const ordinals: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17],
  ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21]
])

/** A regular-expression source for ordinal words and numbered ordinals. */
export const ordinalPattern = '(?:' + anyOf(ordinals.keys()).slice(3, -1) + '|\\d{1,2}(?:st|nd|rd|th))'

/** A regular-expression source for a cardinal: digits, fractions, or words up to the hundreds. */
export const cardinalPattern =
  '(?:(?:\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,4})(?:\\.\\d{1,2}|\\s\\d/\\d|(?:\\s{1,3}and)?\\s{1,3}a\\s{1,3}half)?|\\d/\\d|' +
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  'a\\s{1,3}hundred|one\\s{1,3}hundred|a\\s{1,3}couple\\s{1,3}of|a\\s{1,3}dozen|a|an)(?:(?:\\s{1,3}and)?\\s{1,3}a\\s{1,3}half)?)'

/** A unit of time. */
export interface Unit {
  /** The TIMEX3 letter: `Y`, `M`, `W`, `D`, `H`, `M` (minutes), `S`, `Q`, `DE` (decade), `CE` (century). */
  letter: string
  /** True for hours, minutes and seconds (written after `T` in a duration). */
  clock: boolean
  /** The grain of a date counted in this unit. */
  grain: 'time' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century'
}

/** Units of time, singular and plural, lower case. */
export const units: ReadonlyMap<string, Unit> = new Map(
  (
    [
      [['second', 'seconds'], {letter: 'S', clock: true, grain: 'time'}],
      [['minute', 'minutes'], {letter: 'M', clock: true, grain: 'time'}],
      [['hour', 'hours'], {letter: 'H', clock: true, grain: 'time'}],
      [['day', 'days'], {letter: 'D', clock: false, grain: 'day'}],
      [['night', 'nights'], {letter: 'D', clock: false, grain: 'day'}],
      [['week', 'weeks'], {letter: 'W', clock: false, grain: 'week'}],
      [['fortnight', 'fortnights'], {letter: '2W', clock: false, grain: 'week'}],
      [['month', 'months'], {letter: 'M', clock: false, grain: 'month'}],
      [['quarter', 'quarters'], {letter: 'Q', clock: false, grain: 'quarter'}],
      [['year', 'years'], {letter: 'Y', clock: false, grain: 'year'}],
      [['decade', 'decades'], {letter: 'DE', clock: false, grain: 'decade'}],
      [['century', 'centuries'], {letter: 'CE', clock: false, grain: 'century'}]
    ] as Array<[string[], Unit]>
  ).flatMap(([names, unit]) => names.map((name): [string, Unit] => [name, unit]))
)

/** Unit words, lower case. */
export const unitWords: readonly string[] = [...units.keys()]

/** A regular-expression source matching any unit word. */
export const unitPattern = anyOf(unitWords)

/** Parts of the day after a day name (“Friday night”) to their TIMEX3 codes. */
export const partOfDayCodes: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI']
])

/** Seasons to their TIMEX3 codes. */
export const seasons: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI']
])

/** How a holiday falls: on a fixed day, or on the nth weekday of a month (negative n counts from the end). */
export type HolidayRule =
  | {month: number; day: number}
  | {month: number; weekday: number; nth: number; after?: number}
  | {easter: number}

/** Holidays, lower case, to the rule giving their date in a year. */
export const holidays: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ["new year's day", {month: 1, day: 1}],
  ["new year's eve", {month: 12, day: 31}],
  ["valentine's day", {month: 2, day: 14}],
  ["st. patrick's day", {month: 3, day: 17}],
  ['independence day', {month: 7, day: 4}],
  ['halloween', {month: 10, day: 31}],
  ['veterans day', {month: 11, day: 11}],
  ['christmas eve', {month: 12, day: 24}],
  ['christmas day', {month: 12, day: 25}],
  ['christmas', {month: 12, day: 25}],
  ['boxing day', {month: 12, day: 26}],
  ['martin luther king day', {month: 1, weekday: 1, nth: 3}],
  ["presidents' day", {month: 2, weekday: 1, nth: 3}],
  ['memorial day', {month: 5, weekday: 1, nth: -1}],
  ['labor day', {month: 9, weekday: 1, nth: 1}],
  ['columbus day', {month: 10, weekday: 1, nth: 2}],
  ['thanksgiving day', {month: 11, weekday: 4, nth: 4}],
  ['thanksgiving', {month: 11, weekday: 4, nth: 4}],
  ['election day', {month: 11, weekday: 1, nth: 1, after: 1}],
  ['good friday', {easter: -2}],
  ['easter sunday', {easter: 0}],
  ['easter', {easter: 0}],
  ['easter monday', {easter: 1}]
])

/** A regular-expression source for holiday names (longest first). */
export const holidayPattern = anyOf(holidays.keys())

/** Words that mean the present, the past or the future, to their TIMEX3 values. */
export const vagueReferences: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'],
  ['current', 'PRESENT_REF'], ['these days', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['at present', 'PRESENT_REF'],
  ['the present', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['more recently', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['the past', 'PAST_REF'], ['past years', 'PAST_REF'], ['recent years', 'PAST_REF'],
  ['then current', 'PAST_REF'], ['future', 'FUTURE_REF'], ['future quarters', 'FUTURE_REF'],
  ['future years', 'FUTURE_REF'], ['future months', 'FUTURE_REF'], ['the future', 'FUTURE_REF'],
  ['the near future', 'FUTURE_REF'], ['soon', 'FUTURE_REF'], ['the near term', 'FUTURE_REF'],
  ['the short term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'], ['a later date', 'FUTURE_REF'],
  ['as soon as possible', 'FUTURE_REF'], ['one day', 'FUTURE_REF']
])

/** Reporting and other verbs whose past form marks a sentence as telling of the past. */
export const pastWords: ReadonlySet<string> = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'been', 'ago', 'went', 'came', 'became', 'overcame', 'met', 'left',
  'began', 'took', 'made', 'gave', 'saw', 'found', 'held', 'fell', 'rose', 'arose', 'sent', 'spent', 'brought',
  'thought', 'knew', 'won', 'lost', 'got', 'ran', 'wrote', 'spoke', 'broke', 'struck', 'led', 'fed', 'bled', 'paid',
  'laid', 'sold', 'sought', 'bought', 'caught', 'taught', 'fought', 'fled', 'shot', 'stood', 'understood', 'kept',
  'felt', 'heard', 'meant', 'dealt', 'built', 'bent', 'lent', 'slept', 'swept', 'wept', 'burst', 'hurt', 'shut',
  'split', 'spread', 'quit', 'drew', 'flew', 'grew', 'threw', 'blew', 'withdrew', 'wore', 'swore', 'tore', 'bore',
  'chose', 'rode', 'drove', 'stole', 'froze', 'woke', 'ate', 'sank', 'shrank', 'sprang', 'rang', 'sang', 'drank',
  'swam', 'spun', 'stuck', 'swung', 'hung', 'dug', 'slid', 'hid', 'bit', 'lit', 'forgot', 'forgave', 'shook',
  'sat', 'lay', 'wound', 'bound', 'ground', 'shone', 'fallen', 'risen', 'gone', 'done', 'seen', 'taken', 'given',
  'shown', 'grown', 'known', 'written', 'begun', 'driven', 'broken', 'chosen', 'spoken', 'stolen', 'forgotten',
  'beaten', 'hidden', 'ridden', 'thrown', 'sworn', 'torn', 'worn', 'flown', 'drawn', 'withdrawn', 'frozen'
])

/** Words that mark a sentence as telling of the future. */
export const futureWords: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', "won't", 'wo', 'scheduled', 'expected', 'expects', 'expect', 'would',
  'might', 'may', 'intends', 'intend', 'hopes', 'upcoming', 'soon', 'tomorrow', 'postponed', 'awaiting',
  'await', 'prepares', 'preparing', 'resume', 'resumes'
])

/** Words ending in -ed that are seldom past verbs (adjectives, names). */
export const notPastWords: ReadonlySet<string> = new Set([
  'united', 'red', 'bed', 'need', 'speed', 'seed', 'feed', 'weed', 'indeed', 'hundred', 'kindred', 'sacred',
  'naked', 'wicked', 'rugged', 'ragged', 'beloved', 'learned', 'aged', 'armed', 'supposed', 'alleged',
  'so-called', 'embed', 'shed', 'breed', 'greed', 'creed', 'deed', 'proceed', 'exceed', 'succeed', 'wed',
  'ted', 'ned', 'fred', 'ahmed', 'mohammed', 'muhammad', 'based', 'related', 'limited'
])

/**
 * Words after which a form in -ed is an adjective (“an unspecified date”,
 * “the proposed merger”, “its troubled unit”), not a verb in the past.
 */
export const modifierWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'still',
  'newly', 'very', 'most', 'more', 'less', 'so', 'already', 'recently', 'previously', 'once'
])

/** Words that point ahead when “to” follows (“going to”, “plans to”). */
export const beforeTo: ReadonlySet<string> = new Set([
  'going', 'set', 'due', 'about', 'plan', 'plans', 'planned', 'planning', 'intended', 'hoped', 'ready', 'likely'
])
