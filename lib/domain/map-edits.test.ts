import { describe, expect, test } from "vitest";
import {
  afterStep,
  describeEdit,
  describeStep,
  dropMoves,
  dropStep,
  EMPTY_STACKS,
  inverseWrite,
  rebaseMoves,
  recordEdit,
  relationSentence,
  type MapEdit,
  type UndoStacks,
} from "./map-edits";
import type { RelationView } from "./views";

const rel = (id: string, type: RelationView["type"] = "SUPPORTS"): RelationView => ({ id, fromId: "a", toId: "b", type, origin: "MANUAL", signals: [] });
const move: MapEdit = { kind: "move", moves: [{ id: "a", from: { x: 0, y: 0 }, to: { x: 50, y: 10 } }] };

describe("inverseWrite", () => {
  test.each<[MapEdit, ReturnType<typeof inverseWrite>]>([
    [
      { kind: "create", relation: rel("r1") },
      { kind: "delete", relationId: "r1" },
    ],
    [
      { kind: "delete", relation: rel("r1", "CITES") },
      { kind: "create", fromId: "a", toId: "b", type: "CITES" },
    ],
    // The type it has now is the expected one: if someone changed it since, the undo is refused (409).
    [
      { kind: "retype", relation: rel("r1", "ATTACKS"), from: "SUPPORTS" },
      { kind: "update", relationId: "r1", type: "SUPPORTS", expectedType: "ATTACKS" },
    ],
    [move, { kind: "move", positions: [{ id: "a", position: { x: 0, y: 0 } }] }],
  ])("%j", (edit, write) => {
    expect(inverseWrite(edit)).toEqual(write);
  });
});

describe("undo stacks", () => {
  test("a new edit clears redo and the stack is bounded", () => {
    let s: UndoStacks = { undo: [], redo: [move] };
    for (let i = 0; i < 5; i++) s = recordEdit(s, { kind: "create", relation: rel(`r${i}`) }, 3);
    expect(s.redo).toEqual([]);
    expect(s.undo.map((e) => (e.kind === "create" ? e.relation.id : "?"))).toEqual(["r2", "r3", "r4"]);
  });

  test("undo then redo of a retype goes back and forth with the right expected types", () => {
    const edit: MapEdit = { kind: "retype", relation: rel("r1", "ATTACKS"), from: "SUPPORTS" };
    let s = recordEdit(EMPTY_STACKS, edit);
    s = afterStep(s, "undo", edit, rel("r1", "SUPPORTS"));
    expect(s.undo).toEqual([]);
    const redo = s.redo[0]!;
    expect(inverseWrite(redo)).toEqual({ kind: "update", relationId: "r1", type: "ATTACKS", expectedType: "SUPPORTS" });
    s = afterStep(s, "redo", redo, rel("r1", "ATTACKS"));
    expect(s.redo).toEqual([]);
    expect(inverseWrite(s.undo[0]!)).toEqual({ kind: "update", relationId: "r1", type: "SUPPORTS", expectedType: "ATTACKS" });
  });

  test("a relation drawn again by undo gets a new id, and older entries follow it", () => {
    const retype: MapEdit = { kind: "retype", relation: rel("r1", "ATTACKS"), from: "SUPPORTS" };
    const del: MapEdit = { kind: "delete", relation: rel("r1", "ATTACKS") };
    let s = recordEdit(recordEdit(EMPTY_STACKS, retype), del);
    s = afterStep(s, "undo", del, rel("r2", "ATTACKS"));
    expect(inverseWrite(s.undo[0]!)).toEqual({ kind: "update", relationId: "r2", type: "SUPPORTS", expectedType: "ATTACKS" });
    // Redo deletes the relation as it now is.
    expect(inverseWrite(s.redo[0]!)).toEqual({ kind: "delete", relationId: "r2" });
  });

  test("undo of a create, then redo, then undo again deletes the new copy", () => {
    const create: MapEdit = { kind: "create", relation: rel("r1") };
    let s = recordEdit(EMPTY_STACKS, create);
    s = afterStep(s, "undo", create);
    expect(inverseWrite(s.redo[0]!)).toEqual({ kind: "create", fromId: "a", toId: "b", type: "SUPPORTS" });
    s = afterStep(s, "redo", s.redo[0]!, rel("r9"));
    expect(inverseWrite(s.undo[0]!)).toEqual({ kind: "delete", relationId: "r9" });
  });

  test("moves: undo swaps the positions; a failed step and a re-layout drop entries", () => {
    let s = recordEdit(recordEdit(EMPTY_STACKS, move), { kind: "create", relation: rel("r1") });
    s = afterStep(s, "undo", s.undo[1]!);
    expect(dropMoves(s)).toEqual({ undo: [], redo: s.redo });
    s = afterStep(s, "undo", move);
    expect(s.redo[1]).toEqual({ kind: "move", moves: [{ id: "a", from: { x: 50, y: 10 }, to: { x: 0, y: 0 } }] });
    expect(dropStep(s, "redo", s.redo[0]!).redo).toHaveLength(1);
  });
});

test.each<[MapEdit, string]>([
  [{ kind: "create", relation: rel("r1") }, "add relation (supports)"],
  [{ kind: "delete", relation: rel("r1", "ATTACKS") }, "delete relation (attacks)"],
  [{ kind: "retype", relation: rel("r1", "CITES"), from: "SUPPORTS" }, "type change (supports → cites)"],
  [move, "move of a node"],
])("describeEdit %#", (edit, text) => {
  expect(describeEdit(edit)).toBe(text);
});

test("relationSentence names both units with their kinds and quoted words", () => {
  const from = { kind: "CLAIM" as const, text: "NATO is expanding eastwards faster than at any time since the end of the Cold War" };
  expect(relationSentence(from, "ATTACKS", { kind: "PREMISE", text: "Budgets rose" }, 30)).toBe(
    "Claim “NATO is expanding eastwards f…” attacks Premise “Budgets rose”",
  );
});

test("describeStep: a redo is described by the edit it brings back", () => {
  const create: MapEdit = { kind: "create", relation: rel("r1") };
  const s = afterStep(recordEdit(EMPTY_STACKS, create), "undo", create);
  expect(describeStep(create, "undo")).toBe("add relation (supports)");
  expect(describeStep(s.redo[0]!, "redo")).toBe("add relation (supports)");
});

test("rebaseMoves: moves that started or ended on the provisional grid refer to the laid-out place; others and relations stay", () => {
  const provisional = { a: { x: 0, y: 0 }, b: { x: 268, y: 0 } };
  const auto = { a: { x: 40, y: 500 }, b: { x: 300, y: 10 } };
  const early: MapEdit = { kind: "move", moves: [{ id: "a", from: { x: 0, y: 0 }, to: { x: 50, y: 10 } }] };
  const undone: MapEdit = { kind: "move", moves: [{ id: "b", from: { x: 90, y: 90 }, to: { x: 268, y: 0 } }] };
  const created: MapEdit = { kind: "create", relation: rel("r1") };
  const after = rebaseMoves({ undo: [created, early], redo: [undone] }, provisional, auto);
  expect(after.undo[0]).toBe(created);
  expect(after.undo[1]).toEqual({ kind: "move", moves: [{ id: "a", from: { x: 40, y: 500 }, to: { x: 50, y: 10 } }] });
  expect(after.redo[0]).toEqual({ kind: "move", moves: [{ id: "b", from: { x: 90, y: 90 }, to: { x: 300, y: 10 } }] });
  // Undoing the early drag now puts the node where the layout put it.
  expect(inverseWrite(after.undo[1]!)).toEqual({ kind: "move", positions: [{ id: "a", position: { x: 40, y: 500 } }] });
});
