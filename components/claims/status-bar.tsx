import { REVIEW_STATUS_LABEL, REVIEW_STATUSES, type ReviewStatus } from "@/lib/domain/vocabulary";

/** Workflow colours: grey open, blue in review, amber waiting for an editor, green reviewed, dark green approved. */
export const STATUS_COLOR: Record<ReviewStatus, string> = {
  OPEN: "bg-stone-300",
  IN_REVIEW: "bg-blue-500",
  NEEDS_ADJUDICATION: "bg-amber-500",
  REVIEWED: "bg-green-500",
  APPROVED: "bg-green-800",
};

/** Badge colours with readable contrast (WCAG AA) for the status as text. */
export const STATUS_BADGE: Record<ReviewStatus, string> = {
  OPEN: "bg-stone-200 text-stone-800",
  IN_REVIEW: "bg-blue-100 text-blue-900",
  NEEDS_ADJUDICATION: "bg-amber-100 text-amber-900",
  REVIEWED: "bg-green-100 text-green-900",
  APPROVED: "bg-green-800 text-white",
};

/**
 * Where the review of a document stands, as a stacked bar by workflow status; the same numbers
 * are written out beside it (or in its label) for screen readers and for reading at a glance.
 */
export function StatusBar({ counts, wide = false }: { counts: Partial<Record<ReviewStatus, number>>; wide?: boolean }) {
  const total = REVIEW_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const label = REVIEW_STATUSES.map((s) => `${REVIEW_STATUS_LABEL[s]} ${counts[s] ?? 0}`).join(", ");
  return (
    <div className="flex items-center gap-3 text-xs text-stone-600" data-testid="status-bar">
      <div
        className={`flex h-2 overflow-hidden rounded-full bg-stone-100 ${wide ? "w-64" : "w-40"}`}
        role="img"
        aria-label={`Claims by status: ${label}`}
        title={label}
      >
        {total > 0 &&
          REVIEW_STATUSES.map((s) => (counts[s] ? <div key={s} className={STATUS_COLOR[s]} style={{ width: `${(100 * counts[s]) / total}%` }} /> : null))}
      </div>
      {wide && (
        <ul className="flex flex-wrap gap-x-3" aria-hidden>
          {REVIEW_STATUSES.filter((s) => counts[s]).map((s) => (
            <li key={s} className="flex items-center gap-1" data-status={s}>
              <span className={`inline-block h-2 w-2 rounded-full ${STATUS_COLOR[s]}`} />
              {REVIEW_STATUS_LABEL[s]} <span className="tabular-nums">{counts[s]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
