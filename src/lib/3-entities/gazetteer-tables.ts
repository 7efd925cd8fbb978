import {cities} from '../../data/gazetteer-cities.js'
import {companies} from '../../data/gazetteer-companies.js'
import {countries} from '../../data/gazetteer-countries.js'
import {demonyms} from '../../data/gazetteer-demonyms.js'
import {givenNames} from '../../data/gazetteer-given-names.js'
import {organizations} from '../../data/gazetteer-organizations.js'
import {regions} from '../../data/gazetteer-regions.js'
import {readFrontCoded} from '../util/front-coding.js'

/**
 * The gazetteer tables of `src/data/`, decoded on first use into a trie over
 * folded tokens (see `foldToken`) and a few lookups. Nothing here runs at
 * import time. Each table but the organisations' is lines of
 * `key<tab>forms`, the forms already cut and folded by `formTokens` (tokens
 * apart by a space), sorted and front-coded (`util/front-coding.ts`).
 */

/** What a gazetteer phrase is. */
export type GazetteerKind =
  | 'country'
  | 'demonym'
  | 'group'
  | 'city'
  | 'region'
  | 'given-name'
  | 'organization'
  | 'org-acronym'
  | 'company'

/** One phrase of the gazetteers, at the node of its last token. */
export interface GazetteerEntry {
  kind: GazetteerKind
  /** Country code (places, demonyms, groups) or organisation key. */
  id?: string
}

/** A node of the trie: children by folded token, and the phrases that end here. */
export interface TrieNode {
  next?: Map<string, TrieNode>
  entries?: GazetteerEntry[]
}

/** An organisation of the gazetteer. */
export interface OrganizationInfo {
  /** Its usual full name. */
  name: string
  /** Country code, for national bodies. */
  country?: string
}

/** The decoded tables. */
export interface Gazetteer {
  /** Phrases by folded tokens. */
  root: TrieNode
  /** Acronyms as written (`NATO`, `Nato`, `dpa`) → organisation key. */
  acronyms: Map<string, string>
  /** Acronyms in capitals (`DPA`) → organisation key, for tokens without lower case. */
  upperAcronyms: Map<string, string>
  /** Acronyms listed with a lower-case first letter (`dpa`). */
  lowerAcronyms: Set<string>
  /** Organisation key → what we know of it. */
  organizations: Map<string, OrganizationInfo>
  /** Folded given name → `m`, `f` or `b` (both). */
  genders: Map<string, string>
}

let cache: Gazetteer | undefined

/**
 * The decoded gazetteer, built on the first call.
 *
 * @returns The gazetteer.
 */
export function gazetteer(): Gazetteer {
  if (!cache) cache = buildGazetteer()
  return cache
}

/**
 * Fold a token for matching: lower case, `’` as `'`, and, for text beyond
 * ASCII, without diacritics (`Bakı` and `Baki`, `Côte` and `Cote` meet).
 *
 * @param token The token as written.
 * @returns The folded token.
 */
export function foldToken(token: string): string {
  let value = token
  let ascii = true

  for (let index = 0; index < value.length && ascii; index++) {
    if (value.charCodeAt(index) > 127) ascii = false
  }

  if (!ascii) {
    value = value
      .replace(/’/g, "'")
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
  }

  return value.toLowerCase()
}

/**
 * Cut a gazetteer form into tokens the way the tagger cuts text: at spaces,
 * commas and brackets, with a possessive ending (`'s`) apart.
 *
 * @param form The form.
 * @returns Its folded tokens.
 */
export function formTokens(form: string): string[] {
  const tokens: string[] = []

  for (const part of form.split(/\s+|(?=[,()])|(?<=[,()])/)) {
    if (!part) continue
    const folded = foldToken(part)

    if (folded.length > 2 && folded.endsWith("'s")) {
      tokens.push(folded.slice(0, -2), "'s")
    } else {
      tokens.push(folded)
    }
  }

  return tokens
}

/**
 * Decode every table.
 *
 * @returns The gazetteer.
 */
function buildGazetteer(): Gazetteer {
  const root: TrieNode = {}
  const acronyms = new Map<string, string>()
  const upperAcronyms = new Map<string, string>()
  const lowerAcronyms = new Set<string>()
  const organizationInfo = new Map<string, OrganizationInfo>()
  const genders = new Map<string, string>()

  addTable(root, countries, function () {
    return 'country'
  })
  addTable(root, demonyms, function (key) {
    return key.startsWith('~') ? 'group' : 'demonym'
  })
  addTable(root, cities, function () {
    return 'city'
  })
  addTable(root, regions, function () {
    return 'region'
  })
  addTable(root, companies, function () {
    return 'company'
  })

  for (const {key: gender, forms} of readTable(givenNames)) {
    for (const name of forms) {
      const known = genders.get(name)
      genders.set(name, known && known !== gender ? 'b' : gender)
      insert(root, [name], {kind: 'given-name'})
    }
  }

  for (const line of organizations.split('\n')) {
    const [key = '', country = '', names = '', short = ''] = line.split('\t')
    const forms = names.split('|')
    organizationInfo.set(key, country ? {name: forms[0] ?? key, country} : {name: forms[0] ?? key})

    for (const form of forms) insert(root, formTokens(form), {kind: 'organization', id: key})

    for (const acronym of short ? short.split('|') : []) {
      acronyms.set(acronym, key)
      upperAcronyms.set(acronym.toUpperCase(), key)
      if (/^\p{Ll}/u.test(acronym)) lowerAcronyms.add(acronym)
    }
  }

  return {root, acronyms, upperAcronyms, lowerAcronyms, organizations: organizationInfo, genders}
}

/**
 * Read a table of lines `key<tab>forms`, the forms front-coded.
 *
 * @param table The table, as `src/data/` holds it.
 * @returns Its lines: the key and the forms, each its folded tokens apart by a space.
 */
export function readTable(table: string): Array<{key: string; forms: string[]}> {
  return table.split('\n').map(function (line) {
    const tab = line.indexOf('\t')
    return {key: line.slice(0, tab), forms: readFrontCoded(line.slice(tab + 1))}
  })
}

/**
 * Add the forms of one table to the trie.
 *
 * @param root The trie.
 * @param table Lines of `key<tab>forms` (`readTable`).
 * @param kindOf The kind of the forms under a key.
 */
function addTable(root: TrieNode, table: string, kindOf: (key: string) => GazetteerKind): void {
  for (const {key, forms} of readTable(table)) {
    const kind = kindOf(key)
    const id = key.replace(/^~/, '')

    for (const form of forms) {
      insert(root, form.split(' '), id ? {kind, id} : {kind})
    }
  }
}

/**
 * Insert one phrase into the trie, once per kind and id.
 *
 * @param root The trie.
 * @param tokens Its folded tokens.
 * @param entry What it is.
 */
function insert(root: TrieNode, tokens: readonly string[], entry: GazetteerEntry): void {
  if (tokens.length === 0) return
  let node = root

  for (const token of tokens) {
    if (!node.next) node.next = new Map()
    let child = node.next.get(token)

    if (!child) {
      child = {}
      node.next.set(token, child)
    }

    node = child
  }

  if (!node.entries) node.entries = []
  const exists = node.entries.some((item) => item.kind === entry.kind && item.id === entry.id)
  if (!exists) node.entries.push(entry)
}
