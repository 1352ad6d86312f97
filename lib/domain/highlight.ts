// Splits a text into runs for the reader: plain runs and runs covered by one unit.
// Units may overlap (manual units over automatic ones); a later unit is clipped to start
// where the previous one ended, so every character is drawn exactly once.
export interface HighlightRun {
  start: number;
  end: number;
  unitId: string | null;
}

export function highlightRuns(textLength: number, units: { id: string; start: number; end: number }[]): HighlightRun[] {
  const sorted = [...units]
    .filter((u) => u.start < u.end && u.end > 0 && u.start < textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: HighlightRun[] = [];
  let cursor = 0;
  for (const u of sorted) {
    const start = Math.max(u.start, cursor, 0);
    const end = Math.min(u.end, textLength);
    if (end <= start) continue;
    if (start > cursor) runs.push({ start: cursor, end: start, unitId: null });
    runs.push({ start, end, unitId: u.id });
    cursor = end;
  }
  if (cursor < textLength) runs.push({ start: cursor, end: textLength, unitId: null });
  return runs;
}
