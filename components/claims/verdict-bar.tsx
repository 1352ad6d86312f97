import { VERDICT_LABEL, VERDICTS, type Verdict } from "@/lib/domain/vocabulary";

const COLOR: Record<Verdict, string> = {
  UNREVIEWED: "bg-stone-300",
  SUPPORTED: "bg-green-600",
  DISPUTED: "bg-red-600",
  OPINION: "bg-amber-500",
};

/** A small stacked bar of verdict counts; the label carries the same numbers as text. */
export function VerdictBar({ counts }: { counts: Partial<Record<string, number>> }) {
  const total = VERDICTS.reduce((n, v) => n + (counts[v] ?? 0), 0);
  const label = VERDICTS.map((v) => `${VERDICT_LABEL[v]} ${counts[v] ?? 0}`).join(", ");
  return (
    <div className="flex h-2 w-40 overflow-hidden rounded-full bg-stone-100" role="img" aria-label={label} title={label}>
      {total > 0 && VERDICTS.map((v) => (counts[v] ? <div key={v} className={COLOR[v]} style={{ width: `${(100 * counts[v]) / total}%` }} /> : null))}
    </div>
  );
}
