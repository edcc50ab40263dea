/**
 * Dates as reports print them, checked against the calendar.
 */

/**
 * `YYYY-MM-DD` when the numbers make a calendar date.
 *
 * @example
 * isoDate('2021', '1', '27') // '2021-01-27'
 * isoDate('2021', '2', '30') // undefined
 */
export const isoDate = (y: string, m: string, d: string): string | undefined => {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso
}
