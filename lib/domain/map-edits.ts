// Undo and redo on the argument map, as plain data. An edit is what the user did; undoing it is
// the inverse write through the same use cases (a new relation deleted, a deleted one drawn
// again, a type set back with the type it has now as `expectedType`, nodes moved back).
// The stacks live only in the user's tab: they are their own session's convenience.
import { samePoint, type Point, type Positions } from "./map-layout";
import { quotedSnippet } from "./snippet";
import type { RelationView } from "./views";
import { RELATION_LABEL, UNIT_KIND_LABEL, type RelationType, type UnitKind } from "./vocabulary";

export type MapEdit =
  | { kind: "create"; relation: RelationView }
  | { kind: "delete"; relation: RelationView }
  /** `relation` as it is after the change; `from` is the type it had before. */
  | { kind: "retype"; relation: RelationView; from: RelationType }
  | { kind: "move"; moves: { id: string; from: Point; to: Point }[] };

/** The write that takes an edit back. */
export type MapWrite =
  | { kind: "delete"; relationId: string }
  | { kind: "create"; fromId: string; toId: string; type: RelationType }
  | { kind: "update"; relationId: string; type: RelationType; expectedType: RelationType }
  | { kind: "move"; positions: { id: string; position: Point }[] };

export function inverseWrite(edit: MapEdit): MapWrite {
  switch (edit.kind) {
    case "create":
      return { kind: "delete", relationId: edit.relation.id };
    case "delete":
      return { kind: "create", fromId: edit.relation.fromId, toId: edit.relation.toId, type: edit.relation.type };
    case "retype":
      return { kind: "update", relationId: edit.relation.id, type: edit.from, expectedType: edit.relation.type };
    case "move":
      return { kind: "move", positions: edit.moves.map((m) => ({ id: m.id, position: m.from })) };
  }
}

/**
 * The edit that an undo (or a redo) itself amounts to, so it can be taken back in turn.
 * `result` is the relation the write returned (a relation drawn again gets a new id).
 */
export function inverseEdit(edit: MapEdit, result?: RelationView): MapEdit {
  switch (edit.kind) {
    case "create":
      return { kind: "delete", relation: edit.relation };
    case "delete":
      return { kind: "create", relation: result ?? edit.relation };
    case "retype":
      return { kind: "retype", relation: result ?? { ...edit.relation, type: edit.from }, from: edit.relation.type };
    case "move":
      return { kind: "move", moves: edit.moves.map((m) => ({ id: m.id, from: m.to, to: m.from })) };
  }
}

export interface UndoStacks {
  undo: MapEdit[];
  redo: MapEdit[];
}

export const EMPTY_STACKS: UndoStacks = { undo: [], redo: [] };
/** Enough for a drawing session; older edits fall off the bottom. */
export const UNDO_LIMIT = 50;

/** A new edit by the user: it can be undone, and what was undone before can no longer be redone. */
export function recordEdit(stacks: UndoStacks, edit: MapEdit, limit = UNDO_LIMIT): UndoStacks {
  return { undo: [...stacks.undo, edit].slice(-limit), redo: [] };
}

/**
 * After an undo or redo succeeded: `done` leaves one stack, its inverse goes onto the other.
 * A relation drawn again has a new id; older entries that name the old id follow it.
 */
export function afterStep(stacks: UndoStacks, direction: "undo" | "redo", done: MapEdit, result?: RelationView, limit = UNDO_LIMIT): UndoStacks {
  const from = direction === "undo" ? stacks.undo : stacks.redo;
  const to = direction === "undo" ? stacks.redo : stacks.undo;
  const back = inverseEdit(done, result);
  const rest = from.filter((e) => e !== done);
  let next = { from: rest, to: [...to, back].slice(-limit) };
  if (done.kind === "delete" && result && result.id !== done.relation.id) {
    next = { from: renameRelation(next.from, done.relation.id, result), to: renameRelation(next.to, done.relation.id, result) };
  }
  return direction === "undo" ? { undo: next.from, redo: next.to } : { undo: next.to, redo: next.from };
}

/** Entries about relation `oldId` now refer to `now` (same ends, new id). */
export function renameRelation(edits: MapEdit[], oldId: string, now: RelationView): MapEdit[] {
  return edits.map((e) => (e.kind !== "move" && e.relation.id === oldId ? { ...e, relation: { ...e.relation, id: now.id } } : e));
}

/** Forget a step that could not be done (the relation is gone, someone changed it…). */
export function dropStep(stacks: UndoStacks, direction: "undo" | "redo", edit: MapEdit): UndoStacks {
  return direction === "undo" ? { ...stacks, undo: stacks.undo.filter((e) => e !== edit) } : { ...stacks, redo: stacks.redo.filter((e) => e !== edit) };
}

/** After a re-layout the old positions mean nothing: moves can no longer be undone. */
export function dropMoves(stacks: UndoStacks): UndoStacks {
  return { undo: stacks.undo.filter((e) => e.kind !== "move"), redo: stacks.redo.filter((e) => e.kind !== "move") };
}

/**
 * The automatic layout arrived while the provisional grid was shown: a move that started (or, on
 * the redo stack, ended) on a node's grid place now refers to its laid-out place, so undoing a
 * drag made early puts the node where the layout put it, not where the grid was.
 */
export function rebaseMoves(stacks: UndoStacks, provisional: Positions, auto: Positions): UndoStacks {
  const at = (id: string, p: Point) => (provisional[id] && auto[id] && samePoint(p, provisional[id]) ? auto[id] : p);
  const rebase = (edits: MapEdit[]) =>
    edits.map((e) => (e.kind === "move" ? { ...e, moves: e.moves.map((m) => ({ id: m.id, from: at(m.id, m.from), to: at(m.id, m.to) })) } : e));
  return { undo: rebase(stacks.undo), redo: rebase(stacks.redo) };
}

/**
 * What an Undo / Redo step is about, said as the user's own action: the redo stack holds the
 * inverse of what was undone, so a redo is described by the edit it brings back.
 */
export function describeStep(edit: MapEdit, direction: "undo" | "redo"): string {
  return describeEdit(direction === "undo" ? edit : inverseEdit(edit));
}

/** An edit in words, e.g. "add relation (supports)". */
export function describeEdit(edit: MapEdit): string {
  switch (edit.kind) {
    case "create":
      return `add relation (${RELATION_LABEL[edit.relation.type].outgoing})`;
    case "delete":
      return `delete relation (${RELATION_LABEL[edit.relation.type].outgoing})`;
    case "retype":
      return `type change (${RELATION_LABEL[edit.from].outgoing} → ${RELATION_LABEL[edit.relation.type].outgoing})`;
    case "move":
      return edit.moves.length === 1 ? "move of a node" : `move of ${edit.moves.length} nodes`;
  }
}

export interface SentenceUnit {
  kind: UnitKind;
  text: string;
}

/** A relation said as a sentence: `Claim “NATO is expanding…” supports Premise “…”`. */
export function relationSentence(from: SentenceUnit, type: RelationType, to: SentenceUnit, n = 60): string {
  return `${unitPhrase(from, n)} ${RELATION_LABEL[type].outgoing} ${unitPhrase(to, n)}`;
}

export function unitPhrase(u: SentenceUnit, n = 60): string {
  return `${UNIT_KIND_LABEL[u.kind]} ${quotedSnippet(u.text, n)}`;
}
