/**
 * The hand-kept word lists of the quantities stage, in one place: number
 * words, scales, fractions, vague amounts, the words that set `mod` and
 * `change`, currency symbols and the currency names ISO 4217 does not give.
 * Units and ISO currency names are generated into `src/data/` (see
 * scripts/build-quantities.ts).
 */

import type {QuantityMod} from '../types.js'

/** Number words below a hundred that stand alone. */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]
])

/** Scale words after a number: "3 million", "1.2 billion", "3bn", "$5m". */
export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['mn', 1e6], ['bln', 1e9], ['bn', 1e9], ['trn', 1e12], ['tn', 1e12], ['lakh', 1e5], ['crore', 1e7]
])

/** Scale letters written against a figure ("$5m", "3bn", "4.3M", "$40k"). */
export const scaleSuffixes: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['B', 1e9], ['bn', 1e9],
  ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]
])

/** Fraction words: "a third", "two-thirds", "half", "a quarter". */
export const fractionWords: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4], ['quarters', 1 / 4],
  ['fifth', 1 / 5], ['fifths', 1 / 5], ['sixth', 1 / 6], ['sixths', 1 / 6], ['eighth', 1 / 8], ['eighths', 1 / 8],
  ['tenth', 1 / 10], ['tenths', 1 / 10]
])

/** Vague amounts, as ranges: "dozens of people" 12–120, "millions of Americans" 1e6–1e7. */
export const vagueWords: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['dozens', [12, 120]], ['scores', [20, 200]], ['hundreds', [100, 1000]], ['thousands', [1e3, 1e4]],
  ['millions', [1e6, 1e7]], ['billions', [1e9, 1e10]], ['trillions', [1e12, 1e13]]
])

/** "a dozen" and its kin: a word worth a number after "a". */
export const countNouns: ReadonlyMap<string, number> = new Map([['dozen', 12], ['score', 20]])

/** Modifiers before a number, longest first; each a list of lower-case words. */
export const modifierPhrases: ReadonlyArray<readonly [string, QuantityMod]> = [
  ['just under', 'less-than'],
  ['just over', 'more-than'],
  ['just above', 'more-than'],
  ['just below', 'less-than'],
  ['more than', 'more-than'],
  ['over than', 'more-than'],
  ['greater than', 'more-than'],
  ['higher than', 'more-than'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['upward of', 'more-than'],
  ['well over', 'more-than'],
  ['well above', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['exceeding', 'more-than'],
  ['at least', 'at-least'],
  ['no less than', 'at-least'],
  ['no fewer than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['minimum of', 'at-least'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['lower than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['at most', 'at-most'],
  ['no more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['maximum of', 'at-most'],
  ['up to', 'up-to'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['close to', 'approx'],
  ['circa', 'approx'],
  ['approx', 'approx'],
  ['approx.', 'approx'],
  ['about a', 'approx'],
  ['~', 'approx'],
  ['>', 'more-than'],
  ['<', 'less-than'],
  ['≈', 'approx'],
  ['≥', 'at-least'],
  ['≤', 'at-most']
]

/** Verbs and adverbs before a number that report a change. */
export const changeBefore: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ...words('up', 'rose rise rises rising risen up gained gain gains gaining climbed climb climbs climbing jumped ' +
    'jump jumps jumping increased increase increases increasing advanced advance advances advancing surged surge ' +
    'surges surging soared soar soars soaring grew grow grows growing added adds adding rallied rally rallies ' +
    'rallying higher spiked spiking boosted raised raising firmed edged inched leapt leaped leaping swelled ' +
    'expanded expanding upward upwards'),
  ...words('down', 'fell fall falls falling fallen down dropped drop drops dropping declined decline declines ' +
    'declining lost lose loses losing lower slipped slip slips slipping slid slide slides sliding decreased ' +
    'decrease decreases decreasing tumbled tumble tumbling plunged plunge plunging plummeted plummeting sank sink ' +
    'sinking shed sheds shedding eased ease eases easing dipped dip dips dipping slumped slump slumping ' +
    'retreated retreat shrank shrink shrinking contracted contracting cut cuts cutting reduced reducing weakened ' +
    'off tumbles plunges downward downwards')
])

/** Nouns after a quantity that report a change: "a 3 percent drop". */
export const changeAfter: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ...words('up', 'rise increase gain jump surge hike climb growth boost advance rally uptick'),
  ...words('down', 'drop fall decline decrease loss cut slump plunge slide dip reduction contraction fallback')
])

/** Words between a change verb and its number: "rose by 3%", "fell nearly 2%" ("a" only before "further", "record"). */
export const changeLinks: ReadonlySet<string> = new Set(['by', 'another', 'further', 'nearly', 'almost', 'record'])

/** Words before a number that say it is a level, not a change: "rose to 5%", "at $58". */
export const levelWords: ReadonlySet<string> = new Set(['to', 'at', 'from', 'of', 'on', 'than', 'reach', 'reached'])

/** Signs written as words. */
export const signWords: ReadonlySet<string> = new Set(['minus', 'negative'])

/** Currency symbols and prefixes, as written before a figure, with their ISO 4217 code. */
export const currencySymbols: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'], ['U.S.$', 'USD'], ['$US', 'USD'], ['$A', 'AUD'], ['$C', 'CAD'], ['Y=', 'JPY'], ['$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'],
  ['CAN$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['MX$', 'MXN'],
  ['€', 'EUR'], ['£', 'GBP'], ['PS', 'GBP'], ['¥', 'JPY'], ['Y', 'JPY'], ['₹', 'INR'], ['Rs', 'INR'], ['Rs.', 'INR'],
  ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['RM', 'MYR'], ['₦', 'NGN'], ['R', 'ZAR'], ['₱', 'PHP'],
  ['Fr', 'CHF'], ['CHF', 'CHF'], ['zł', 'PLN'], ['₴', 'UAH'], ['₼', 'AZN'], ['AED', 'AED'], ['Dh', 'AED'],
  ['Dhs', 'AED'], ['฿', 'THB'], ['₫', 'VND'], ['Rp', 'IDR'], ['SR', 'SAR'], ['QR', 'QAR'], ['KD', 'KWD']
])

/** Currency names news uses that are not ISO 4217's own, with their code. */
export const currencyNamesByWord: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['buck', 'USD'], ['bucks', 'USD'], ['cent', 'USD'], ['cents', 'USD'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['euro cent', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['quid', 'GBP'], ['pence', 'GBP'], ['penny', 'GBP'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'], ['rouble', 'RUB'],
  ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['lira', 'TRY'], ['liras', 'TRY'], ['lire', 'TRY'],
  ['shekel', 'ILS'], ['shekels', 'ILS'], ['ringgit', 'MYR'], ['sen', 'MYR'], ['zloty', 'PLN'], ['zlotys', 'PLN'],
  ['zlotych', 'PLN'], ['won', 'KRW'], ['rand', 'ZAR'], ['naira', 'NGN'], ['peso', 'MXN'], ['pesos', 'MXN'],
  ['real', 'BRL'], ['reais', 'BRL'], ['franc', 'CHF'], ['francs', 'CHF'], ['swiss franc', 'CHF'],
  ['swiss francs', 'CHF'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['manat', 'AZN'], ['manats', 'AZN'],
  ['dirham', 'AED'], ['dirhams', 'AED'], ['riyal', 'SAR'], ['riyals', 'SAR'], ['baht', 'THB'], ['dong', 'VND'],
  ['rupiah', 'IDR'], ['rupiahs', 'IDR'], ['krona', 'SEK'], ['kronor', 'SEK'], ['krone', 'NOK'], ['kroner', 'NOK'],
  ['danish crown', 'DKK'], ['danish crowns', 'DKK'], ['danish krone', 'DKK'], ['forint', 'HUF'],
  ['forints', 'HUF'], ['koruna', 'CZK'], ['crowns', 'CZK'], ['leu', 'RON'], ['lei', 'RON'], ['tenge', 'KZT'],
  ['lari', 'GEL'], ['dram', 'AMD'], ['drams', 'AMD'], ['taka', 'BDT'], ['kwacha', 'ZMW'], ['shilling', 'KES'],
  ['shillings', 'KES'], ['cedi', 'GHS'], ['cedis', 'GHS'], ['bitcoin', 'XBT'], ['bitcoins', 'XBT']
])

/** Adjectives of place before "dollar(s)" and kin: "Australian dollars", "Hong Kong dollar". */
export const dollarCountries: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'],
  ['new zealand', 'NZD'], ['hong kong', 'HKD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['taiwanese', 'TWD'],
  ['mexican', 'MXN'], ['brazilian', 'BRL'], ['japanese', 'JPY'], ['chinese', 'CNY'], ['indian', 'INR'],
  ['russian', 'RUB'], ['turkish', 'TRY'], ['israeli', 'ILS'], ['malaysian', 'MYR'], ['south african', 'ZAR'],
  ['swiss', 'CHF'], ['egyptian', 'EGP'], ['pakistani', 'PKR'], ['philippine', 'PHP'], ['argentine', 'ARS'],
  ['chilean', 'CLP'], ['colombian', 'COP'], ['jamaican', 'JMD'], ['zimbabwe', 'ZWL'], ['fijian', 'FJD'],
  ['namibian', 'NAD'], ['nigerian', 'NGN'], ['kenyan', 'KES'], ['ugandan', 'UGX'], ['tanzanian', 'TZS'],
  ['sri lankan', 'LKR'], ['nepalese', 'NPR'], ['saudi', 'SAR'], ['qatari', 'QAR'], ['omani', 'OMR'],
  ['iranian', 'IRR'], ['iraqi', 'IQD'], ['syrian', 'SYP'], ['lebanese', 'LBP'], ['jordanian', 'JOD'],
  ['kuwaiti', 'KWD'], ['bahraini', 'BHD'], ['sterling', 'GBP'], ['british', 'GBP']
])

/** Percent words and signs after a number. */
export const percentWords: ReadonlySet<string> = new Set(['%', 'percent', 'per cent', 'pc', 'pct', 'percentage'])

/** Units news gives by a word that no unit package lists: market points and kin. */
export const extraUnitWords: ReadonlyMap<string, string> = new Map([
  ['point', 'point'], ['points', 'point'], ['pts', 'point'], ['basis point', 'basis point'],
  ['basis points', 'basis point'], ['bps', 'basis point'], ['bp', 'basis point'],
  ['percentage point', 'percentage point'], ['percentage points', 'percentage point'],
  ['times', 'time'], ['fold', 'time']
])

/**
 * One-letter unit symbols (and "kn") read after a figure and a space only when
 * a word near the figure says what is measured: "a 5 W charger", "a 12 C
 * melting point", "2.5 F" in a capacitor, "150 kn" for a ticket. Each symbol
 * with its readings, tried in order: unit, kind, the words that cue it.
 */
export const letterUnits: ReadonlyMap<string, ReadonlyArray<readonly [string, 'measure' | 'money', ReadonlySet<string>]>> = (() => {
  const electric = new Set(('charger chargers charging power powered output bulb bulbs led laser speaker speakers ' +
    'amplifier motor motors solar panel panels adapter wattage consumption battery batteries voltage current ' +
    'circuit fuse volts amps watts outlet socket usb usb-c plug lamp lamps inverter cable').split(' '))
  const heat = new Set(('temperature temperatures melting boiling freezing degrees heat warm cold hot weather ' +
    'celsius fahrenheit thermometer forecast highs lows melt melts frost').split(' '))
  const capacitor = new Set(['capacitor', 'capacitors', 'capacitance', 'supercapacitor', 'ultracapacitor'])
  const price = new Set(('cost costs costing price prices priced pay paid pays ticket tickets spent spend fee fees ' +
    'salary budget pricey cheap expensive worth sold bought rent fare').split(' '))
  return new Map([
    ['W', [['watt', 'measure', electric]]],
    ['V', [['volt', 'measure', electric]]],
    ['A', [['ampere', 'measure', electric]]],
    ['C', [['degree Celsius', 'measure', heat]]],
    ['F', [['farad', 'measure', capacitor], ['degree Fahrenheit', 'measure', heat]]],
    ['kn', [['HRK', 'money', price]]]
  ] as const)
})()

/**
 * Words after a number that say it is not a quantity the story counts: it is
 * an ordinal, a name's number or a place in a list.
 */
export const notCountedWords: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 'of', 'or', 'and', 'to', 'per', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'is',
  'was', 'were', 'are', 'be', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'that', 'which', 'who', 'the',
  'a', 'an', 'as', 'than', 'but', 'if', 'so', 'it', 'its', 'this', 'these', 'those', 'there', 'their', 'his',
  'her', 'he', 'she', 'they', 'we', 'i', 'you', 'not', 'also', 'more', 'less', 'into', 'after', 'before', 'over',
  'under', 'said', 'says', 'while', 'when', 'where', 'each', 'apiece', 'respectively', 'again', 'up', 'down',
  'out', 'off', 'ago', 'later', 'earlier', 'since', 'until', 'till', 'between', 'among', 'about', 'percent',
  'all', 'other', 'others', 'only', 'just', 'now', 'then', 'yet', 'still', 'even', 'both', 'either', 'any',
  'some', 'such', 'what', 'how', 'why', 'do', 'does', 'did', 'been', 'being', 'am', 'pm', 'a.m.', 'p.m.',
  'being', 'against', 'versus', 'vs', 'vs.', 'through', 'during', 'within', 'without', 'per', 'them', 'us', 'me',
  'him', 'it', 'overnight', 'today', 'yesterday', 'tomorrow', 'apiece', 'annually', 'yearly', 'daily', 'weekly',
  'monthly', 'worldwide', 'nationwide', 'abroad', 'altogether', 'so', 'too', 'very', 'here', 'there', 'home',
  'last', 'next', 'first', 'ever', 'already', 'once', 'twice', 'because', 'though', 'although', 'unless',
  // Verbs that follow a subject: "half of the money went", "a third of the population lives".
  'went', 'came', 'left', 'live', 'lives', 'lived', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed',
  'voted', 'died', 'say', 'saw', 'got', 'made', 'took', 'gave', 'get', 'gets', 'make', 'makes', 'take', 'takes',
  'need', 'needs', 'want', 'wants', 'may', 'might', 'must', 'should', 'shall', 'work', 'works', 'worked'
])

/** Nouns before a number that make it an identifier, not a quantity: "resolution 822", "flight 17". */
export const identifierNouns: ReadonlySet<string> = new Set([
  'resolution', 'resolutions', 'number', 'no', 'no.', 'nos', 'nos.', 'article', 'articles', 'chapter', 'section',
  'paragraph', 'clause', 'page', 'pages', 'flight', 'route', 'highway', 'interstate', 'road', 'room', 'gate',
  'platform', 'line', 'lines', 'version', 'model', 'season', 'episode', 'volume', 'vol', 'vol.', 'issue', 'item',
  'items', 'rule', 'act', 'bill', 'code', 'case', 'file', 'docket', 'serial', 'apartment', 'suite', 'unit',
  'phase', 'level', 'grade', 'class', 'category', 'stage', 'game', 'week', 'round', 'lap', 'hole', 'decision',
  'protocol', 'amendment', 'annex', 'appendix', 'table', 'figure', 'fig', 'fig.', 'exhibit', 'sura', 'verse',
  'psalm', 'channel', 'bus', 'train', 'tram', 'ward', 'district', 'precinct', 'block', 'lot', 'plot', 'tower',
  'terminal', 'box', 'ext', 'ext.', 'tel', 'tel.', 'phone', 'fax', 'mobile', 'number', 'id', 'pin', 'batch',
  'group', 'sector', 'zone', 'region', 'area', 'ranked', 'rank', 'no.1'
])

/** Words after a figure that make it a clock time: "1130 GMT". */
export const timeZoneWords: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'ct', 'cst', 'cdt', 'bst', 'cet', 'cest', 'eet', 'jst', 'ist',
  'hrs', 'hours', 'h', 'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'local'
])

/** Words before a number that name the scale it is measured on: "magnitude 6.4". */
export const scaleNames: ReadonlySet<string> = new Set(['magnitude', 'category', 'force', 'level'])

function words(change: 'up' | 'down', list: string): Array<[string, 'up' | 'down']> {
  return list.split(' ').map((word) => [word, change])
}
