import {monthNames, weekdayNames} from '../lexicon/calendar.js'
import {anyOf} from '../lexicon/pattern.js'
import {byOffset, type Candidate} from './candidate.js'

/**
 * Put the tagger's names and the names found without it together. The tagger
 * wins, but for what our curated gazetteers know for sure: a listed
 * organisation (by name or acronym), a country, a nationality. Such a name
 * gives its type to a tagger name of the same span ("GUAM" is the
 * organisation, not the island), and replaces tagger names that lie inside it
 * ("OSCE" and "Minsk Group" → "OSCE Minsk Group"). Every other name found
 * without the tagger is added where it overlaps no tagger name.
 *
 * @param tagged The tagger's names.
 * @param found The names found without the tagger.
 * @param input The caller's input (to read the connector after a name the
 *   tagger ended early).
 * @returns The names, in text order, none overlapping another.
 */
export function mergeCandidates(tagged: readonly Candidate[], found: readonly Candidate[], input = ''): Candidate[] {
  const first = withoutOverlaps([...tagged].sort(byOffset))
  const dropped = new Set<Candidate>()
  const added: Candidate[] = []
  let pointer = 0

  for (const candidate of withoutOverlaps([...found].sort(byOffset))) {
    // `first` is sorted and free of overlaps: skip the names that end before this one.
    while (pointer < first.length && (first[pointer]?.end ?? 0) <= candidate.start) pointer++
    let last = pointer
    while (last < first.length && (first[last]?.start ?? 0) < candidate.end) last++
    const overlapping = first.slice(pointer, last)

    if (overlapping.length === 0) {
      added.push(candidate)
      continue
    }

    if (joinsSplitName(input, candidate, overlapping)) {
      for (const item of overlapping) dropped.add(item)
      added.push(candidate)
      continue
    }

    if (!certain(candidate)) continue
    const only = overlapping[0]

    if (overlapping.length === 1 && only && only.start === candidate.start && only.end === candidate.end) {
      // Same span: the gazetteer's type and what it knows.
      if (only.type !== candidate.type || !only.ref) {
        dropped.add(only)
        added.push({...candidate, source: 'tagger'})
      }

      continue
    }

    const inside = overlapping.every((item) => item.start >= candidate.start && item.end <= candidate.end)

    if (inside) {
      for (const item of overlapping) dropped.add(item)
      added.push(candidate)
    }
  }

  return [...first.filter((item) => !dropped.has(item)), ...added].sort(byOffset)
}

/**
 * Whether a name comes from a curated gazetteer entry that the tagger should
 * not overrule: a listed organisation, a country, a nationality or another
group (religious, political, ethnic), or the place and agency of the dateline.
 *
 * @param candidate The name.
 * @returns Whether it does.
 */
function certain(candidate: Candidate): boolean {
  if (candidate.source === 'dateline') return true
  if (candidate.source !== 'gazetteer') return false
  if (candidate.type === 'group') return true
  if (!candidate.ref) return false
  return candidate.ref.startsWith('org:') || candidate.ref.startsWith('country:')
}

/**
 * Whether an organisation found by its head noun joins organisations that the
 * tagger cut apart at a connector: "Texas Commission" and "Environmental
 * Quality" inside "Texas Commission on Environmental Quality".
 *
 * @param input The caller's input.
 * @param candidate The organisation found by pattern.
 * @param overlapping The tagger names it overlaps.
 * @returns Whether it replaces them.
 */
function joinsSplitName(input: string, candidate: Candidate, overlapping: readonly Candidate[]): boolean {
  if (candidate.source !== 'pattern' || candidate.type !== 'organization' || overlapping.length === 0) return false
  const first = overlapping[0]!

  if (overlapping.length === 1) {
    // One name the tagger ended at a connector: "Texas Commission" of "Texas Commission on …".
    const after = /^ (?:on|of|for) (\p{L}+)/u.exec(input.slice(first.end, first.end + 20))
    // "… Department on Wednesday" is a date, not the rest of the name.
    const connector = after !== null && !timeWords.test(after[1] ?? '')
    if (connector && first.type === 'organization' && first.start === candidate.start && first.end < candidate.end) return true
    // A place the tagger ended before the head noun of the body it names: "Azerbaijan" of "Azerbaijan Railways".
    return first.type === 'location' && first.start === candidate.start && /^ \p{Lu}\p{Ll}+$/u.test(input.slice(first.end, candidate.end))
  }

  return overlapping.every((item) => item.type === 'organization' && item.start >= candidate.start && item.end <= candidate.end)
}

/** Weekdays and months, which follow "on" and "for" in dates, not in names. */
const timeWords = new RegExp('^' + anyOf([...weekdayNames, ...monthNames]) + '$', 'i')

/**
 * Drop each name that overlaps an earlier one.
 *
 * @param sorted Names sorted by offset.
 * @returns The names kept.
 */
function withoutOverlaps(sorted: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = []
  let end = -1

  for (const candidate of sorted) {
    if (candidate.start < end) continue
    kept.push(candidate)
    end = candidate.end
  }

  return kept
}
