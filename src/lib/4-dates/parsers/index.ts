/**
 * The parsers in order of precedence.
 */

import {agoParser} from './ago.js'
import {anaphoraParser} from './anaphora.js'
import {dayMonthParser} from './day-month.js'
import {decadeParser} from './decade.js'
import {deicticParser} from './deictic.js'
import {durationParser} from './duration.js'
import {holidayParser} from './holiday.js'
import {monthDayParser} from './month-day.js'
import {monthNameParser} from './month-name.js'
import {monthYearParser} from './month-year.js'
import {numericDateParser} from './numeric-date.js'
import {quarterParser} from './quarter.js'
import {relativeDayParser} from './relative-day.js'
import {seasonParser} from './season.js'
import {setParser} from './set.js'
import {thePeriodParser} from './the-period.js'
import {timeOfDayParser} from './time-of-day.js'
import {vagueParser} from './vague.js'
import {weekdayParser} from './weekday.js'
import {yearAgoParser} from './year-ago.js'
import {yearParser} from './year.js'
import type {Parser} from '../types.js'

/**
 * The parsers, in order of precedence: where two find the same stretch, the
 * earlier one wins (a longer find always wins).
 */
export const parsers: readonly Parser[] = [
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthYearParser,
  holidayParser,
  setParser,
  agoParser,
  quarterParser,
  yearAgoParser,
  deicticParser,
  anaphoraParser,
  thePeriodParser,
  relativeDayParser,
  weekdayParser,
  monthNameParser,
  seasonParser,
  timeOfDayParser,
  decadeParser,
  yearParser,
  vagueParser,
  durationParser
]
