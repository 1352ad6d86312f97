// AIF -> Warrant -> AIF without a database, for tests and the interchange benchmark: what an AIF
// file holds (nodes by type, the names of its RA and CA schemes) before and after Warrant read
// it and wrote it again. PURE.
import { schemeByAifName } from "@/lib/domain/schemes";
import { toAif, type AifDocument } from "./aif";
import { fromAif } from "./aif-import";
import { parseJsonFile } from "./errors";
import { importedToMap } from "./imported-map";

export interface AifCounts {
  /** Nodes by AIF type: I, RA, CA, MA, L, YA, TA, PA ... */
  nodes: Record<string, number>;
  edges: number;
  /** The scheme name of every RA and CA node (its text, else its `scheme`; a catalogue scheme by its AIF name), sorted. */
  schemes: string[];
}

/** Counts of an AIF file in AIFdb's layout or OVA's ({AIF: {...}}). */
export function aifCounts(aif: unknown): AifCounts {
  const root = (aif as { AIF?: unknown })?.AIF ?? aif;
  const { nodes = [], edges = [] } = (root ?? {}) as { nodes?: { type?: unknown; text?: unknown; scheme?: unknown }[]; edges?: unknown[] };
  const byType: Record<string, number> = {};
  const schemes: string[] = [];
  for (const n of nodes) {
    const type = String(n?.type ?? "");
    byType[type] = (byType[type] ?? 0) + 1;
    if (type === "RA" || type === "CA") {
      const name = String(n.text || n.scheme || "");
      // "Argument From Expert Opinion" and "expert opinion" are the catalogue's "Expert Opinion".
      schemes.push(schemeByAifName(name)?.aif ?? name);
    }
  }
  return { nodes: byType, edges: edges.length, schemes: schemes.sort() };
}

/** Import an AIF file as Warrant would and export it again as AIF. */
export function aifRoundTrip(aifJson: string, exportedAt = new Date().toISOString()): AifDocument {
  const map = importedToMap(fromAif(aifJson));
  return toAif(map, { baseUrl: "https://warrant.invalid", exportedAt });
}

/** The counts of an AIF file and of Warrant's export after importing it (I, RA, CA nodes and scheme names should match). */
export function aifRoundTripCounts(aifJson: string): { before: AifCounts; after: AifCounts } {
  const before = aifCounts(parseJsonFile(aifJson, "The AIF file"));
  return { before, after: aifCounts(aifRoundTrip(aifJson, "2000-01-01T00:00:00.000Z")) };
}
