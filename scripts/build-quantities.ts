/**
 * Generate the unit and currency tables of the quantities stage,
 * `src/data/units.ts` and `src/data/currencies.ts`, from npm data packages
 * (devDependencies; only the generated tables ship):
 * `npx tsx scripts/build-quantities.ts`.
 *
 * - Units from js-quantities (MIT): its definitions give each unit's kind,
 *   long names and symbols; SI prefixes are combined here with the bases news
 *   uses (kilometre, megawatt, gigabyte, milliampere-hour, …).
 * - Currencies from currency-codes (MIT): ISO 4217 codes and their names.
 *
 * See docs/quantities.md for why these two and what is left out.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const outFolder = new URL('../src/data/', import.meta.url)

/** The part of js-quantities' API read here. */
interface Quantities {
  getUnits: (kind: string) => string[]
  getAliases: (unit: string) => string[]
}

const Qty = require('js-quantities') as Quantities

/** The kinds of unit news reports; the others are left out. */
const kinds = new Set([
  'length', 'mass', 'volume', 'area', 'speed', 'temperature', 'power', 'energy', 'frequency', 'information',
  'pressure', 'angle', 'angular_velocity', 'time', 'force', 'radiation', 'information_rate',
  'charge', 'potential', 'current'
])

/** Units of those kinds that news never means by their names or symbols. */
const leftOut = new Set([
  '<point>', '<pica>', '<mil>', '<datamile>', '<redshift>', '<rod>', '<league>', '<arcminute>', '<arcsecond>',
  '<gradian>', '<radian>', '<rotation>', '<light-minute>', '<light-second>', '<dot>', '<therm-US>', '<erg>',
  '<dyne>', '<fortnight>', '<maxwell>', '<oersted>', '<weber>', '<gauss>', '<henry>', '<farad>', '<coulomb>',
  '<siemens>', '<temp-C>', '<temp-F>', '<temp-K>', '<temp-R>', '<rankine>', '<cup>', '<slug>', '<dram>',
  '<grain>', '<AMU>', '<dalton>', '<beerbarrel>', '<beerbarrel-imp>', '<roentgen>', '<curie>', '<gray>',
  '<Calorie>', '<volt-ampere-reactive>', '<volt-ampere>', '<naut-mile>', '<parsec>', '<Bps>', '<bps>'
])

/**
 * Symbols that are English words, ordinal endings or other units' symbols in
 * news: never read as a unit.
 */
const ambiguousSymbols = new Set([
  'in', 'at', 'a', 'st', 'nd', 'rd', 'th', 'pc', 'ct', 'gr', 'dr', 'cu', 'tb', 'bl', 'bu', 'var', 'lm', 'ls',
  'ly', 'nt', 'bp', 'ang', 'deg', 'degC', 'degF', 'degK', 'degR', 'tempC', 'tempF', 'tempK', 'tn', 'doz', 'dz',
  'y', 'd', 'h', 's', 'R', 'G', 'T', 'P', 'H', 'F', 'C', 'S', 'N', 'J', 'A', 'B', 'V', 'M', 'U', 'b', 'u', 'z',
  'lux', 'cal', 'wk', 'kt', 'kn', 'kts', 'sec', 'min', 'mins', 'secs', 'yr', 'hr', 'hrs', 'px'
])

/** Symbols kept only when written against the number ("5m", "10g", "40min"). */
const attachedSymbols = new Set(['m', 'g', 'l', 'L', 't', 'W', 'min', 'sec', 'hr', 'hrs', 'yr', 's', 'h'])

/** SI prefixes: symbol and name. */
const prefixes: Record<string, [string, string]> = {
  k: ['k', 'kilo'],
  M: ['M', 'mega'],
  G: ['G', 'giga'],
  T: ['T', 'tera'],
  P: ['P', 'peta'],
  c: ['c', 'centi'],
  m: ['m', 'milli'],
  u: ['μ', 'micro'],
  n: ['n', 'nano']
}

/** Bases that take prefixes: symbol, singular name, plural name, the prefixes news uses with them. */
const prefixed: Array<[string, string, string, string]> = [
  ['m', 'metre', 'metres', 'k c m u n'],
  ['g', 'gram', 'grams', 'k m u'],
  ['l', 'litre', 'litres', 'm'],
  ['L', 'litre', 'litres', 'm'],
  ['W', 'watt', 'watts', 'k M G T'],
  ['Wh', 'watt hour', 'watt hours', 'k M G T'],
  ['Hz', 'hertz', 'hertz', 'k M G'],
  ['B', 'byte', 'bytes', 'k M G T P'],
  ['b', 'bit', 'bits', 'k M G'],
  ['Pa', 'pascal', 'pascals', 'k M G'],
  ['Ah', 'ampere-hour', 'ampere-hours', 'm'],
  ['V', 'volt', 'volts', 'k'],
  ['J', 'joule', 'joules', 'k M G'],
  ['t', 'tonne', 'tonnes', 'k M'],
  ['Sv', 'sievert', 'sieverts', 'm u']
]

/** Names and symbols js-quantities lacks, or names that read better British. */
const extra: Array<[string, string, string]> = [
  // [surface, unit name, flags]
  ['km/h', 'kilometre per hour', 'c'],
  ['kmh', 'kilometre per hour', 'c'],
  ['km/hr', 'kilometre per hour', 'c'],
  ['kilometres per hour', 'kilometre per hour', ''],
  ['kilometers per hour', 'kilometre per hour', ''],
  ['miles per hour', 'mile per hour', ''],
  ['mpg', 'mile per gallon', 'c'],
  ['miles per gallon', 'mile per gallon', ''],
  ['kWh', 'kilowatt hour', 'c'],
  ['sq ft', 'square foot', 'c'],
  ['square feet', 'square foot', ''],
  ['square foot', 'square foot', ''],
  ['square metres', 'square metre', ''],
  ['square meters', 'square metre', ''],
  ['square metre', 'square metre', ''],
  ['square meter', 'square metre', ''],
  ['square miles', 'square mile', ''],
  ['square mile', 'square mile', ''],
  ['square kilometres', 'square kilometre', ''],
  ['square kilometers', 'square kilometre', ''],
  ['square kilometre', 'square kilometre', ''],
  ['square kilometer', 'square kilometre', ''],
  ['sq km', 'square kilometre', 'c'],
  ['sq m', 'square metre', 'c'],
  ['sq mi', 'square mile', 'c'],
  ['km2', 'square kilometre', 'c'],
  ['km²', 'square kilometre', 'c'],
  ['m2', 'square metre', 'c'],
  ['m²', 'square metre', 'c'],
  ['hectares', 'hectare', ''],
  ['lb-ft', 'pound-foot', 'c'],
  ['Nm', 'newton metre', 'c'],
  ['newton metres', 'newton metre', ''],
  ['newton-metres', 'newton metre', ''],
  ['pound-feet', 'pound-foot', ''],
  ['bhp', 'brake horsepower', 'c'],
  ['brake horsepower', 'brake horsepower', ''],
  ['degrees Celsius', 'degree Celsius', ''],
  ['degree Celsius', 'degree Celsius', ''],
  ['degrees Fahrenheit', 'degree Fahrenheit', ''],
  ['degree Fahrenheit', 'degree Fahrenheit', ''],
  ['°C', 'degree Celsius', 'c'],
  ['°F', 'degree Fahrenheit', 'c'],
  ['ºC', 'degree Celsius', 'c'],
  ['ºF', 'degree Fahrenheit', 'c'],
  ['°', 'degree', 'c'],
  ['C', 'degree Celsius', 'ca'],
  ['F', 'degree Fahrenheit', 'ca'],
  ['tonnes', 'tonne', ''],
  ['metric tons', 'tonne', ''],
  ['metric ton', 'tonne', ''],
  ['tons', 'ton', ''],
  ['barrels', 'barrel', ''],
  ['barrel', 'barrel', ''],
  ['bpd', 'barrel per day', 'c'],
  ['barrels per day', 'barrel per day', ''],
  ['barrel per day', 'barrel per day', ''],
  ['short tons', 'ton', ''],
  ['mmBTU', 'mega british thermal unit', 'c'],
  ['mmbtu', 'mega british thermal unit', 'c'],
  ['MMBtu', 'mega british thermal unit', 'c'],
  ['ppb', 'part per billion', 'c'],
  ['ppm', 'part per million', 'c'],
  ['parts per million', 'part per million', ''],
  ['parts per billion', 'part per billion', ''],
  ['rpm', 'revolution per minute', 'c'],
  ['mAh', 'milliampere-hour', 'c'],
  ['kph', 'kilometre per hour', 'c'],
  ['knots', 'knot', ''],
  ['nautical miles', 'nautical mile', ''],
  ['nautical mile', 'nautical mile', ''],
  ['light-years', 'light-year', ''],
  ['light years', 'light-year', ''],
  ['megapixels', 'megapixel', ''],
  ['megapixel', 'megapixel', ''],
  ['MP', 'megapixel', 'c'],
  ['cc', 'cubic centimetre', 'ca'],
  ['cubic metres', 'cubic metre', ''],
  ['cubic meters', 'cubic metre', ''],
  ['cubic feet', 'cubic foot', ''],
  ['bcm', 'billion cubic metre', 'c'],
  ['teraflops', 'teraflop', ''],
  ['petaflops', 'petaflop', ''],
  ['acres', 'acre', '']
]

/**
 * The British singular long name of a unit, from its key and aliases.
 *
 * @param key The js-quantities key, `<meter>`.
 * @param aliases Its aliases.
 * @returns The name.
 */
function unitName(key: string, aliases: string[]): string {
  const own = key.slice(1, -1)
  const long = /^[a-z][a-z-]{3,}$/.test(own) ? own :
    aliases.find((alias) => /^[a-z][a-z-]{3,}$/.test(alias) && !alias.endsWith('s')) ?? own
  return british(long)
}

function british(name: string): string {
  return name.replace(/meter\b/, 'metre').replace(/liter\b/, 'litre').replace(/^kph$/, 'kilometre per hour')
    .replace(/^mph$/, 'mile per hour').replace(/^rpm$/, 'revolution per minute').replace(/^sqft$/, 'square foot')
    .replace(/^Wh$/, 'watt hour').replace(/^Ah$/, 'ampere-hour').replace(/^btu$/, 'british thermal unit')
    .replace(/^atm$/, 'atmosphere').replace(/^psi$/, 'pound per square inch').replace(/^fps$/, 'foot per second')
    .replace(/^ppi$/, 'pixel per inch').replace(/^bpm$/, 'beat per minute').replace(/^cpm$|^dpm$/, 'count per minute')
    .replace(/^dpi$/, 'dot per inch').replace(/^mmHg$/, 'millimetre of mercury').replace(/^inHg$/, 'inch of mercury')
    .replace(/^oilbarrel$/, 'barrel').replace(/-imp$/, '').replace(/^metric-ton$/, 'tonne').replace(/^short-ton$/, 'ton').replace(/^celsius$/, 'degree Celsius')
    .replace(/^fahrenheit$/, 'degree Fahrenheit').replace(/^kelvin$/, 'kelvin')
}

/** A surface form: letters only (a name, matched in any case) or a symbol (matched as written). */
function flagsOf(surface: string, isName: boolean): string {
  let flags = isName ? '' : 'c'
  if (attachedSymbols.has(surface)) flags += 'a'
  return flags
}

/** Collect the rows `surface<tab>name<tab>flags`, first row for a surface wins. */
function unitRows(): string[] {
  const rows = new Map<string, string>()
  const add = (surface: string, name: string, flags: string) => {
    const key = flags.includes('c') ? surface : surface.toLowerCase()
    if (!rows.has(key)) rows.set(key, key + '\t' + name + '\t' + flags)
  }

  for (const [surface, name, flags] of extra) add(surface, name, flags)

  for (const [base, singular, plural, list] of prefixed) {
    for (const code of list.split(' ')) {
      const [symbol, prefix] = prefixes[code]!
      const name = prefix + singular
      add(symbol + base, name, 'c')
      add(prefix + singular, name, '')
      add(prefix + plural, name, '')
      if (base === 'm') add(prefix + 'meter', name, ''), add(prefix + 'meters', name, '')
      if (base === 'l' || base === 'L') add(prefix + 'liter', name, ''), add(prefix + 'liters', name, '')
    }
  }

  for (const kind of kinds) {
    for (const unit of Qty.getUnits(kind)) addUnit(unit)
  }

  function addUnit(unit: string): void {
    const key = '<' + unit + '>'
    if (leftOut.has(key)) return
    const aliases = Qty.getAliases(unit)
    const name = unitName(key, aliases)

    for (const alias of aliases) {
      if (!/^[\p{L}°µμ][\p{L}\d-]*$/u.test(alias) || ambiguousSymbols.has(alias) && !attachedSymbols.has(alias)) continue
      // Imperial spellings ("pint-imp", "galimp") are no words of news; the plain name stands for them.
      if (/imp(?:s|erial)?$|imps?-|-imp/.test(alias)) continue
      const isName = /^[a-z][a-z-]{2,}$/.test(alias) && alias.toLowerCase() !== alias.toUpperCase() && alias.length > 3
      add(alias, name, flagsOf(alias, isName))
      if (isName && hasPlainPlural(alias)) add(alias + 's', name, '')
    }
  }

  return [...rows.values()].sort()
}

/** Whether a name's plural is the name and "s" ("mile", not "foot", "century", "celsius"). */
function hasPlainPlural(name: string): boolean {
  return !/(?:s|z|ch|sh|x|[^aeiou]y|foot|feet|um|heit|grade)$/.test(name)
}

/** ISO 4217 codes and names, funds and metals left out. */
function currencyRows(): Array<[string, string]> {
  const data = require('currency-codes/data.js') as Array<{code: string; currency: string; countries: string[]}>
  const rows: Array<[string, string]> = []

  for (const {code, currency} of data) {
    if (/^X/.test(code) || /Fund|Unidad|Mvdol|Unit|WIR|Bond|Gold|Silver|Platinum|Palladium|SDR/.test(currency)) continue
    rows.push([code, currency])
  }

  return rows.sort((a, b) => (a[0] < b[0] ? -1 : 1))
}

/** A package's version, read from its folder (js-quantities exports no `package.json`). */
const version = (name: string) =>
  (JSON.parse(readFileSync(new URL('../node_modules/' + name + '/package.json', import.meta.url), 'utf8')) as {version: string}).version

writeFileSync(
  new URL('units.ts', outFolder),
  '// Generated by scripts/build-quantities.ts from js-quantities@' + version('js-quantities') + '. Do not edit.\n' +
    '/** Lines of `surface<tab>unit name<tab>flags` (`c`: match case as written; `a`: only against the number). */\n' +
    'export const units = ' + JSON.stringify(unitRows().join('\n')) + '\n'
)

writeFileSync(
  new URL('currencies.ts', outFolder),
  '// Generated by scripts/build-quantities.ts from currency-codes@' + version('currency-codes') + '. Do not edit.\n' +
    '/** ISO 4217 code to the currency\'s name. */\n' +
    'export const currencyNames: Readonly<Record<string, string>> = {\n' +
    currencyRows().map(([code, name]) => '  ' + code + ': ' + JSON.stringify(name)).join(',\n') +
    '\n}\n'
)
