"use client";
import { useState } from "react";
import { setVerdictAction } from "@/app/documents/[id]/actions";
import { createRelationAction, deleteRelationAction, updateRelationAction } from "@/app/documents/[id]/map/actions";
import type { Draft } from "@/components/claims/claim-card";
import type { RelationView, UnitView } from "@/lib/domain/views";
import type { RelationType } from "@/lib/domain/vocabulary";

export interface EditStatus {
  busy: boolean;
  error?: string;
  notice?: string;
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
  const [status, setStatus] = useState<EditStatus>({ busy: false });

  async function connect(fromId: string, toId: string, type: RelationType): Promise<RelationView | null> {
    setStatus({ busy: true });
    const result = await createRelationAction(documentId, { fromId, toId, type });
    if (!result.ok) {
      setStatus({ busy: false, error: result.error.message });
      return null;
    }
    setRelations((all) => [...all, result.data]);
    setStatus({ busy: false, notice: "Relation added." });
    return result.data;
  }

  async function changeType(relation: RelationView, type: RelationType) {
    setStatus({ busy: true });
    const result = await updateRelationAction(relation.id, { type, expectedType: relation.type });
    if (result.ok) {
      setRelations((all) => all.map((r) => (r.id === relation.id ? result.data : r)));
      setStatus({ busy: false, notice: "Relation changed." });
      return;
    }
    const current = (result.error.details as { current?: RelationView } | undefined)?.current;
    if (current) setRelations((all) => all.map((r) => (r.id === current.id ? current : r)));
    setStatus({ busy: false, error: result.error.message });
  }

  async function remove(relation: RelationView) {
    setStatus({ busy: true });
    const result = await deleteRelationAction(relation.id);
    if (!result.ok) {
      setStatus({ busy: false, error: result.error.message });
      return;
    }
    setRelations((all) => all.filter((r) => r.id !== relation.id));
    setStatus({ busy: false, notice: "Relation deleted.", undo: relation });
  }

  /** Undo a delete: the same relation drawn again (a new id; the Activity feed shows both). */
  async function undoRemove() {
    const gone = status.undo;
    if (gone) await connect(gone.fromId, gone.toId, gone.type);
  }

  async function saveVerdict(unit: UnitView, draft: Draft): Promise<boolean> {
    setStatus({ busy: true });
    const result = await setVerdictAction(unit.id, { version: unit.version, verdict: draft.verdict, rationale: draft.rationale });
    if (result.ok) {
      setUnits((all) => all.map((u) => (u.id === result.data.id ? result.data : u)));
      setStatus({ busy: false, notice: "Saved." });
      return true;
    }
    const current = (result.error.details as { current?: UnitView } | undefined)?.current;
    // Show their version; the reviewer's draft stays in the form to compare and save again.
    if (result.error.code === "VERSION_CONFLICT" && current) setUnits((all) => all.map((u) => (u.id === current.id ? current : u)));
    setStatus({ busy: false, error: result.error.message });
    return false;
  }

  return { units, relations, status, setStatus, connect, changeType, remove, undoRemove, saveVerdict };
}
