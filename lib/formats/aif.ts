// AIF (Argument Interchange Format) JSON as AIFdb and OVA exchange it: string node ids, I nodes
// for the units, and a scheme node between every pair of related I nodes:
//   premise I -> RA ("Default Inference") -> conclusion I      (SUPPORTS)
//   attacker I -> CA ("Default Conflict") -> attacked I         (ATTACKS)
//   rephrasing I -> MA ("Default Rephrase") -> rephrased I      (REPHRASES)
// Reconstructed arguments are RA nodes named by their scheme, objections to them CA nodes
// (aif-arguments.ts). Quotations are locutions: an L node "Speaker : words", linked by a YA
// ("Asserting") node to the I nodes it asserts. AIF has no citation scheme and no verdicts: those
// go in a top-level "warrant" key, which AIF readers ignore and our importer reads back. An I
// node's text is the exact words of the document (AIFdb locates them in "text"); the normalised
// wording an editor gave is the unit's `checked` in that key, never the I node's text.
import { documentMetadata, unitRecord } from "./fields";
import type { ArgumentMap } from "@/lib/domain/argument-map";
import type { ExportOptions } from "./types";
import { argumentsToAif, type AifArgumentExtra, type AifArgumentRelationExtra } from "./aif-arguments";

export interface AifNode {
  nodeID: string;
  text: string;
  type: string;
  timestamp: string;
  scheme?: string;
}
export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}
export interface AifLocution {
  nodeID: string;
  personID: string;
  timestamp: string;
  start: number;
  end: number;
  source: string;
}
export interface AifUnitExtra {
  id: string;
  kind: string;
  checked: string | null;
  verdict: string;
  rationale: string | null;
  speaker: string | null;
  status: string;
  start: number;
  end: number;
  sources: ArgumentMap["nodes"][number]["sources"];
}
export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: { participantID: string; firstname: string; surname: string }[];
  schemefulfillments: never[];
  descriptorfulfillments: never[];
  text: string;
  warrant: {
    format: "warrant.aif-extension";
    version: 1;
    document: Omit<ArgumentMap["document"], "text" | "workspace" | "textSha256">;
    units: Record<string, AifUnitExtra>;
    cites: { fromID: string; toID: string }[];
    /** Reconstructed arguments by their RA node (exports from before issue 16 have none). */
    arguments?: AifArgumentExtra[];
    argumentRelations?: AifArgumentRelationExtra[];
  };
}

const SCHEME = {
  SUPPORTS: { type: "RA", text: "Default Inference" },
  ATTACKS: { type: "CA", text: "Default Conflict" },
  REPHRASES: { type: "MA", text: "Default Rephrase" },
} as const;

/** AIFdb timestamps: "YYYY-MM-DD HH:MM:SS". */
const aifTime = (iso: string) => iso.slice(0, 19).replace("T", " ");

export function toAif(map: ArgumentMap, opts: ExportOptions): AifDocument {
  const timestamp = aifTime(opts.exportedAt);
  let next = 0;
  const newId = () => String(++next);
  const nodes: AifNode[] = [],
    edges: AifEdge[] = [],
    locutions: AifLocution[] = [];
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: newId(), fromID, toID, formEdgeID: null });
  const iNode = new Map<string, string>();
  const units: AifDocument["warrant"]["units"] = {};
  for (const n of map.nodes) {
    const nodeID = newId();
    iNode.set(n.id, nodeID);
    nodes.push({ nodeID, text: n.exact, type: "I", timestamp });
    units[nodeID] = {
      ...unitRecord(n),
      sources: n.sources,
    };
  }
  const cites: AifDocument["warrant"]["cites"] = [];
  for (const e of map.edges) {
    const from = iNode.get(e.from)!,
      to = iNode.get(e.to)!;
    if (e.type === "CITES") {
      cites.push({ fromID: from, toID: to });
      continue;
    }
    const scheme = SCHEME[e.type];
    const sid = newId();
    nodes.push({ nodeID: sid, text: scheme.text, type: scheme.type, timestamp, scheme: scheme.text });
    edge(from, sid);
    edge(sid, to);
  }
  const addNode = (type: "I" | "RA" | "CA", text: string) => {
    const nodeID = newId();
    nodes.push(type === "I" ? { nodeID, text, type, timestamp } : { nodeID, text, type, timestamp, scheme: text });
    return nodeID;
  };
  const args = argumentsToAif(map, { iNode, newId, addNode, edge });
  // Locutions: every speaker's quotation, and every unit with a speaker that no quotation covers.
  const people = new Map<string, string>();
  const participants: AifDocument["participants"] = [];
  const personOf = (name: string) => {
    if (!people.has(name)) {
      const [first = name, ...rest] = name.split(" ");
      people.set(name, String(participants.length + 1));
      participants.push({ participantID: String(participants.length + 1), firstname: first, surname: rest.join(" ") });
    }
    return people.get(name)!;
  };
  const covered = new Set<string>();
  const locution = (speaker: string, words: string, start: number, end: number, asserted: string[]) => {
    const lid = newId();
    nodes.push({ nodeID: lid, text: `${speaker} : ${words}`, type: "L", timestamp });
    locutions.push({ nodeID: lid, personID: personOf(speaker), timestamp, start, end, source: map.document.sourceUrl ?? "" });
    for (const unitId of asserted) {
      const ya = newId();
      nodes.push({ nodeID: ya, text: "Asserting", type: "YA", timestamp, scheme: "Asserting" });
      edge(lid, ya);
      edge(ya, iNode.get(unitId)!);
      covered.add(unitId);
    }
  };
  for (const q of map.quotes) {
    if (!q.speaker) continue;
    const inside = map.nodes.filter((n) => n.start < q.end && q.start < n.end).map((n) => n.id);
    locution(q.speaker.name, q.text, q.start, q.end, inside);
  }
  for (const n of map.nodes) if (n.speaker && !covered.has(n.id)) locution(n.speaker, n.exact, n.start, n.end, [n.id]);

  const d = map.document;
  const document = {
    id: d.id,
    ...documentMetadata(d),
  };
  return {
    nodes,
    edges,
    locutions,
    participants,
    schemefulfillments: [],
    descriptorfulfillments: [],
    text: d.text,
    warrant: { format: "warrant.aif-extension", version: 1, document, units, cites, ...args },
  };
}
