/**
 * Dates as packs and pages write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A date known only to
 * the month or year spans every day in it, so "after" and "before" ask whether the whole span
 * is: an event of March 2026 is news to a page of 15 March only if it cannot be earlier.
 * ISO days compare as text.
 */

/** The first day a date can mean: "2026-03" -> "2026-03-01". */
export function earliestDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a date can mean: "2026-02" -> "2026-02-28". */
export function latestDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

/** Whether everything `date` can mean is after the day `day` (YYYY-MM-DD). */
export function isAfter(date: string, day: string): boolean {
  return earliestDay(date) > day;
}

/** Whether everything `date` can mean is before the day `day` (YYYY-MM-DD). */
export function isBefore(date: string, day: string): boolean {
  return latestDay(date) < day;
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as the interface writes it. English: "2015-07-14" -> "14 Jul 2015", "2015-07" ->
 * "Jul 2015", "2015" stays (written out, so every browser writes it alike). Another language
 * writes it with its own month names and digits, in the Gregorian calendar the packs date by:
 * a month of it spans two of the Persian calendar's, so a month-only date cannot be converted.
 */
export function formatDate(date: string, language = 'en'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (!Number.isInteger(year) || (month !== undefined && !MONTHS[month - 1])) return date;
  if (language === 'en') {
    if (day && month) return `${day} ${MONTHS[month - 1]} ${year}`;
    return month ? `${MONTHS[month - 1]} ${year}` : String(year);
  }
  const parts: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric' } : month ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { ...parts, timeZone: 'UTC' }).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  } catch {
    return formatDate(date);
  }
}
