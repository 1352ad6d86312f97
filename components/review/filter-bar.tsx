"use client";
import type { UnitFilters } from "@/lib/domain/filters";
import {
  REVIEW_STATUS_LABEL,
  REVIEW_STATUSES,
  UNIT_KIND_LABEL,
  UNIT_KINDS,
  VERDICT_LABEL,
  VERDICTS,
  type ReviewStatus,
  type UnitKind,
  type Verdict,
} from "@/lib/domain/vocabulary";

const select = "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";

/** One-choice filters (the pure rules in lib/domain/filters.ts also take lists, for the API). */
export function FilterBar({
  filters,
  onChange,
  assignees,
}: {
  filters: UnitFilters;
  onChange: (f: UnitFilters) => void;
  assignees: { id: string; name: string }[];
}) {
  const set = (patch: Partial<UnitFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Filters">
      <label className="sr-only" htmlFor="filter-kind">
        Filter by kind
      </label>
      <select
        id="filter-kind"
        className={select}
        value={filters.kinds?.[0] ?? ""}
        onChange={(e) => set({ kinds: e.target.value ? [e.target.value as UnitKind] : [] })}
      >
        <option value="">All kinds</option>
        {UNIT_KINDS.map((k) => (
          <option key={k} value={k}>
            {UNIT_KIND_LABEL[k]}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="filter-verdict">
        Filter by verdict
      </label>
      <select
        id="filter-verdict"
        className={select}
        value={filters.verdicts?.[0] ?? ""}
        onChange={(e) => set({ verdicts: e.target.value ? [e.target.value as Verdict] : [] })}
      >
        <option value="">All verdicts</option>
        {VERDICTS.map((v) => (
          <option key={v} value={v}>
            {VERDICT_LABEL[v]}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="filter-status">
        Filter by workflow status
      </label>
      <select
        id="filter-status"
        className={select}
        value={filters.statuses?.[0] ?? ""}
        onChange={(e) => set({ statuses: e.target.value ? [e.target.value as ReviewStatus] : [] })}
      >
        <option value="">Any status</option>
        {REVIEW_STATUSES.map((s) => (
          <option key={s} value={s}>
            {REVIEW_STATUS_LABEL[s].toLowerCase()}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="filter-assignee">
        Filter by assignee
      </label>
      <select id="filter-assignee" className={select} value={filters.assignee ?? ""} onChange={(e) => set({ assignee: e.target.value || undefined })}>
        <option value="">Anyone</option>
        <option value="none">Unassigned</option>
        {assignees.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="filter-sources">
        Filter by sources
      </label>
      <select
        id="filter-sources"
        className={select}
        value={filters.sources ?? ""}
        onChange={(e) => set({ sources: (e.target.value || undefined) as UnitFilters["sources"] })}
      >
        <option value="">With or without sources</option>
        <option value="with">Has sources</option>
        <option value="without">No sources</option>
      </select>
      <label className="flex items-center gap-1">
        <span>Check-worthy ≥</span>
        <select
          className={select}
          aria-label="Minimum check-worthiness"
          value={filters.minCheckworthy ?? ""}
          onChange={(e) => set({ minCheckworthy: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">any</option>
          {[0.25, 0.5, 0.75].map((v) => (
            <option key={v} value={v}>
              {v * 100}%
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ProgressBar({ reviewed, total }: { reviewed: number; total: number }) {
  const pct = total ? Math.round((100 * reviewed) / total) : 0;
  return (
    <div className="flex items-center gap-3 text-sm text-stone-600">
      <div
        className="h-2 w-48 overflow-hidden rounded-full bg-stone-200"
        role="progressbar"
        aria-label="Claims reviewed"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={reviewed}
      >
        <div className="h-full bg-green-600" style={{ width: `${pct}%` }} />
      </div>
      <p data-testid="progress">
        {reviewed} of {total} claims reviewed
      </p>
    </div>
  );
}

const LEGEND_HINT: Partial<Record<UnitKind, string>> = { EVIDENCE: "quotes, cited documents" };

/** What the underline colours in the reader mean (fill colour = verdict). */
export function KindLegend() {
  return (
    <p className="flex flex-wrap gap-3 text-xs text-stone-600" aria-label="Highlight legend">
      {UNIT_KINDS.map((kind) => (
        <span key={kind} className="unit-mark px-1" data-kind={kind} data-verdict="UNREVIEWED">
          {UNIT_KIND_LABEL[kind]}
          {LEGEND_HINT[kind] && ` (${LEGEND_HINT[kind]})`}
        </span>
      ))}
      <span>
        · fill: <span className="rounded bg-green-600/20 px-1">supported</span> <span className="rounded bg-red-600/20 px-1">disputed</span>{" "}
        <span className="rounded bg-amber-600/20 px-1">opinion</span>
      </span>
    </p>
  );
}
