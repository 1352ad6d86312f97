"use client";
import { memo } from "react";
import { VERDICT_LABEL } from "@/lib/domain/verdict";
import type { UnitView } from "@/lib/domain/views";

const VERDICT_DOT: Record<string, string> = {
  UNREVIEWED: "bg-stone-300",
  SUPPORTED: "bg-green-600",
  DISPUTED: "bg-red-600",
  OPINION: "bg-amber-500",
};

interface Props {
  units: UnitView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export const UnitList = memo(function UnitList({ units, selectedId, onSelect }: Props) {
  return (
    <ol className="space-y-1" aria-label="Units" data-testid="unit-list">
      {units.map((u, i) => (
        <li key={u.id}>
          <button
            type="button"
            id={`unit-${u.id}`}
            data-unit-id={u.id}
            data-verdict={u.verdict}
            aria-current={u.id === selectedId ? "true" : undefined}
            onClick={() => onSelect(u.id)}
            className="flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-stone-100 aria-[current=true]:bg-blue-50 aria-[current=true]:ring-1 aria-[current=true]:ring-blue-300"
          >
            <span className="w-6 shrink-0 pt-0.5 text-right text-xs tabular-nums text-stone-400">{i + 1}</span>
            <span className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${VERDICT_DOT[u.verdict]}`} title={VERDICT_LABEL[u.verdict]} />
            <span className="min-w-0 flex-1">
              <span className="line-clamp-2 text-stone-800">{u.text ?? u.exact}</span>
              <span className="text-xs text-stone-500">
                {u.kind.toLowerCase()} · {VERDICT_LABEL[u.verdict]}
                {u.speaker ? ` · ${u.speaker.name}` : ""}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
});
