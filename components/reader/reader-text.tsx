"use client";
import { memo, useMemo } from "react";
import { highlightRuns } from "@/lib/domain/highlight";
import { VERDICT_LABEL } from "@/lib/domain/verdict";
import type { UnitView } from "@/lib/domain/views";

interface Props {
  text: string;
  units: UnitView[];
  selectedId: string | null;
  /** Units hidden by the filters are drawn dimmed. */
  visible: Set<string> | null;
  onSelect: (id: string) => void;
}

// The original text, rendered as text (never as HTML), with each unit as a clickable highlight.
// Every run carries data-start so a selection maps back to exact character offsets.
export const ReaderText = memo(function ReaderText({ text, units, selectedId, visible, onSelect }: Props) {
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const runs = useMemo(() => highlightRuns(text.length, units), [text.length, units]);
  // A unit split around a nested one is drawn as several runs; the first carries its id.
  const firstRun = useMemo(() => {
    const first = new Map<string, number>();
    runs.forEach((r, i) => r.unitId && !first.has(r.unitId) && first.set(r.unitId, i));
    return first;
  }, [runs]);
  return (
    <div id="reader" className="whitespace-pre-wrap font-serif text-[17px] leading-8 text-stone-900" data-testid="reader">
      {runs.map((run, i) => {
        const slice = text.slice(run.start, run.end);
        const unit = run.unitId ? byId.get(run.unitId) : undefined;
        if (!unit) return <span key={run.start} data-start={run.start}>{slice}</span>;
        const label = `${unit.kind.toLowerCase()} · ${VERDICT_LABEL[unit.verdict]}${unit.speaker ? ` · said by ${unit.speaker.name}` : ""}`;
        return (
          <mark
            key={run.start}
            id={firstRun.get(unit.id) === i ? `mark-${unit.id}` : undefined}
            data-start={run.start}
            className="unit-mark text-inherit"
            data-unit-id={unit.id}
            data-kind={unit.kind}
            data-verdict={unit.verdict}
            data-dimmed={visible && !visible.has(unit.id) ? "true" : undefined}
            title={label}
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
