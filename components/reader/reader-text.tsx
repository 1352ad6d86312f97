"use client";
import { memo, useEffect, useMemo } from "react";
import { highlightRuns } from "@/lib/domain/highlight";
import type { UnitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";

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
export function ReaderText({ selectedId, ...rest }: Props) {
  useSelectedMarks(selectedId);
  return <ReaderRuns {...rest} />;
}

const ReaderRuns = memo(function ReaderRuns({ text, units, visible, onSelect }: Omit<Props, "selectedId">) {
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
        if (!unit)
          return (
            <span key={run.start} data-start={run.start}>
              {slice}
            </span>
          );
        const label = `${UNIT_KIND_LABEL[unit.kind].toLowerCase()} · ${VERDICT_LABEL[unit.verdict]}${unit.speaker ? ` · said by ${unit.speaker.name}` : ""}`;
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
            onClick={() => onSelect(unit.id)}
          >
            {slice}
          </mark>
        );
      })}
    </div>
  );
});

/**
 * Marks the selected unit's runs with aria-current straight in the DOM: moving the selection
 * (j/k, clicks) then touches two units' marks instead of re-rendering thousands of them.
 */
function useSelectedMarks(selectedId: string | null) {
  useEffect(() => {
    if (!selectedId) return;
    const marks = document.querySelectorAll<HTMLElement>(`#reader mark[data-unit-id="${CSS.escape(selectedId)}"]`);
    marks.forEach((m) => m.setAttribute("aria-current", "true"));
    return () => marks.forEach((m) => m.removeAttribute("aria-current"));
  });
}
