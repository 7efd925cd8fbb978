import type {AuthorRole} from '../types.js'

/**
 * News agencies as datelines, bylines and trailers name them, and the name
 * wirecopy reports in `source`. Keys are lower case.
 */
export const agencyNames: ReadonlyMap<string, string> = new Map([
  ['reuters', 'Reuters'], ['reuter', 'Reuters'], ['thomson reuters', 'Reuters'],
  ['ap', 'AP'], ['associated press', 'AP'], ['the associated press', 'AP'],
  ['afp', 'AFP'], ['agence france-presse', 'AFP'], ['agence france presse', 'AFP'],
  ['xinhua', 'Xinhua'], ['xinhua news agency', 'Xinhua'],
  ['upi', 'UPI'], ['united press international', 'UPI'],
  ['bloomberg', 'Bloomberg'], ['bloomberg news', 'Bloomberg'],
  ['tass', 'TASS'], ['itar-tass', 'TASS'],
  ['aa', 'Anadolu Agency'], ['anadolu', 'Anadolu Agency'], ['anadolu agency', 'Anadolu Agency'],
  ['trend', 'Trend'], ['azertac', 'AZERTAC'], ['apa', 'APA'], ['azernews', 'Azernews'],
  ['dpa', 'dpa'], ['efe', 'EFE'], ['ansa', 'ANSA'], ['kyodo', 'Kyodo'], ['yonhap', 'Yonhap'],
  ['pti', 'PTI'], ['ians', 'IANS'], ['ani', 'ANI'], ['bernama', 'Bernama'], ['antara', 'Antara'],
  ['interfax', 'Interfax'], ['ria novosti', 'RIA Novosti'], ['ukrinform', 'Ukrinform'],
  ['cnn', 'CNN'], ['bbc', 'BBC'], ['sputnik', 'Sputnik'], ['wam', 'WAM'], ['irna', 'IRNA'],
  ['cna', 'CNA'], ['apa-dpa', 'APA'], ['mena', 'MENA'], ['sana', 'SANA'], ['qna', 'QNA'], ['spa', 'SPA']
])

/**
 * Words that mark a name as an organisation rather than a person: a byline
 * with one of them credits an outlet, never an author.
 */
export const outletWords: ReadonlySet<string> = new Set([
  'staff', 'press', 'news', 'agency', 'agencies', 'desk', 'bureau', 'newsroom', 'service', 'services',
  'team', 'editorial', 'editors', 'reporters', 'correspondents', 'writers', 'media', 'network', 'times',
  'post', 'journal', 'herald', 'tribune', 'gazette', 'daily', 'weekly', 'magazine', 'radio', 'tv',
  'television', 'online', 'report', 'wire', 'wires', 'channel', 'com', 'inc', 'ltd', 'group', 'board'
])

/** Role words after a byline name (`, Associated Press Writer`) and the role they give. */
export const roleWords: ReadonlyMap<string, AuthorRole> = new Map<string, AuthorRole>([
  ['writer', 'writer'], ['writers', 'writer'], ['correspondent', 'correspondent'],
  ['correspondents', 'correspondent'], ['reporter', 'reporter'], ['reporters', 'reporter'],
  ['editor', 'editor'], ['columnist', 'columnist'], ['contributor', 'contributor'],
  ['photographer', 'photographer'], ['analyst', 'analyst']
])

/** Trailer credit phrases (`Reporting by`, `Editing by`) and the role they give. */
export const creditRoles: ReadonlyMap<string, AuthorRole> = new Map<string, AuthorRole>([
  ['reporting', 'reporting'], ['additional reporting', 'reporting'], ['writing', 'writing'],
  ['editing', 'editing'], ['compiled', 'compiling'], ['compiling', 'compiling'],
  ['graphics', 'graphics'], ['research', 'research'], ['translated', 'translating'],
  ['translation', 'translating'], ['fact-checking', 'fact-checking']
])

/**
 * Find the canonical name of an agency.
 *
 * @param name As written: `AP`, `The Associated Press`, `Reuters`, `AA`.
 * @returns The name for `source`, or `undefined` when it is not an agency.
 */
export function agencyName(name: string): string | undefined {
  return agencyNames.get(name.trim().replace(/\s+/g, ' ').toLowerCase())
}
