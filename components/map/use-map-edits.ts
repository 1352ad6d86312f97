"use client";
import { useState } from "react";
import { createRelationAction, deleteRelationAction, setVerdictAction, updateRelationAction } from "@/app/documents/[id]/actions";
import type { Draft } from "@/components/claims/claim-card";
import { useMutation, type MutationStatus } from "@/components/ui/use-mutation";
import type { RelationView, UnitView } from "@/lib/domain/views";
import type { RelationType } from "@/lib/domain/vocabulary";

export interface EditStatus extends MutationStatus {
  /** The relation just deleted, while Undo is offered. */
  undo?: RelationView;
}

/**
 * Every edit on the map goes through the same server actions and use cases as the workbench
 * and the REST API (validation, access, version check, Activity row, change event): there is
 * no second write path. This hook keeps the page's copy of units and relations in step.
 */
export function useMapEdits(documentId: string, initial: { units: UnitView[]; relations: RelationView[] }) {
  const [units, setUnits] = useState(initial.units);
  const [relations, setRelations] = useState(initial.relations);
  const { status, setStatus, run } = useMutation<EditStatus>();
  const putRelation = (r: RelationView) => setRelations((all) => all.map((x) => (x.id === r.id ? r : x)));
  const putUnit = (u: UnitView) => setUnits((all) => all.map((x) => (x.id === u.id ? u : x)));

  async function connect(fromId: string, toId: string, type: RelationType): Promise<RelationView | null> {
    let created: RelationView | null = null;
    await run(
      () => createRelationAction({ documentId, fromId, toId, type }),
      (r) => {
        created = r;
        setRelations((all) => [...all, r]);
      },
      { notice: "Relation added." },
    );
    return created;
  }

  async function changeType(relation: RelationView, type: RelationType) {
    await run(() => updateRelationAction({ relationId: relation.id, type, expectedType: relation.type }), putRelation, {
      notice: "Relation changed.",
      onConflict: putRelation,
    });
  }

  async function remove(relation: RelationView) {
    if (
      await run(
        () => deleteRelationAction({ relationId: relation.id }),
        () => setRelations((all) => all.filter((r) => r.id !== relation.id)),
      )
    ) {
      setStatus({ busy: false, notice: "Relation deleted.", undo: relation });
    }
  }

  /** Undo a delete: the same relation drawn again (a new id; the Activity feed shows both). */
  async function undoRemove() {
    const gone = status.undo;
    if (gone) await connect(gone.fromId, gone.toId, gone.type);
  }

  /** On a conflict their version is shown; the reviewer's draft stays in the form to compare and save again. */
  const saveVerdict = (unit: UnitView, draft: Draft) =>
    run(() => setVerdictAction({ unitId: unit.id, version: unit.version, verdict: draft.verdict, rationale: draft.rationale }), putUnit, {
      notice: "Saved.",
      onConflict: putUnit,
    });

  return { units, relations, status, setStatus, connect, changeType, remove, undoRemove, saveVerdict };
}
