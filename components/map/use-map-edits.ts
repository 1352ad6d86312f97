"use client";
import { useState } from "react";
import { createRelationAction, deleteRelationAction, setVerdictAction, updateRelationAction } from "@/app/documents/[id]/actions";
import type { Draft } from "@/components/claims/claim-card";
import { useMutation } from "@/components/ui/use-mutation";
import type { ActionResult } from "@/lib/domain/errors";
import {
  afterStep,
  describeStep,
  dropStep,
  EMPTY_STACKS,
  inverseWrite,
  recordEdit,
  type MapEdit,
  type MapWrite,
  type UndoStacks,
} from "@/lib/domain/map-edits";
import type { Point } from "@/lib/domain/map-layout";
import type { RelationView, UnitView } from "@/lib/domain/views";
import type { RelationType } from "@/lib/domain/vocabulary";

export type MovedNodes = { id: string; position: Point }[];

/**
 * Every edit on the map goes through the same server actions and use cases as the workbench
 * and the REST API (validation, access, version check, Activity row, change event): there is
 * no second write path, and undo is the inverse write through them too. This hook keeps the
 * page's copy of units and relations in step, and the tab's own undo / redo stacks.
 */
export function useMapEdits(documentId: string, initial: { units: UnitView[]; relations: RelationView[] }) {
  const [units, setUnits] = useState(initial.units);
  const [relations, setRelations] = useState(initial.relations);
  const [stacks, setStacks] = useState<UndoStacks>(EMPTY_STACKS);
  const { status, setStatus, run } = useMutation();
  const putRelation = (r: RelationView) => setRelations((all) => all.map((x) => (x.id === r.id ? r : x)));
  const putUnit = (u: UnitView) => setUnits((all) => all.map((x) => (x.id === u.id ? u : x)));
  const record = (edit: MapEdit) => setStacks((s) => recordEdit(s, edit));

  async function connect(fromId: string, toId: string, type: RelationType): Promise<RelationView | null> {
    let created: RelationView | null = null;
    await run(
      () => createRelationAction({ documentId, fromId, toId, type }),
      (r) => {
        created = r;
        setRelations((all) => [...all, r]);
        record({ kind: "create", relation: r });
      },
      { notice: "Relation added. Ctrl+Z undoes it." },
    );
    return created;
  }

  async function changeType(relation: RelationView, type: RelationType) {
    await run(
      () => updateRelationAction({ relationId: relation.id, type, expectedType: relation.type }),
      (r) => {
        putRelation(r);
        if (r.type !== relation.type) record({ kind: "retype", relation: r, from: relation.type });
      },
      { notice: "Relation changed.", onConflict: putRelation },
    );
  }

  async function remove(relation: RelationView) {
    await run(
      () => deleteRelationAction({ relationId: relation.id }),
      () => {
        setRelations((all) => all.filter((r) => r.id !== relation.id));
        record({ kind: "delete", relation });
      },
      { notice: "Relation deleted. Ctrl+Z undoes it." },
    );
  }

  /** A drag that the layout keeps: `from` is where the nodes were before it. */
  const recordMove = (moves: { id: string; from: Point; to: Point }[]) => {
    const real = moves.filter((m) => m.from.x !== m.to.x || m.from.y !== m.to.y);
    if (real.length > 0) record({ kind: "move", moves: real });
  };

  function perform(w: Exclude<MapWrite, { kind: "move" }>): Promise<ActionResult<RelationView>> {
    if (w.kind === "delete") return deleteRelationAction({ relationId: w.relationId });
    if (w.kind === "create") return createRelationAction({ documentId, fromId: w.fromId, toId: w.toId, type: w.type });
    return updateRelationAction({ relationId: w.relationId, type: w.type, expectedType: w.expectedType });
  }

  /**
   * Undo (or redo) the newest step: the inverse write, checked by the server like any other
   * (a type change carries the type it expects, a redrawn relation may now be a duplicate).
   * A step that fails is dropped with a message saying what could not be undone and why.
   */
  async function step(direction: "undo" | "redo", moveTo: (positions: MovedNodes) => void) {
    const edit = (direction === "undo" ? stacks.undo : stacks.redo).at(-1);
    if (!edit || status.busy) return;
    const what = describeStep(edit, direction);
    const done = `${direction === "undo" ? "Undone" : "Redone"}: ${what}.`;
    const w = inverseWrite(edit);
    if (w.kind === "move") {
      moveTo(w.positions);
      setStacks((s) => afterStep(s, direction, edit));
      setStatus({ busy: false, notice: done });
      return;
    }
    setStatus({ busy: true });
    const result = await perform(w);
    if (!result.ok) {
      const current = (result.error.details as { current?: RelationView } | undefined)?.current;
      if (result.error.code === "VERSION_CONFLICT" && current) putRelation(current);
      // Someone already deleted it: what the step wanted is true, so the map shows it too.
      if (result.error.code === "NOT_FOUND" && w.kind === "delete") setRelations((all) => all.filter((x) => x.id !== w.relationId));
      setStacks((s) => dropStep(s, direction, edit));
      setStatus({ busy: false, error: `Could not ${direction} “${what}”: ${result.error.message}` });
      return;
    }
    const r = result.data;
    if (w.kind === "delete") setRelations((all) => all.filter((x) => x.id !== w.relationId));
    else if (w.kind === "create") setRelations((all) => [...all, r]);
    else putRelation(r);
    setStacks((s) => afterStep(s, direction, edit, w.kind === "delete" ? undefined : r));
    setStatus({ busy: false, notice: done });
  }

  /** On a conflict their version is shown; the reviewer's draft stays in the form to compare and save again. */
  const saveVerdict = (unit: UnitView, draft: Draft) =>
    run(() => setVerdictAction({ unitId: unit.id, version: unit.version, verdict: draft.verdict, rationale: draft.rationale }), putUnit, {
      notice: "Saved.",
      onConflict: putUnit,
    });

  return { units, relations, status, setStatus, connect, changeType, remove, saveVerdict, stacks, setStacks, recordMove, step };
}
