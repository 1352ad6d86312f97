import { explainSignals } from "@/lib/domain/signal-text";

/**
 * "Why this unit": what made the analyser propose it, in sentences a fact-checker reads. The raw
 * signal codes stay one click away for whoever tunes the analyser.
 */
export function WhyThisUnit({ signals, checkworthy, opinion }: { signals: readonly string[]; checkworthy: number; opinion: number }) {
  if (signals.length === 0) return null;
  const reasons = explainSignals(signals);
  return (
    <details className="text-sm" data-testid="why-this-unit">
      <summary className="cursor-pointer text-stone-600">
        Why this unit ({reasons.length} {reasons.length === 1 ? "reason" : "reasons"})
      </summary>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-stone-800" data-testid="why-reasons">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-600">
        Worth checking: {Math.round(checkworthy * 100)}% · reads as opinion: {Math.round(opinion * 100)}%
      </p>
      <details className="mt-1 text-xs text-stone-500">
        <summary className="cursor-pointer">Signal codes (for developers)</summary>
        <p className="mt-1 break-words font-mono" data-testid="signal-codes">
          {signals.join(" · ")}
        </p>
      </details>
    </details>
  );
}
