"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useRef } from "react";
import type { UnitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, VERDICT_LABEL, type Verdict } from "@/lib/domain/vocabulary";

const VERDICT_DOT: Record<Verdict, string> = {
  UNREVIEWED: "bg-stone-300",
  SUPPORTED: "bg-green-600",
  DISPUTED: "bg-red-600",
  OPINION: "bg-amber-500",
};

interface Props {
  units: UnitView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Bulk selection (people who may assign): the checked units and what a checkbox click does (shift: a range). */
  checked?: ReadonlySet<string>;
  /** Names the unit's reviewer in its row, when given. */
  assigneeName?: (id: string) => string;
  onCheck?: (id: string, on: boolean, shiftKey: boolean) => void;
}

// Virtualised: a document with thousands of units renders only the rows on screen.
export const UnitList = memo(function UnitList({ units, selectedId, onSelect, checked, onCheck, assigneeName }: Props) {
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: units.length, getScrollElement: () => parent.current, estimateSize: () => 58, overscan: 8 });
  const selectedIndex = units.findIndex((u) => u.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtual]);
  if (units.length === 0) return <p className="px-2 py-4 text-sm text-stone-500">No units match the filters.</p>;
  return (
    <div ref={parent} className="h-[45vh] overflow-y-auto" data-testid="unit-list">
      <ol aria-label="Units" className="relative" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((row) => {
          const u = units[row.index]!;
          return (
            <li
              key={u.id}
              ref={virtual.measureElement}
              data-index={row.index}
              className="absolute left-0 top-0 w-full"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <div className="flex items-start">
                {onCheck && (
                  <input
                    type="checkbox"
                    // Named by position, described by the words: a name made of the claim's words would
                    // collide with the verdict controls' labels ("Disputed") for anyone searching by label.
                    aria-label={`Select unit ${row.index + 1} of ${units.length}`}
                    aria-describedby={`unit-text-${u.id}`}
                    data-testid="unit-check"
                    checked={checked?.has(u.id) ?? false}
                    // onClick, not onChange: the shift key (a range) is only on the mouse event.
                    onClick={(e) => onCheck(u.id, e.currentTarget.checked, e.shiftKey)}
                    readOnly
                    className="ml-1 mt-2.5 shrink-0"
                  />
                )}
                <button
                  type="button"
                  id={`unit-${u.id}`}
                  data-unit-id={u.id}
                  data-verdict={u.verdict}
                  aria-current={u.id === selectedId ? "true" : undefined}
                  onClick={() => onSelect(u.id)}
                  className="flex min-w-0 flex-1 items-start gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-stone-100 aria-[current=true]:bg-blue-50 aria-[current=true]:ring-1 aria-[current=true]:ring-blue-300"
                >
                  <span className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${VERDICT_DOT[u.verdict]}`} aria-hidden />
                  <span className="min-w-0 flex-1">
                    <span id={`unit-text-${u.id}`} className="line-clamp-2 text-stone-800">
                      {u.text ?? u.exact}
                    </span>
                    <span className="text-xs text-stone-600">
                      {UNIT_KIND_LABEL[u.kind].toLowerCase()} · {VERDICT_LABEL[u.verdict]}
                      {u.speaker ? ` · ${u.speaker.name}` : ""}
                      {u.sourceCount ? ` · ${u.sourceCount} source${u.sourceCount > 1 ? "s" : ""}` : ""}
                      {assigneeName && u.assigneeId ? ` · ${assigneeName(u.assigneeId)}` : ""}
                    </span>
                  </span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
});
