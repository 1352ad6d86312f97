// Arguments survive Argdown: import (fromArgdown) -> the map the server would build -> export
// (toArgdown), read back with @argdown/core: the statement, argument and relation counts of the
// original file are kept, and so are PCS roles, schemes and undercuts.
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { ZImportedDocument, type TImportedDocumentData } from "@/lib/validation/interchange";
import { toArgdown } from "./argdown";
import { fromArgdown, parseArgdownModel } from "./argdown-import";
import { importedToMap } from "./imported-map";

/** What the import use case stores, as the map loadArgumentMap builds from it (ids = the file's keys). */
const asMap = (doc: TImportedDocumentData): ArgumentMap => importedToMap(doc);

const counts = (argdown: string) => {
  const m = parseArgdownModel(argdown);
  return { statements: Object.keys(m.statements ?? {}).length, arguments: Object.keys(m.arguments ?? {}).length, relations: (m.relations ?? []).length };
};

const SAMPLES: [string, string][] = [
  [
    "one argument with a PCS",
    `# Budget\n\n[Rise]: The budget rose.\n  - [Minutes]: The minutes say otherwise.\n\n<Why>: Because.\n\n(1) [Report]: The report says so.\n----\n(2) [Rise]\n`,
  ],
  [
    "a scheme, an implicit premise, an undercut and an undermine",
    `# Officials\n\n[Said]: The minister said NATO is turning east.\n\n[East]: NATO is turning east.\n\n<Minister>: The minister's word.\n    {scheme: "position-to-know", status: "DRAFT"}\n\n(1) [Said]\n(2) [Knows]: The minister is in a position to know.\n    {implicit: true}\n----\n(3) [East]\n\n[NoEvidence]: No document backs this.\n    _> <Minister>\n\n[Outsider]: Ministers are not told such plans.\n    -> [Knows]\n`,
  ],
  [
    "arguments attacking and supporting each other, an intermediate conclusion, an AIF scheme name",
    `# Debate\n\n<A>: First.\n    {aif: "Expert Opinion"}\n\n(1) [P1]: One.\n(2) [P2]: Two.\n----\n(3) [I]: Between.\n(4) [P3]: Three.\n----\n(5) [C]: End.\n\n<B>: Second.\n    -> <A>\n\n(1) [Q]: Other.\n----\n(2) [D]: Not end.\n\n<C>: Third, a sketch.\n    +> <B>\n\n[Z]: Loose.\n    +> <C>\n`,
  ],
];

describe("Argdown round trip keeps arguments", () => {
  test.each(SAMPLES)("%s", (_name, input) => {
    const imported = ZImportedDocument.parse(fromArgdown(input));
    const exported = toArgdown(asMap(imported));
    expect(counts(exported)).toEqual(counts(input));
    // And again: the export imports to the same arguments.
    const again = ZImportedDocument.parse(fromArgdown(exported));
    const shape = (d: TImportedDocumentData) => d.arguments.map((a) => JSON.stringify([a.title, a.schemeId, a.statements.map((s) => s.role)])).sort();
    expect(shape(again)).toEqual(shape(imported));
  });

  test("schemes, implicit premises and objections are read as such", () => {
    const doc = ZImportedDocument.parse(fromArgdown(SAMPLES[1]![1]));
    expect(doc.units.map((u) => u.key).sort()).toEqual(["East", "NoEvidence", "Outsider", "Said"]);
    expect(doc.arguments[0]).toMatchObject({
      schemeId: "position-to-know",
      statements: [{ unit: "Said" }, { unit: null, text: "The minister is in a position to know." }, { unit: "East" }],
    });
    expect(doc.argumentRelations).toEqual([
      { type: "UNDERCUTS", from: { unit: "NoEvidence" }, to: { argument: "Minister" } },
      { type: "UNDERMINES", from: { unit: "Outsider" }, to: { statement: "Knows" } },
    ]);
    expect(ZImportedDocument.parse(fromArgdown(SAMPLES[2]![1])).arguments[0]!.schemeId).toBe("expert-opinion");
  });

  test("the export names the scheme in the argument's data and undercuts with _>", () => {
    const out = toArgdown(asMap(ZImportedDocument.parse(fromArgdown(SAMPLES[1]![1]))));
    const model = parseArgdownModel(out);
    const arg = Object.values(model.arguments!)[0]!;
    expect(arg.data).toMatchObject({ scheme: "position-to-know", aif: "Position To Know", schemeName: "Argument from position to know" });
    expect(model.relations!.map((r) => r.relationType).sort()).toEqual(["attack", "undercut"]);
  });
});
