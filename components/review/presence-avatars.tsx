"use client";
import { createContext, useContext, useEffect, useMemo } from "react";
import type { PresenceView } from "@/lib/domain/presence";

/** Who else has each claim selected, by unit id (read by the map's nodes). */
export const ViewersContext = createContext<Map<string, PresenceView[]>>(new Map());

export function useViewersByUnit(people: PresenceView[]): Map<string, PresenceView[]> {
  return useMemo(() => {
    const map = new Map<string, PresenceView[]>();
    for (const p of people) if (p.unitId) map.set(p.unitId, [...(map.get(p.unitId) ?? []), p]);
    return map;
  }, [people]);
}

export const useViewersOf = (unitId: string) => useContext(ViewersContext).get(unitId);

const names = (people: PresenceView[]) => people.map((p) => p.name).join(", ");

/** The people who also have the document open: initials, with their names for screen readers and on hover. */
export function PresenceAvatars({ people, onSelect }: { people: PresenceView[]; onSelect?: (unitId: string) => void }) {
  if (people.length === 0) return null;
  return (
    <div className="flex items-center gap-1.5" data-testid="presence">
      <span className="text-xs text-stone-600">Also here:</span>
      <ul className="flex -space-x-1" aria-label="Also on this document">
        {people.map((p) => {
          const label = `${p.name}${p.unitId ? ", on a claim" : ""}`;
          const avatar = (
            <span
              aria-hidden="true"
              className="grid h-7 w-7 place-items-center rounded-full border-2 border-white bg-indigo-700 text-[11px] font-semibold text-white"
            >
              {p.initials}
            </span>
          );
          return (
            <li key={p.userId} data-testid="presence-avatar" data-user-id={p.userId} title={label}>
              {p.unitId && onSelect ? (
                <button type="button" className="rounded-full" onClick={() => onSelect(p.unitId!)} aria-label={`${p.name}: go to the claim they have selected`}>
                  {avatar}
                </button>
              ) : (
                <>
                  {avatar}
                  <span className="sr-only">{label}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Marks, straight in the DOM like the selection, the reader's highlights of the claims other people
 * have selected (initials drawn by CSS, names in aria-description): re-rendering thousands of
 * marks for a teammate's click would be wasteful.
 */
export function useViewerMarks(viewers: Map<string, PresenceView[]>, units: unknown) {
  useEffect(() => {
    const marked: HTMLElement[] = [];
    for (const [unitId, people] of viewers) {
      const mark = document.getElementById(`mark-${unitId}`);
      if (!mark) continue;
      mark.dataset.viewerInitials = people.map((p) => p.initials).join(" ");
      mark.dataset.viewedBy = names(people);
      mark.setAttribute("aria-description", `Selected by ${names(people)}`);
      marked.push(mark);
    }
    return () =>
      marked.forEach((m) => {
        delete m.dataset.viewerInitials;
        delete m.dataset.viewedBy;
        m.removeAttribute("aria-description");
      });
  }, [viewers, units]);
}

/** A map node's marker: initials of the people who have this claim selected. */
export function NodeViewers({ unitId }: { unitId: string }) {
  const people = useViewersOf(unitId);
  if (!people?.length) return null;
  return (
    <span
      role="img"
      aria-label={`Selected by ${names(people)}`}
      title={`Selected by ${names(people)}`}
      data-testid="map-viewer"
      className="rounded-full bg-indigo-700 px-1 text-[9.5px] font-semibold text-white"
    >
      {people.map((p) => p.initials).join(" ")}
    </span>
  );
}
