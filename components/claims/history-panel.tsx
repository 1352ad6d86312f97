"use client";
import type { HistoryEntryView } from "@/lib/domain/views";

const ACTION_LABEL: Record<string, string> = {
  "unit.verdict": "set the verdict",
  "unit.update": "edited the unit",
  "unit.create": "created the unit",
  "unit.split": "split the unit",
  "unit.merge": "merged units",
  "unit.source.attach": "attached a source",
  "unit.source.detach": "removed a source",
  "unit.comment.add": "commented",
  "unit.comment.edit": "edited a comment",
  "unit.comment.resolve": "resolved a comment",
  "unit.comment.reopen": "reopened a comment",
};

/** Who changed what and when, before → after, from the Activity table. */
export function HistoryPanel({ history }: { history: HistoryEntryView[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">History ({history.length})</summary>
      <ol className="mt-2 space-y-1" data-testid="history">
        {history.map((h) => (
          <li key={h.id} className="text-xs text-stone-700">
            <strong>{h.actor}</strong> {ACTION_LABEL[h.action] ?? h.action} · {new Date(h.at).toLocaleString()}
            <Diff before={h.before} after={h.after} />
          </li>
        ))}
      </ol>
    </details>
  );
}

function Diff({ before, after }: { before: unknown; after: unknown }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !["version", "commentId", "sourceId"].includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (keys.length === 0) return null;
  return (
    <ul className="ml-3 text-stone-500">
      {keys.map((k) => (
        <li key={k}>{k}: {k in b ? `${show(b[k])} → ` : ""}{show(a[k])}</li>
      ))}
    </ul>
  );
}

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? `“${v.length > 80 ? `${v.slice(0, 79)}…` : v}”` : String(v));
