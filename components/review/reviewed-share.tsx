/** A document's share of claims reviewed: a bar and the number (the number is what screen readers get). */
export function ReviewedShare({ percent, reviewed, claims }: { percent: number | null; reviewed: number; claims: number }) {
  if (percent === null) return <span className="text-xs text-stone-500">No claims</span>;
  return (
    <span className="flex items-center gap-2" data-testid="percent-reviewed">
      <span className="h-2 w-24 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
        <span className="block h-full bg-green-600" style={{ width: `${percent}%` }} />
      </span>
      <span className="tabular-nums">
        {percent}%
        <span className="text-xs text-stone-500">
          {" "}
          ({reviewed} of {claims})
        </span>
      </span>
    </span>
  );
}
