// Arguments in AIF (issue 16): RA nodes named by scheme, CA nodes for undercuts (on the RA),
// undermines (on the premise) and rebuttals (on the conclusion); read back from our own export
// whole and from a plain AIFdb nodeset by its graph; the export read again by arguebuf.
import { readFileSync } from "node:fs";
import { load, scheme2string, type SchemeNode } from "arguebuf";
import { describe, expect, test } from "vitest";
import { schemeByAifName } from "@/lib/domain/schemes";
import { ZImportedDocument } from "@/lib/validation/interchange";
import { toAif, type AifDocument } from "./aif";
import { fromAif } from "./aif-import";
import { aifCounts, aifRoundTrip, aifRoundTripCounts } from "./aif-round-trip";
import { argumentEssence, argumentMap } from "./fixtures/argument-map";
import { essence, importedAsMap, OPTIONS } from "./fixtures/sample-map";
import { importedToMap } from "./imported-map";

const NODESET = readFileSync(new URL("./fixtures/aifdb-nodeset.json", import.meta.url), "utf8");

function graph(aif: AifDocument) {
  const node = (id: string) => aif.nodes.find((n) => n.nodeID === id)!;
  const into = (id: string) => aif.edges.filter((e) => e.toID === id).map((e) => node(e.fromID));
  const outOf = (id: string) => aif.edges.filter((e) => e.fromID === id).map((e) => node(e.toID));
  const iNode = (text: string) => aif.nodes.find((n) => n.type === "I" && n.text === text)!;
  return { node, into, outOf, iNode };
}

describe("toAif with arguments", () => {
  const map = argumentMap();
  const aif = toAif(map, OPTIONS);
  const { into, outOf, iNode } = graph(aif);
  const words = (id: string) => map.nodes.find((n) => n.id === id)!.exact;
  const mainRa = (argument: string) => aif.nodes.find((n) => n.nodeID === aif.warrant.arguments!.find((a) => a.id === argument)!.node)!;

  test("an argument is an RA node named by its scheme's AIF name, between its premises and its conclusion", () => {
    const ra = mainRa("a-1");
    expect([ra.type, ra.text, ra.scheme]).toEqual(["RA", "Expert Opinion", "Expert Opinion"]);
    expect(into(ra.nodeID).map((n) => [n.type, n.text])).toEqual([
      ["I", words("u-3")],
      ["I", "The critics read the report."],
      ["CA", "Default Conflict"], // the undercut
    ]);
    expect(outOf(ra.nodeID).map((n) => n.text)).toEqual([words("u-4")]);
  });

  test("no scheme is AIF's Default Inference; an intermediate conclusion is a step of its own", () => {
    const ra = mainRa("a-2");
    expect(ra.text).toBe("Default Inference");
    expect(into(ra.nodeID).map((n) => n.text)).toEqual(["The meeting was minuted.", words("u-5")]);
    expect(outOf(ra.nodeID).map((n) => n.text)).toEqual([words("u-2")]);
    const step = into(iNode("The meeting was minuted.").nodeID);
    expect(step.map((n) => [n.type, n.text])).toEqual([["RA", "Default Inference"]]);
    expect(into(step[0]!.nodeID).map((n) => n.text)).toEqual([words("u-1")]);
  });

  test("an undercut is a CA on the RA, an undermine a CA on the premise, a rebuttal a CA on the conclusion", () => {
    const conflicts = aif.nodes.filter((n) => n.type === "CA");
    const edgesOf = (ca: (typeof conflicts)[number]) => [into(ca.nodeID).map((n) => n.text)[0], outOf(ca.nodeID).map((n) => `${n.type} ${n.text}`)[0]];
    expect(conflicts.every((n) => n.text === "Default Conflict")).toBe(true);
    expect(conflicts.map(edgesOf)).toEqual(
      expect.arrayContaining([
        ["No table given.", "RA Expert Opinion"],
        ["The critics never saw it.", "I The critics read the report."],
        [words("u-3"), `I ${words("u-2")}`],
        [words("u-4"), `I ${words("u-1")}`],
      ]),
    );
    const support = outOf(iNode(words("u-2")).nodeID).filter((n) => n.type === "RA" && outOf(n.nodeID)[0]?.text === words("u-4"));
    expect(support.map((n) => n.text)).toEqual(["Default Inference"]);
  });

  test("implicit premises and objections are I nodes; counts of I, RA and CA nodes", () => {
    expect(aifCounts(aif).nodes).toMatchObject({ I: 9, RA: 5, CA: 5, MA: 1 });
  });

  test("our importer restores the arguments whole, and implicit premises do not become units", () => {
    const doc = fromAif(JSON.stringify(aif));
    expect(ZImportedDocument.safeParse(doc).success).toBe(true);
    const back = importedToMap(doc);
    expect(argumentEssence(back)).toEqual(argumentEssence(map));
    expect(essence(importedAsMap(doc))).toEqual(essence(map));
  });

  test("arguebuf's AIF reader sees the same atoms, supports and attacks; its scheme table knows the names", () => {
    const g = load.aif(aif as never);
    const kinds = Object.values(g.nodes).map((n) => (n.type === "atom" ? "I" : ((n as SchemeNode).scheme.case ?? "other")));
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect([count("I"), count("support"), count("attack"), count("rephrase")]).toEqual([9, 5, 5, 1]);
    expect(Object.keys(g.edges)).toHaveLength(aif.edges.length);
    // arguebuf's AIF reader keeps no scheme names; its OVA reader maps them to its own schemes.
    const ras = aif.nodes.filter((n) => n.type === "RA");
    const ova = load.ova({
      nodes: ras.map((n) => ({ id: Number(n.nodeID), type: "RA", text: n.text, descriptors: {} })),
      edges: [],
      participants: [],
      analysis: { txt: "" },
    } as never);
    expect(ras.map((n) => scheme2string((ova.nodes[n.nodeID] as SchemeNode).scheme)).sort()).toEqual([
      "default",
      "default",
      "default",
      "default",
      "expert_opinion",
    ]);
  });
});

describe("fromAif on an AIFdb nodeset", () => {
  const doc = fromAif(NODESET);
  const unit = (words: string) => doc.units.find((u) => doc.text.slice(u.start, u.end) === words)!;

  test("I nodes are units and L nodes give their speakers through YA; TA, PA and other YA nodes are skipped", () => {
    expect(doc.units).toHaveLength(9);
    expect(doc.units.map((u) => u.speaker)).toEqual([
      "Lena Ortiz", // "Lena Ortiz : we should introduce a congestion charge in this city"
      "Lena Ortiz",
      "Priya Shah",
      "Alice Moran", // the host's locution asserts it first; Priya Shah is not its speaker
      "Tom Baker",
      "Tom Baker",
      "Priya Shah", // also questioned by Alice Moran and challenged by Tom Baker, later
      "Lena Ortiz",
      "Priya Shah",
    ]);
    expect(unit("Dr Shah has studied road pricing for twenty years").speaker).toBe("Alice Moran");
    expect(ZImportedDocument.safeParse(doc).success).toBe(true);
  });

  test("each RA with premises and one conclusion is an argument with its scheme; a CA on an RA is an undercut", () => {
    expect(doc.arguments!.map((a) => [a.schemeId, a.statements!.map((s) => s.role).join(" ")])).toEqual([
      ["expert-opinion", "PREMISE CONCLUSION"],
      ["practical-reasoning", "PREMISE PREMISE CONCLUSION"],
      ["analogy", "PREMISE CONCLUSION"],
      ["positive-consequences", "PREMISE CONCLUSION"],
      [null, "PREMISE CONCLUSION"],
    ]);
    const analogy = doc.arguments![2]!;
    expect(doc.argumentRelations).toEqual([
      { type: "UNDERCUTS", from: { unit: unit("Easton's takings fell during a national recession").key }, to: { argument: analogy.key } },
    ]);
    // CA nodes between I nodes stay attacks between units; no RA is also read as a support.
    expect(doc.relations.map((r) => r.type)).toEqual(["ATTACKS", "ATTACKS"]);
  });

  test("the round trip AIF -> Warrant -> AIF keeps I, RA and CA counts and the scheme names", () => {
    const { before, after } = aifRoundTripCounts(NODESET);
    expect(before.nodes).toMatchObject({ I: 9, RA: 5, CA: 3, L: 16, TA: 15, PA: 1 });
    for (const type of ["I", "RA", "CA"]) expect(after.nodes[type], type).toBe(before.nodes[type]);
    const canonical = (names: string[]) => names.map((n) => schemeByAifName(n)?.aif ?? n).sort();
    expect(canonical(after.schemes)).toEqual(canonical(before.schemes));
    expect(after.schemes).toContain("Analogy"); // "Argument From Analogy" comes back as the catalogue's AIF name
    const again = aifRoundTrip(JSON.stringify(aifRoundTrip(NODESET)));
    expect(aifCounts(again)).toEqual(after);
  });

  test("speakers come back as L nodes of the export", () => {
    const l = aifRoundTrip(NODESET).nodes.filter((n) => n.type === "L");
    expect(new Set(l.map((n) => n.text.split(" : ")[0]))).toEqual(new Set(["Lena Ortiz", "Priya Shah", "Alice Moran", "Tom Baker"]));
  });
});

describe("scheme names", () => {
  const one = (scheme: string) => ({
    nodes: [
      { nodeID: "1", text: "Experts say so.", type: "I" },
      { nodeID: "2", text: scheme, type: "RA" },
      { nodeID: "3", text: "It is so.", type: "I" },
      { nodeID: "4", text: "Participant Rachel: It is so", type: "L" },
      { nodeID: "5", text: "Asserting", type: "YA" },
      { nodeID: "6", text: "Default Preference", type: "PA" },
      { nodeID: "7", text: "Default Rephrase", type: "MA" },
    ],
    edges: [
      { edgeID: "1", fromID: "1", toID: "2" },
      { edgeID: "2", fromID: "2", toID: "3" },
      { edgeID: "3", fromID: "4", toID: "5" },
      { edgeID: "4", fromID: "5", toID: "3" },
      { edgeID: "5", fromID: "1", toID: "6" },
      { edgeID: "6", fromID: "6", toID: "3" },
    ],
  });

  test.each([
    ["Expert Opinion", "expert-opinion"],
    ["Argument From Expert Opinion", "expert-opinion"],
    ["argument from expert opinion", "expert-opinion"],
    ["Argument from position to know", "position-to-know"],
    ["Default Inference", null],
  ])("RA %j reads as scheme %j", (name, id) => {
    const doc = fromAif(JSON.stringify(one(name)));
    expect(doc.arguments!.map((a) => a.schemeId)).toEqual([id]);
    expect(doc.arguments![0]!.title).toBe("It is so.");
    expect(doc.units[1]!.speaker).toBe("Participant Rachel");
  });

  test("a scheme the catalogue lacks is kept in the title, without failing", () => {
    const doc = fromAif(JSON.stringify(one("Argument From Fear Appeal")));
    expect(doc.arguments!.map((a) => [a.schemeId, a.title])).toEqual([[null, "Argument From Fear Appeal: It is so."]]);
    expect(ZImportedDocument.safeParse(doc).success).toBe(true);
  });
});
