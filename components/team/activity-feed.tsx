"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { FormError } from "@/components/ui/field";
import { activityFilterOptions, peopleMap, unitsMap } from "@/lib/domain/activity";
import type { ActionResult } from "@/lib/domain/errors";
import type { ActivityPageView, ActivityView, PersonRef, UnitRef } from "@/lib/domain/views";
import { ActivityEntry } from "./activity-entry";

export interface FeedQuery {
  actor?: string;
  action?: string;
  cursor?: string;
}

interface Props {
  /** Reads one page (a server action bound to the document or the workspace). */
  load: (query: FeedQuery) => Promise<ActionResult<ActivityPageView>>;
  /** The first page, when the server rendered it. */
  initial?: ActivityPageView;
  /** Whom the person filter offers. */
  members: PersonRef[];
  /** Where an entry happened, or a way to open its claim. */
  context?: (entry: ActivityView) => ReactNode;
  /** Changes when the feed should fetch what is new (a live change, the tab shown again). */
  refreshSignal?: number;
  /** Prefix of the filters' ids (two feeds never share a page, but keep them apart anyway). */
  idPrefix: string;
}

const select = "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";

/** An activity feed: newest first, filters by person and action, "Show older" pages with the cursor. */
export function ActivityFeed({ load, initial, members, context, refreshSignal = 0, idPrefix }: Props) {
  const [filters, setFilters] = useState<{ actor: string; action: string }>({ actor: "", action: "" });
  const [entries, setEntries] = useState<ActivityView[]>(initial?.entries ?? []);
  const [people, setPeople] = useState<PersonRef[]>(initial?.people ?? []);
  const [units, setUnits] = useState<UnitRef[]>(initial?.units ?? []);
  const [actions, setActions] = useState<string[]>(initial?.actions ?? []);
  const [nextCursor, setNextCursor] = useState<string | null>(initial?.nextCursor ?? null);
  const [busy, setBusy] = useState(!initial);
  const [error, setError] = useState<string>();
  // Answers can come back out of order (filters changed quickly): only the latest request counts.
  const latest = useRef(0);
  // The loader is usually an inline closure: read it through a ref so a re-render is not a refetch.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  }, [load]);

  const fetchPage = useCallback(
    async (cursor: string | undefined, apply: (page: ActivityPageView) => void) => {
      const ticket = ++latest.current;
      setBusy(true);
      const r = await loadRef.current({ actor: filters.actor || undefined, action: filters.action || undefined, cursor });
      if (ticket !== latest.current) return;
      setBusy(false);
      if (!r.ok) return setError(r.error.message);
      setError(undefined);
      setPeople((known) => mergePeople(known, r.data.people));
      setUnits((known) => mergeUnitRefs(known, r.data.units));
      if (r.data.actions.length) setActions(r.data.actions);
      apply(r.data);
    },
    [filters],
  );

  // The first page for the current filters (skipped once when the server rendered it).
  const skipFirst = useRef(!!initial);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    olderShown.current = false;
    void fetchPage(undefined, (page) => {
      setEntries(page.entries);
      setNextCursor(page.nextCursor);
    });
  }, [fetchPage]);

  // Something changed: fetch the first page again. With only that page shown, it replaces the
  // list; after "Show older", the rows shown stay (and the cursor with them), new ones go on top.
  const olderShown = useRef(false);
  const lastSignal = useRef(refreshSignal);
  useEffect(() => {
    if (refreshSignal === lastSignal.current) return;
    lastSignal.current = refreshSignal;
    void fetchPage(undefined, (page) => {
      if (!olderShown.current) {
        setEntries(page.entries);
        setNextCursor(page.nextCursor);
        return;
      }
      setEntries((shown) => [...page.entries.filter((e) => !shown.some((s) => s.id === e.id)), ...shown]);
    });
  }, [refreshSignal, fetchPage]);

  const names = useMemo(() => peopleMap(people), [people]);
  const words = useMemo(() => unitsMap(units), [units]);
  const options = useMemo(() => activityFilterOptions(actions), [actions]);

  return (
    <section aria-label="Activity" className="text-sm">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Activity filters">
        <label htmlFor={`${idPrefix}-actor`} className="sr-only">
          Filter by person
        </label>
        <select id={`${idPrefix}-actor`} className={select} value={filters.actor} onChange={(e) => setFilters((f) => ({ ...f, actor: e.target.value }))}>
          <option value="">Everyone</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${idPrefix}-action`} className="sr-only">
          Filter by action
        </label>
        <select id={`${idPrefix}-action`} className={select} value={filters.action} onChange={(e) => setFilters((f) => ({ ...f, action: e.target.value }))}>
          <option value="">All actions</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {busy && (
          <span className="text-xs text-stone-500" role="status">
            Loading…
          </span>
        )}
      </div>
      <FormError message={error} />
      {entries.length === 0 && !busy ? (
        <p className="mt-3 text-stone-600" data-testid="activity-empty">
          Nothing here yet{filters.actor || filters.action ? " for these filters" : ""}.
        </p>
      ) : (
        <ol className="mt-2 divide-y divide-stone-100" data-testid="activity-feed" aria-busy={busy}>
          {entries.map((e) => (
            <ActivityEntry key={e.id} entry={e} people={names} units={words} claim={e.claim} context={context?.(e)} />
          ))}
        </ol>
      )}
      {nextCursor && (
        <button
          type="button"
          disabled={busy}
          className="mt-2 rounded-md border border-stone-300 px-3 py-1 text-sm text-stone-700 hover:bg-stone-50 disabled:opacity-50"
          onClick={() =>
            void fetchPage(nextCursor, (page) => {
              olderShown.current = true;
              setEntries((shown) => [...shown, ...page.entries.filter((e) => !shown.some((s) => s.id === e.id))]);
              setNextCursor(page.nextCursor);
            })
          }
        >
          Show older
        </button>
      )}
    </section>
  );
}

function mergePeople(known: PersonRef[], more: PersonRef[]): PersonRef[] {
  const byId = new Map(known.map((p) => [p.id, p]));
  for (const p of more) byId.set(p.id, p);
  return [...byId.values()];
}

function mergeUnitRefs(known: UnitRef[], more: UnitRef[]): UnitRef[] {
  const byId = new Map(known.map((u) => [u.id, u]));
  for (const u of more) byId.set(u.id, u);
  return [...byId.values()];
}
