// AIF JSON -> a new document. Accepts AIFdb's layout ({nodes, edges, ...}) and OVA's ({AIF: {...},
// text}). I nodes become units. An RA node with premises and one conclusion becomes an argument,
// a CA node on it an undercut (aif-import-arguments.ts); the other RA/CA/MA nodes between I nodes
// become SUPPORTS/ATTACKS/REPHRASES from each of their premises to their conclusion. L/YA nodes
// only give speakers (locutionSpeakers); TA and PA nodes are skipped. The "warrant" key, when
// present (our own export), restores kinds, normalised wordings, verdicts, offsets, citations
// and arguments.
import { FormatError, parseJsonFile } from "./errors";
import { assembleText, locate, type ImportedDocument } from "./types";
import type { AifUnitExtra } from "./aif";
import { readAifArguments } from "./aif-import-arguments";

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => !!v && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);
const RELATION: Record<string, "SUPPORTS" | "ATTACKS" | "REPHRASES"> = { RA: "SUPPORTS", CA: "ATTACKS", MA: "REPHRASES" };

/** Exports before `checked` put the normalised wording in the I node: it is one when it differs from the located words. */
const legacyWording = (located: string, iText: string) => (located === iText ? null : iText);

export function fromAif(content: string): ImportedDocument {
  const json = parseJsonFile(content, "The AIF file");
  const root = isRec(json) && isRec(json.AIF) ? { ...json.AIF, text: json.text, warrant: json.warrant } : json;
  if (!isRec(root) || !Array.isArray(root.nodes) || !Array.isArray(root.edges)) {
    throw new FormatError('This is not AIF JSON: it needs "nodes" and "edges" lists.');
  }
  const nodes = root.nodes
    .filter(isRec)
    .map((n) => ({ id: String(n.nodeID ?? ""), type: String(n.type ?? ""), text: String(n.text ?? ""), scheme: typeof n.scheme === "string" ? n.scheme : "" }));
  const edges = root.edges.filter(isRec).map((e) => ({ from: String(e.fromID ?? ""), to: String(e.toID ?? "") }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // Adjacency lists, built once: a filter over every edge per node is quadratic (minutes on a 4 MB file).
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const e of edges) {
    (incoming.get(e.to) ?? incoming.set(e.to, []).get(e.to)!).push(e.from);
    (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e.to);
  }
  const into = (id: string) => incoming.get(id) ?? [];
  const outOf = (id: string) => outgoing.get(id) ?? [];
  const isI = (id: string) => byId.get(id)?.type === "I";

  const ext = isRec(root.warrant) ? root.warrant : {};
  const extra = (isRec(ext.units) ? ext.units : {}) as Record<string, Partial<AifUnitExtra>>;
  if (!nodes.some((n) => n.type === "I")) throw new FormatError("The AIF has no I nodes (statements).");
  const args = readAifArguments({ nodes, byId, into, outOf }, ext);
  // Implicit premises and objections' words (our own exports) are the arguments' own, not units.
  const iNodes = nodes.filter((n) => n.type === "I" && !args.notUnits.has(n.id));
  if (iNodes.length === 0) throw new FormatError("The AIF has no I nodes (statements).");
  const speakers = locutionSpeakers(root, nodes, outOf, isI);

  // The document text: the file's own, with statements found in it; otherwise assembled.
  const given = typeof root.text === "string" ? root.text : isRec(root.text) && typeof root.text.txt === "string" ? root.text.txt : "";
  let text = given;
  let spans = iNodes.map((n) => (given ? locate(given, n.text, extra[n.id]) : null));
  if (spans.some((s) => !s)) ({ text, spans } = assembleText(iNodes.map((n) => n.text)));

  const relations: ImportedDocument["relations"] = [];
  for (const s of nodes.filter((n) => n.type in RELATION && !args.claimed.has(n.id))) {
    for (const to of outOf(s.id).filter(isI)) for (const from of into(s.id).filter(isI)) relations.push({ from, to, type: RELATION[s.type]! });
  }
  for (const c of Array.isArray(ext.cites) ? ext.cites.filter(isRec) : []) relations.push({ from: String(c.fromID), to: String(c.toID), type: "CITES" });

  const doc = isRec(ext.document) ? ext.document : {};
  return {
    title: str(doc.title) ?? "Imported AIF",
    author: str(doc.author),
    publisher: str(doc.publisher),
    sourceUrl: str(doc.sourceUrl),
    publishedAt: str(doc.publishedAt),
    language: str(doc.language),
    text,
    units: iNodes.map((n, i) => {
      const x = extra[n.id] ?? {};
      return {
        key: n.id,
        start: spans[i]!.start,
        end: spans[i]!.end,
        text: "checked" in x ? str(x.checked) : legacyWording(text.slice(spans[i]!.start, spans[i]!.end), n.text),
        kind: (x.kind ?? "CLAIM") as never,
        verdict: (x.verdict ?? "UNREVIEWED") as never,
        status: (x.status ?? "OPEN") as never,
        rationale: x.rationale ?? null,
        speaker: x.speaker ?? speakers.get(n.id) ?? null,
        sources: (x.sources ?? []) as never[],
      };
    }),
    relations,
    arguments: args.arguments,
    argumentRelations: args.argumentRelations,
  };
}

/**
 * Who asserted each I node: an L node (a locution) reaches the I nodes it asserts through a YA
 * node (AIF's illocutionary connection: "Asserting", "Questioning", ...). AIFdb writes the
 * speaker into the L node's text ("Speaker : words"; OVA "Speaker: words"); without one there,
 * the locution's person in `participants` names them. The first locution of an I node wins.
 */
function locutionSpeakers(root: Rec, nodes: { id: string; type: string; text: string }[], outOf: (id: string) => string[], isI: (id: string) => boolean) {
  const people = new Map<string, string>();
  for (const p of Array.isArray(root.participants) ? root.participants.filter(isRec) : []) {
    const name = [p.firstname, p.surname].filter((x) => typeof x === "string" && x.trim()).join(" ");
    if (name) people.set(String(p.participantID ?? ""), name);
  }
  const personOf = new Map<string, string>();
  for (const l of Array.isArray(root.locutions) ? root.locutions.filter(isRec) : []) {
    const name = people.get(String(l.personID ?? ""));
    if (name) personOf.set(String(l.nodeID ?? ""), name);
  }
  const types = new Map(nodes.map((n) => [n.id, n.type]));
  const speakers = new Map<string, string>();
  for (const l of nodes.filter((n) => n.type === "L")) {
    const said = /^([^:\n]{1,120}?)\s*:\s/.exec(l.text);
    const speaker = said?.[1]?.trim() || personOf.get(l.id);
    if (!speaker) continue;
    for (const ya of outOf(l.id).filter((id) => types.get(id) === "YA"))
      for (const i of outOf(ya).filter(isI)) if (!speakers.has(i)) speakers.set(i, speaker.slice(0, 200));
  }
  return speakers;
}
