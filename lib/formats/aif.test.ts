import { describe, expect, test } from "vitest";
import { toAif } from "./aif";
import { fromAif } from "./aif-import";
import { FormatError } from "./errors";
import { essence, importedAsMap, OPTIONS, sampleMap } from "./fixtures/sample-map";

describe("toAif", () => {
  const map = sampleMap();
  const aif = toAif(map, OPTIONS);
  const node = (id: string) => aif.nodes.find((n) => n.nodeID === id)!;
  const from = (id: string) => aif.edges.filter((e) => e.fromID === id).map((e) => node(e.toID));
  const to = (id: string) => aif.edges.filter((e) => e.toID === id).map((e) => node(e.fromID));

  test("uses string ids, one I node per unit, and the document text", () => {
    expect(aif.nodes.every((n) => typeof n.nodeID === "string")).toBe(true);
    expect(aif.nodes.filter((n) => n.type === "I").map((n) => n.text)).toEqual(map.nodes.map((n) => n.exact));
    expect(aif.text).toBe(map.document.text);
    expect(node("1").timestamp).toBe("2026-01-02 03:04:05");
  });

  test.each([
    ["RA", "Critics disputed the figure.", "=SUM(A1:A9) was the figure cited by critics."],
    ["CA", "Its chair said", "Critics disputed the figure."],
    ["MA", "Critics disputed the figure.", "It is a disgrace"],
  ])("a %s node sits between premise and conclusion I nodes", (type, conclusion, premise) => {
    const schemes = aif.nodes.filter((n) => n.type === type);
    expect(schemes).toHaveLength(1);
    expect(to(schemes[0]!.nodeID).map((n) => [n.type, n.text.slice(0, premise.length)])).toEqual([["I", premise]]);
    expect(from(schemes[0]!.nodeID).map((n) => [n.type, n.text.slice(0, conclusion.length)])).toEqual([["I", conclusion]]);
  });

  test("quotations are L nodes 'Speaker : words' asserting their I nodes through YA", () => {
    const l = aif.nodes.filter((n) => n.type === "L");
    expect(l.map((n) => n.text)).toEqual(["Its chair : the budget rose by 12% <net> & more"]);
    const ya = from(l[0]!.nodeID);
    expect(ya.map((n) => [n.type, n.text])).toEqual([["YA", "Asserting"]]);
    expect(from(ya[0]!.nodeID).map((n) => n.text)).toEqual([map.nodes[1]!.exact]);
    expect(aif.participants).toEqual([{ participantID: "1", firstname: "Its", surname: "chair" }]);
  });

  test("an I node is the exact words; the normalised wording is the unit's `checked` in the extra key", () => {
    const i = aif.nodes.find((n) => n.type === "I" && n.text.startsWith("Its chair"))!;
    expect(i.text).toBe(map.nodes[1]!.exact);
    expect(aif.warrant.units[i.nodeID]!.checked).toBe(map.nodes[1]!.checked);
    expect(aif.nodes.some((n) => n.text.includes("{net}"))).toBe(false);
  });

  test("verdicts and citations live in the extra top-level key", () => {
    expect(Object.values(aif.warrant.units).map((u) => u.verdict)).toEqual(map.nodes.map((n) => n.verdict));
    expect(aif.warrant.cites).toHaveLength(1);
    expect(new Set(aif.nodes.map((n) => n.type))).toEqual(new Set(["I", "RA", "CA", "MA", "L", "YA"]));
  });
});

describe("fromAif", () => {
  test("round trip keeps statements, relations, verdicts and offsets", () => {
    const map = sampleMap();
    const doc = fromAif(JSON.stringify(toAif(map, OPTIONS)));
    expect(essence(importedAsMap(doc))).toEqual(essence(map));
    expect(doc.text).toBe(map.document.text);
    expect(doc.units.map((u) => [u.start, u.end])).toEqual(map.nodes.map((n) => [n.start, n.end]));
    expect(doc.title).toBe(map.document.title);
    expect(doc.units.map((u) => u.text)).toEqual(map.nodes.map((n) => n.checked));
  });

  test("an export from before `checked` (normalised wording in the I node) still gives it back as the wording", () => {
    const map = sampleMap();
    const old = toAif(map, OPTIONS);
    const chair = old.nodes.find((n) => n.type === "I" && n.text === map.nodes[1]!.exact)!;
    chair.text = map.nodes[1]!.checked!;
    for (const u of Object.values(old.warrant.units)) delete (u as { checked?: unknown }).checked;
    const doc = fromAif(JSON.stringify(old));
    expect(doc.text).toBe(map.document.text);
    expect(doc.units[1]).toMatchObject({ start: map.nodes[1]!.start, end: map.nodes[1]!.end, text: map.nodes[1]!.checked });
    expect(doc.units[0]!.text).toBeNull();
  });

  test("reads a plain AIFdb/OVA file: statements, an RA as an argument, a CA between I nodes as an attack, speakers; no text -> text assembled", () => {
    const ova = {
      AIF: {
        nodes: [
          { nodeID: "a1", text: "Taxes should rise.", type: "I" },
          { nodeID: "a2", text: "Schools need money.", type: "I" },
          { nodeID: "a3", text: "Default Inference", type: "RA" },
          { nodeID: "a4", text: "Growth will slow.", type: "I" },
          { nodeID: "a5", text: "Default Conflict", type: "CA" },
          { nodeID: "a6", text: "Bob : Schools need money", type: "L" },
          { nodeID: "a7", text: "Asserting", type: "YA" },
        ],
        edges: [
          { edgeID: "e1", fromID: "a2", toID: "a3" },
          { edgeID: "e2", fromID: "a3", toID: "a1" },
          { edgeID: "e3", fromID: "a4", toID: "a5" },
          { edgeID: "e4", fromID: "a5", toID: "a1" },
          { edgeID: "e5", fromID: "a6", toID: "a7" },
          { edgeID: "e6", fromID: "a7", toID: "a2" },
        ],
      },
    };
    const doc = fromAif(JSON.stringify(ova));
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end))).toEqual(["Taxes should rise.", "Schools need money.", "Growth will slow."]);
    expect(doc.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(["a4 ATTACKS a1"]);
    expect(doc.arguments?.map((a) => [a.key, a.schemeId, a.statements?.map((s) => `${s.role} ${s.unit}`)])).toEqual([
      ["a3", null, ["PREMISE a2", "CONCLUSION a1"]],
    ]);
    expect(doc.units[1]!.speaker).toBe("Bob");
  });

  test.each([
    ["not json", "not valid JSON"],
    ['{"nodes": 1}', 'needs "nodes" and "edges"'],
    ['{"nodes": [], "edges": []}', "no I nodes"],
  ])("refuses %j", (input, message) => {
    expect(() => fromAif(input)).toThrow(FormatError);
    expect(() => fromAif(input)).toThrow(message);
  });
});
