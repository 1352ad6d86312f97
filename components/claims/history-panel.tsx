"use client";
import { useMemo } from "react";
import { ActivityEntry } from "@/components/team/activity-entry";
import { peopleMap, unitsMap } from "@/lib/domain/activity";
import type { HistoryEntryView, PersonRef, UnitRef } from "@/lib/domain/views";

/** Who changed what and when, before → after, from the Activity table, in the feeds' words. */
export function HistoryPanel({ unitId, history, people, units }: { unitId: string; history: HistoryEntryView[]; people: PersonRef[]; units: UnitRef[] }) {
  const names = useMemo(() => peopleMap(people), [people]);
  const words = useMemo(() => unitsMap(units), [units]);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">History ({history.length})</summary>
      <ol className="mt-2 divide-y divide-stone-100" data-testid="history">
        {history.map((h) => (
          <ActivityEntry key={h.id} entry={h} people={names} units={words} subjectId={unitId} />
        ))}
      </ol>
    </details>
  );
}
