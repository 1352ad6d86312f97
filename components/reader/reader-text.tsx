"use client";
import { memo, useMemo } from "react";
import { highlightRuns } from "@/lib/domain/highlight";
import type { UnitView } from "@/lib/domain/views";

interface Props {
  text: string;
  units: UnitView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

// The original text, rendered as text (never as HTML), with each unit as a clickable highlight.
export const ReaderText = memo(function ReaderText({ text, units, selectedId, onSelect }: Props) {
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const runs = useMemo(() => highlightRuns(text.length, units), [text.length, units]);
  return (
    <div className="whitespace-pre-wrap font-serif text-[17px] leading-8 text-stone-900" data-testid="reader">
      {runs.map((run) => {
        const slice = text.slice(run.start, run.end);
        const unit = run.unitId ? byId.get(run.unitId) : undefined;
        if (!unit) return <span key={run.start}>{slice}</span>;
        return (
          <mark
            key={run.start}
            id={`mark-${unit.id}`}
            className="unit-mark text-inherit"
            data-unit-id={unit.id}
            data-kind={unit.kind}
            data-verdict={unit.verdict}
            aria-current={unit.id === selectedId ? "true" : undefined}
            onClick={() => onSelect(unit.id)}
          >
            {slice}
          </mark>
        );
      })}
    </div>
  );
});
