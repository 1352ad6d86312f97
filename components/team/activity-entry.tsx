import type { ReactNode } from "react";
import { Time } from "@/components/ui/time";
import { describeActivity, type ActivityRow, type People } from "@/lib/domain/activity";

/**
 * One activity row in words (lib/domain/activity.ts): who did what, long before → after changes
 * on their own lines, then when, where (`context`) and the raw code. Stored text is rendered as text.
 */
export function ActivityEntry({
  entry,
  people,
  claim,
  context,
}: {
  entry: ActivityRow & { id: string; at: string };
  people: People;
  claim?: string | null;
  context?: ReactNode;
}) {
  const d = describeActivity(entry, people, { claim });
  return (
    <li className="py-2 text-sm text-stone-800" data-testid="activity-entry" data-action={entry.action}>
      <p>
        <strong className="font-semibold">{d.actor}</strong> {d.text}
      </p>
      {d.lines.length > 0 && (
        <ul className="ml-3 mt-0.5 text-xs text-stone-600">
          {d.lines.map((l) => (
            <li key={l.field}>
              {l.field}: {l.before} → {l.after}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-0.5 text-xs text-stone-500">
        <Time iso={entry.at} />
        {context}
        <span className="ml-1 font-mono text-[11px] text-stone-500">· {d.details}</span>
      </p>
    </li>
  );
}
