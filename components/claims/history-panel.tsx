"use client";
import { useMemo } from "react";
import { ActivityEntry } from "@/components/team/activity-entry";
import { peopleMap } from "@/lib/domain/activity";
import type { HistoryEntryView, PersonRef } from "@/lib/domain/views";

/** Who changed what and when, before → after, from the Activity table, in the feeds' words. */
export function HistoryPanel({ history, people }: { history: HistoryEntryView[]; people: PersonRef[] }) {
  const names = useMemo(() => peopleMap(people), [people]);
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">History ({history.length})</summary>
      <ol className="mt-2 divide-y divide-stone-100" data-testid="history">
        {history.map((h) => (
          <ActivityEntry key={h.id} entry={h} people={names} />
        ))}
      </ol>
    </details>
  );
}
