/**
 * Units as the NewsQuant scorer compares them: lower case, singular, British
 * spelling, a table of synonyms, compound units part by part
 * (`../shared/corpora/newsquant/README.md`).
 */

import {currencyNames} from '../../src/data/currencies.js'

/** Spellings that mean one unit; the first of each row is the name the others are read as. */
const synonymRows: readonly string[][] = [
  ['percent', 'percentage', '%', 'per cent', 'pc', 'pct', 'percentage point'],
  ['dollar', 'usd', '$', 'us$', 'us dollar', 'buck', 'united states dollar'],
  ['new israeli sheqel', 'shekel', 'sheqel', 'ils'],
  ['euro', 'eur', '€'],
  ['pound sterling', 'gbp', '£', 'pound', 'ps', 'sterling'],
  ['japanese yen', 'jpy', 'yen', '¥', 'y'],
  ['croatian kuna', 'hrk', 'kuna', 'kn'],
  ['kilometre', 'km'],
  ['metre', 'm'],
  ['centimetre', 'cm'],
  ['millimetre', 'mm'],
  ['micrometre', 'μm', 'µm', 'micron'],
  ['mile', 'mi'],
  ['foot', 'ft'],
  ['inch', 'in'],
  ['yard', 'yd'],
  ['mile per hour', 'mph'],
  ['kilometre per hour', 'km/h', 'kph', 'kmh', 'km/hr'],
  ['mile per gallon', 'mpg'],
  ['metric ton', 'tonne', 'ton', 't', 'metric tonne'],
  ['year of age', 'year', 'year-old', 'age'],
  ['kilogram', 'kg', 'kilo'],
  ['gram', 'g'],
  ['pound-mass', 'lb', 'lbs'],
  ['litre', 'l'],
  ['second', 's', 'sec'],
  ['minute', 'min'],
  ['hour', 'h', 'hr'],
  ['degree celsius', 'celsius', '°c', 'degree centigrade'],
  ['degree fahrenheit', 'fahrenheit', '°f'],
  ['degree', '°'],
  ['horsepower', 'hp', 'brake horsepower', 'bhp', 'ps'],
  ['kilowatt', 'kw'],
  ['megawatt', 'mw'],
  ['gigawatt', 'gw'],
  ['watt', 'w'],
  ['kilowatt hour', 'kwh', 'kilowatt-hour'],
  ['gigawatt hour', 'gwh', 'gigawatt-hour'],
  ['megawatt hour', 'mwh', 'megawatt-hour'],
  ['gigabyte', 'gb'],
  ['terabyte', 'tb'],
  ['megabyte', 'mb'],
  ['hertz', 'hz'],
  ['gigapascal', 'gpa'],
  ['milliampere-hour', 'mah', 'milliampere hour'],
  ['revolutions per minute', 'rpm', 'revolution per minute'],
  ['pound-foot', 'lb-ft', 'pound-feet', 'pound foot', 'foot pound-force', 'pound-force foot', 'foot-pound'],
  ['parts-per-billion', 'ppb', 'part per billion'],
  ['parts-per-million', 'ppm', 'part per million'],
  ['basis point', 'bp', 'bps', 'basis'],
  ['point', 'pt', 'p', 'pts'],
  ['cent', 'c', '¢'],
  ['square foot', 'sq ft', 'square feet'],
  ['square metre', 'm2', 'm²', 'sq m'],
  ['square mile', 'sq mi'],
  ['square kilometre', 'km2', 'km²', 'sq km'],
  ['mega british thermal unit', 'mmbtu', 'million british thermal unit'],
  ['barrel', 'bbl'],
  ['person', 'people'],
  ['count', 'time']
]

/** Plurals that do not end in a plain `s`. */
const irregular: Readonly<Record<string, string>> = {
  feet: 'foot',
  people: 'people',
  men: 'man',
  women: 'woman',
  children: 'child',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  celsius: 'celsius',
  series: 'series',
  species: 'species',
  news: 'news',
  hertz: 'hertz',
  lbs: 'lbs',
  bps: 'bps',
  pts: 'pts',
  ms: 'ms',
  gas: 'gas',
  plus: 'plus',
  bus: 'bus',
  us: 'us'
}

/** Each spelling's name. */
const synonyms = new Map<string, string>()

for (const row of synonymRows) {
  for (const word of row) synonyms.set(spell(word), row[0]!)
}

/**
 * A word in British spelling, singular.
 *
 * @param word A lower-case word.
 * @returns The word.
 */
export function singularWord(word: string): string {
  const known = irregular[word]
  if (known) return known
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) {
    return word
  }
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y'
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2)
  return word.slice(0, -1)
}

/**
 * Lower-case a unit, write it in British spelling, each word singular.
 *
 * @param unit The unit.
 * @returns Its plain form.
 */
function spell(unit: string): string {
  return unit
    .toLowerCase()
    .trim()
    .replaceAll(/\s+/g, ' ')
    .replaceAll(/meter\b/g, 'metre')
    .replaceAll(/liter\b/g, 'litre')
    .replaceAll(/meters\b/g, 'metres')
    .replaceAll(/liters\b/g, 'litres')
    .replaceAll(/degrees?\s/g, 'degree ')
    .split(' ')
    .map(singularWord)
    .join(' ')
}

/**
 * The name a unit is read as: its plain form, through the synonym table,
 * ISO 4217 codes read as their currency's name.
 *
 * @param unit A unit, one part of a compound.
 * @returns Its name.
 */
function nameOf(unit: string): string {
  const plain = spell(unit)
  const code = unit.trim().toUpperCase()
  if (/^[A-Z]{3}$/.test(unit.trim()) && currencyNames[code]) {
    const name = spell(currencyNames[code])
    return synonyms.get(name) ?? synonyms.get(plain) ?? name
  }
  return synonyms.get(plain) ?? plain
}

/**
 * The parts of a compound unit (`'dollar per barrel'`, `'km/h'`), each read as a name.
 *
 * @param unit The unit.
 * @returns Its parts' names.
 */
export function unitParts(unit: string): string[] {
  const whole = nameOf(unit)
  if (synonyms.has(spell(unit))) return [whole]
  const parts = unit.split(/\s+per\s+|\/|\s+an?\s+(?=\w+$)/i)
  return parts.length > 1 ? parts.map(nameOf) : [whole]
}

/**
 * Whether two units agree, part by part.
 *
 * @param gold The gold unit (`normalized_unit`).
 * @param system The system's unit.
 * @returns Whether they agree.
 */
export function sameUnit(gold: string, system: string): boolean {
  const goldParts = unitParts(gold)
  const systemParts = unitParts(system)
  if (goldParts.length !== systemParts.length) return false
  return goldParts.every((part, index) => {
    const other = systemParts[index]!
    return part === other || synonymOfEither(part, other)
  })
}

/** Names that the table reads as the same under either spelling (`'pound'` vs `'pound sterling'`). */
function synonymOfEither(left: string, right: string): boolean {
  return (synonyms.get(left) ?? left) === (synonyms.get(right) ?? right)
}

/**
 * Whether a system count's unit is the gold noun phrase's head or one of its
 * words, singular.
 *
 * @param gold The gold unit (a noun phrase).
 * @param system The system's unit (a noun).
 * @returns Whether it is.
 */
export function countedNounAgrees(gold: string, system: string): boolean {
  const noun = nameOf(system)
  const words = gold.replaceAll('%', ' ').split(/[\s-]+/).filter(Boolean).map(nameOf)
  return words.includes(noun) || nameOf(gold) === noun
}
