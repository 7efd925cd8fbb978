/**
 * Scoring quantities as `../shared/corpora/newsquant/README.md` says: per
 * sentence, system and gold quantities paired one to one by value (units and
 * changes that also agree preferred); value, value+unit and value+change
 * P/R/F1 over all predictions and gold items; concept overlap reported.
 */

import type {Quantity} from '../../src/index.js'
import {prf, ratio, type Prf} from './metrics.js'
import {countedNounAgrees, sameUnit} from './quantity-units.js'

/** A gold quantity of NewsQuant. */
export interface GoldQuantity {
  value: number
  to: number | null
  /** `=`, `~`, `>`, `<`, `up` or `down`. */
  change: string
  unit: string
  normalized_unit: string
  /** What is measured, `-` for none. */
  concept: string
  raw_value?: string
}

/** What the scorer reads of a system quantity. */
export interface SystemQuantity {
  value: Quantity['value']
  to?: Quantity['to']
  kind: Quantity['kind']
  unit?: Quantity['unit']
  mod?: Quantity['mod']
  change?: Quantity['change']
  about?: {text: string}
}

/** A gold and a system quantity paired. */
export interface QuantityPair {
  gold: number
  system: number
}

/** Counts over sentences. */
export interface QuantityCounts {
  gold: number
  predicted: number
  /** Pairs (values agree). */
  value: number
  /** Pairs whose units also agree. */
  unit: number
  /** Pairs whose change or modifier also agrees. */
  change: number
  /** Pairs whose gold has a concept. */
  withConcept: number
  /** Of those, pairs where a concept word is in the system's `about.text`. */
  concept: number
}

/** The scores. */
export interface QuantitySummary {
  value: Prf
  valueUnit: Prf
  valueChange: Prf
  /** Share of paired quantities with a gold concept whose concept the system's `about` overlaps. */
  conceptOverlap: number
}

/** The scoring of one sentence. */
export interface QuantityScore {
  counts: QuantityCounts
  pairs: QuantityPair[]
  unmatchedGold: number[]
  unmatchedSystem: number[]
}

/**
 * Counts with nothing in them.
 *
 * @returns Zero counts.
 */
export function emptyQuantityCounts(): QuantityCounts {
  return {gold: 0, predicted: 0, value: 0, unit: 0, change: 0, withConcept: 0, concept: 0}
}

/**
 * Add one sentence's counts to a total.
 *
 * @param total The total, changed.
 * @param counts The counts to add.
 */
export function addQuantityCounts(total: QuantityCounts, counts: QuantityCounts): void {
  for (const key of Object.keys(total) as Array<keyof QuantityCounts>) total[key] += counts[key]
}

/**
 * The scores from counts.
 *
 * @param counts The counts.
 * @returns The scores, as fractions.
 */
export function summarizeQuantities(counts: QuantityCounts): QuantitySummary {
  return {
    value: prf(counts.value, counts.predicted, counts.gold),
    valueUnit: prf(counts.unit, counts.predicted, counts.gold),
    valueChange: prf(counts.change, counts.predicted, counts.gold),
    conceptOverlap: ratio(counts.concept, counts.withConcept)
  }
}

/**
 * Whether two numbers are the same value: relative difference under 1e-6,
 * or under 1e-3 when either has more than 3 decimals.
 *
 * @param left One number.
 * @param right The other.
 * @returns Whether they agree.
 */
export function sameNumber(left: number, right: number): boolean {
  if (left === right) return true
  const scale = Math.max(Math.abs(left), Math.abs(right))
  const tolerance = decimals(left) > 3 || decimals(right) > 3 ? 1e-3 : 1e-6
  return Math.abs(left - right) / scale < tolerance
}

/**
 * How many decimals a number has as JavaScript writes it.
 *
 * @param value The number.
 * @returns The count of digits after the point (exponents counted in).
 */
function decimals(value: number): number {
  const [mantissa = '', exponent] = String(Math.abs(value)).split('e')
  const point = mantissa.indexOf('.')
  const after = point === -1 ? 0 : mantissa.length - point - 1
  return Math.max(0, after - Number(exponent ?? 0))
}

/**
 * Whether a system quantity's value matches a gold one: a range only a range
 * (ends in either order); a negative gold value also by its absolute value
 * when the system says the change is down.
 *
 * @param gold The gold quantity.
 * @param system The system quantity.
 * @returns Whether the values match.
 */
export function valueMatches(gold: GoldQuantity, system: SystemQuantity): boolean {
  if (gold.to !== null && gold.to !== undefined) {
    if (system.to === undefined) return false
    return (
      (sameNumber(gold.value, system.value) && sameNumber(gold.to, system.to)) ||
      (sameNumber(gold.value, system.to) && sameNumber(gold.to, system.value))
    )
  }
  if (system.to !== undefined) return false
  if (sameNumber(gold.value, system.value)) return true
  return gold.value < 0 && system.change === 'down' && sameNumber(-gold.value, system.value)
}

/**
 * Whether the units agree. Gold `-` and `count` match a quantity without a
 * unit; a count's unit must be the gold noun phrase's head or one of its words.
 *
 * @param gold The gold quantity.
 * @param system The system quantity.
 * @returns Whether they agree.
 */
export function unitAgrees(gold: GoldQuantity, system: SystemQuantity): boolean {
  const goldUnit = gold.normalized_unit.trim()
  if (goldUnit === '-' || goldUnit === 'count' || goldUnit === '') return system.unit === undefined
  if (system.unit === undefined) return false
  // A measure in pounds is the pound of mass, whatever the synonym table reads "pound" as.
  const unit = system.kind === 'measure' ? system.unit.replace(/^pounds?(?= per |$)/, 'pound-mass') : system.unit
  if (sameUnit(goldUnit, unit)) return true
  return system.kind === 'count' && countedNounAgrees(goldUnit, system.unit)
}

/**
 * Whether the change agrees: `=` no mod and no change; `~` approx; `>`
 * more-than or at-least; `<` less-than, at-most or up-to; `up`/`down` that change.
 *
 * @param gold The gold quantity.
 * @param system The system quantity.
 * @returns Whether it agrees.
 */
export function changeAgrees(gold: GoldQuantity, system: SystemQuantity): boolean {
  switch (gold.change) {
    case '=': {
      return system.mod === undefined && system.change === undefined
    }
    case '~': {
      return system.mod === 'approx'
    }
    case '>': {
      return system.mod === 'more-than' || system.mod === 'at-least'
    }
    case '<': {
      return system.mod === 'less-than' || system.mod === 'at-most' || system.mod === 'up-to'
    }
    case 'up':
    case 'down': {
      return system.change === gold.change
    }
    default: {
      return false
    }
  }
}

/**
 * Whether a gold concept word appears in the system's `about.text`.
 *
 * @param gold The gold quantity.
 * @param system The system quantity.
 * @returns Whether one does.
 */
export function conceptOverlaps(gold: GoldQuantity, system: SystemQuantity): boolean {
  if (!system.about) return false
  const words = new Set(wordsOf(system.about.text))
  return wordsOf(gold.concept).some((word) => words.has(word))
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/**
 * Score one sentence: pair one to one by value (the most pairs), preferring
 * pairs whose unit and change also agree, then count.
 *
 * @param gold The gold quantities.
 * @param system The system's quantities.
 * @returns The counts and pairs.
 */
export function scoreQuantities(gold: readonly GoldQuantity[], system: readonly SystemQuantity[]): QuantityScore {
  const pairs = pairQuantities(gold, system)
  const counts = emptyQuantityCounts()
  counts.gold = gold.length
  counts.predicted = system.length
  counts.value = pairs.length

  for (const pair of pairs) {
    const goldItem = gold[pair.gold]!
    const systemItem = system[pair.system]!
    if (unitAgrees(goldItem, systemItem)) counts.unit++
    if (changeAgrees(goldItem, systemItem)) counts.change++
    if (goldItem.concept && goldItem.concept !== '-') {
      counts.withConcept++
      if (conceptOverlaps(goldItem, systemItem)) counts.concept++
    }
  }

  const pairedGold = new Set(pairs.map((pair) => pair.gold))
  const pairedSystem = new Set(pairs.map((pair) => pair.system))
  return {
    counts,
    pairs,
    unmatchedGold: gold.map((_, index) => index).filter((index) => !pairedGold.has(index)),
    unmatchedSystem: system.map((_, index) => index).filter((index) => !pairedSystem.has(index))
  }
}

/**
 * Pair by value, one to one, as many pairs as can be (augmenting paths);
 * each gold item tries first the system items whose unit and change also
 * agree, then those with one of the two, then the rest.
 */
function pairQuantities(gold: readonly GoldQuantity[], system: readonly SystemQuantity[]): QuantityPair[] {
  const candidates = gold.map((goldItem) => {
    const list: Array<{index: number; rank: number}> = []
    for (const [index, systemItem] of system.entries()) {
      if (!valueMatches(goldItem, systemItem)) continue
      const rank = Number(unitAgrees(goldItem, systemItem)) + Number(changeAgrees(goldItem, systemItem))
      list.push({index, rank})
    }
    return list.sort((a, b) => b.rank - a.rank || a.index - b.index).map((item) => item.index)
  })
  const owner = new Array<number>(system.length).fill(-1)

  for (let goldIndex = 0; goldIndex < gold.length; goldIndex++) augment(goldIndex, new Set())

  function augment(goldIndex: number, seen: Set<number>): boolean {
    for (const systemIndex of candidates[goldIndex]!) {
      if (seen.has(systemIndex)) continue
      seen.add(systemIndex)
      if (owner[systemIndex] === -1 || augment(owner[systemIndex]!, seen)) {
        owner[systemIndex] = goldIndex
        return true
      }
    }
    return false
  }

  const pairs: QuantityPair[] = []
  for (const [systemIndex, goldIndex] of owner.entries()) {
    if (goldIndex !== -1) pairs.push({gold: goldIndex, system: systemIndex})
  }
  return pairs.sort((a, b) => a.gold - b.gold)
}
