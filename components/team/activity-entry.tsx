import type { ReactNode } from "react";
import { Time } from "@/components/ui/time";
import { describeActivity, type ActivityRow, type People, type Units } from "@/lib/domain/activity";

/**
 * One activity row in words (lib/domain/activity.ts): who did what, long before → after changes
 * on their own lines, then when and where (`context`). Stored text is rendered as text; ids and
 * action codes stay out of sight (the action is a data attribute for tests and tools).
 */
export function ActivityEntry({
  entry,
  people,
  units,
  subjectId,
  claim,
  context,
}: {
  entry: ActivityRow & { id: string; at: string };
  people: People;
  units?: Units;
  subjectId?: string;
  claim?: string | null;
  context?: ReactNode;
}) {
  const d = describeActivity(entry, people, { claim, units, subjectId });
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
      </p>
    </li>
  );
}
