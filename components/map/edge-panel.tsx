"use client";
import type { RelationView, UnitView } from "@/lib/domain/views";
import { ORIGIN_LABEL, RELATION_LABEL, RELATION_TYPES, type RelationType } from "@/lib/domain/vocabulary";
import { RELATION_STYLE } from "@/lib/render/map-style";
import { quotedSnippet } from "@/lib/domain/snippet";

interface Props {
  relation: RelationView;
  unitsById: Map<string, UnitView>;
  canEdit: boolean;
  busy: boolean;
  onChangeType: (type: RelationType) => void;
  onDelete: () => void;
  onSelectUnit: (id: string) => void;
}

const words = (u: UnitView | undefined) => (u ? quotedSnippet(u.text ?? u.exact, 80) : "(a unit)");

/** The selected relation: change its type or delete it (Delete key does the same, with Undo). */
export function EdgePanel({ relation, unitsById, canEdit, busy, onChangeType, onDelete, onSelectUnit }: Props) {
  return (
    <section aria-label="Selected relation" data-testid="edge-panel" data-relation-id={relation.id} className="space-y-3 text-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">Relation · {ORIGIN_LABEL[relation.origin]}</p>
      <p>
        <button type="button" className="text-left text-blue-800 hover:underline" onClick={() => onSelectUnit(relation.fromId)}>
          {words(unitsById.get(relation.fromId))}
        </button>{" "}
        <strong style={{ color: RELATION_STYLE[relation.type].stroke }}>{RELATION_LABEL[relation.type].outgoing}</strong>{" "}
        <button type="button" className="text-left text-blue-800 hover:underline" onClick={() => onSelectUnit(relation.toId)}>
          {words(unitsById.get(relation.toId))}
        </button>
      </p>
      {canEdit && (
        <div className="flex items-center gap-2">
          <label className="flex items-center gap-2">
            Type
            <select
              className="rounded border border-stone-300 px-1 py-0.5"
              value={relation.type}
              disabled={busy}
              onChange={(e) => onChangeType(e.target.value as RelationType)}
            >
              {RELATION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {RELATION_LABEL[t].outgoing}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="ml-auto rounded border border-red-300 px-2 py-1 text-red-700 hover:bg-red-50" disabled={busy} onClick={onDelete}>
            Delete relation
          </button>
        </div>
      )}
    </section>
  );
}
