"use client";
import type { RelationView, UnitView } from "@/lib/domain/views";
import { RELATION_LABEL } from "@/lib/domain/vocabulary";
import { quotedSnippet } from "@/lib/domain/snippet";

/** The unit's relations to other units, both directions, each a link to the other unit. */
export function UnitRelations({
  unit,
  relations,
  unitsById,
  onSelect,
}: {
  unit: UnitView;
  relations: RelationView[];
  unitsById: Map<string, UnitView>;
  onSelect: (id: string) => void;
}) {
  const mine = relations.filter((r) => r.fromId === unit.id || r.toId === unit.id);
  if (mine.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="font-medium">Relations</h3>
      <ul className="mt-1 space-y-1" data-testid="unit-relations">
        {mine.map((r) => {
          const outgoing = r.fromId === unit.id;
          const other = unitsById.get(outgoing ? r.toId : r.fromId);
          if (!other) return null;
          return (
            <li key={r.id} data-relation-type={r.type} data-direction={outgoing ? "out" : "in"}>
              <span className={r.type === "ATTACKS" ? "text-red-700" : "text-stone-700"}>
                {upperFirst(RELATION_LABEL[r.type][outgoing ? "outgoing" : "incoming"])}
              </span>{" "}
              <button type="button" className="text-left text-blue-800 underline-offset-2 hover:underline" onClick={() => onSelect(other.id)}>
                {quotedSnippet(other.text ?? other.exact, 90)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Each relation starts its own line here, unlike on the map where the label sits mid-sentence. */
function upperFirst(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
