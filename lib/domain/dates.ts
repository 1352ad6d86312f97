// Calendar dates (publication, access) travel as "YYYY-MM-DD" and are stored as midnight UTC,
// so a date never shifts by a day with the server's or the reader's time zone.

/** "2024-07-12" (or a longer ISO string starting with one) -> midnight UTC; null for empty or invalid. */
export function parseDay(value: string | null | undefined): Date | null {
  const day = value?.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A stored date as "YYYY-MM-DD", or null. */
export function formatDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** An instant as an ISO 8601 string, or null. */
export function formatInstant(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}
