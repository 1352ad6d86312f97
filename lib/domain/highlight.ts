// Splits a text into runs for the reader: plain runs and runs covered by a unit. Units may
// overlap (a manual clause inside an automatic sentence): each character is drawn once, for
// the shortest unit that covers it, so a unit made inside another stays visible and clickable.
export interface HighlightRun {
  start: number;
  end: number;
  unitId: string | null;
}

interface U {
  id: string;
  start: number;
  end: number;
}

export function highlightRuns(textLength: number, units: U[]): HighlightRun[] {
  const valid = units.map((u) => ({ id: u.id, start: Math.max(0, u.start), end: Math.min(textLength, u.end) })).filter((u) => u.start < u.end);
  const cuts = [...new Set([0, textLength, ...valid.flatMap((u) => [u.start, u.end])])].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const runs: HighlightRun[] = [];
  let active: U[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    active = active.filter((u) => u.end > from);
    // Shortest covering unit wins; ties go to the one that starts first (stable order).
    let best: U | null = null;
    for (const u of active) if (!best || u.end - u.start < best.end - best.start) best = u;
    const unitId = best?.id ?? null;
    const last = runs.at(-1);
    if (last && last.unitId === unitId && last.end === from) last.end = to;
    else runs.push({ start: from, end: to, unitId });
  }
  return runs;
}
