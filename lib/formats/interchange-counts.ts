// What an interchange round trip must keep (issue 16), counted the same way by the benchmark
// (npm run bench:interchange) and the tests. Argdown: the file as @argdown/core reads it
// (parser, data and model plugins, as parseArgdownModel): its `statements` (equivalence classes,
// one per statement title), `arguments` (one per argument title) and `relations` (every
// support, attack, undercut, contrary and contradictory it builds). AIF: the I nodes, the RA
// (inference) and CA (conflict) nodes, and the scheme names of the RA and CA nodes.
import { parseArgdownModel } from "./argdown-import";
import { aifCounts as aifNodeCounts } from "./aif-round-trip";

export interface ArgdownCounts {
  statements: number;
  arguments: number;
  relations: number;
}

/** The counts of an Argdown text; null when @argdown/core reports lexer or parser errors. */
export function argdownCounts(text: string): ArgdownCounts | null {
  let model: ReturnType<typeof parseArgdownModel>;
  try {
    model = parseArgdownModel(text);
  } catch {
    return null;
  }
  return {
    statements: Object.keys(model.statements ?? {}).length,
    arguments: Object.keys(model.arguments ?? {}).length,
    relations: (model.relations ?? []).length,
  };
}

/**
 * Beyond the counts: what else the issue asks an Argdown round trip to carry, each as a sorted
 * list so two files compare as multisets. Relation types (support, attack, undercut, contrary,
 * contradictory, entails); each argument's PCS as its roles ("P P C"; an argument without one
 * is not listed); the inference rules named on PCS inferences; the tags of statements and
 * arguments; the titles the author gave (not @argdown/core's "Untitled n").
 */
export interface ArgdownDetails {
  relationTypes: string[];
  pcs: string[];
  inferenceRules: string[];
  tags: string[];
  titles: string[];
}

const ROLE_LETTER: Record<string, string> = { premise: "P", "intermediary-conclusion": "I", "main-conclusion": "C" };

export function argdownDetails(text: string): ArgdownDetails | null {
  let model: ReturnType<typeof parseArgdownModel>;
  try {
    model = parseArgdownModel(text);
  } catch {
    return null;
  }
  const statements = Object.values(model.statements ?? {});
  const args = Object.values(model.arguments ?? {});
  const authored = (t: string | undefined) => !!t && !/^Untitled \d+$/.test(t);
  return {
    relationTypes: (model.relations ?? []).map((r) => String(r.relationType)).sort(),
    pcs: args
      .filter((a) => a.pcs?.length)
      .map((a) => a.pcs.map((p) => ROLE_LETTER[p.role] ?? "?").join(" "))
      .sort(),
    inferenceRules: args.flatMap((a) => a.pcs.flatMap((p) => (p as { inference?: { inferenceRules?: string[] } }).inference?.inferenceRules ?? [])).sort(),
    tags: [...statements, ...args].flatMap((x) => [...new Set(x.tags ?? [])]).sort(),
    titles: [...statements.map((s) => `[${s.title}]`), ...args.map((a) => `<${a.title}>`)].filter((t) => authored(t.slice(1, -1))).sort(),
  };
}

/** Which of the details differ between two files (empty: all kept). */
export function lostDetails(a: ArgdownDetails | null, b: ArgdownDetails | null): (keyof ArgdownDetails)[] {
  if (!a || !b) return ["relationTypes", "pcs", "inferenceRules", "tags", "titles"];
  return (Object.keys(a) as (keyof ArgdownDetails)[]).filter((k) => a[k].join("\u0000") !== b[k].join("\u0000"));
}

export const sameCounts = (a: ArgdownCounts | null, b: ArgdownCounts | null) =>
  !!a && !!b && a.statements === b.statements && a.arguments === b.arguments && a.relations === b.relations;

export interface AifCounts {
  i: number;
  ra: number;
  ca: number;
  /** The RA and CA nodes' scheme names (a catalogue scheme by its AIF name), sorted. */
  schemes: string[];
}

/** I, RA and CA node counts and scheme names of an AIF file (AIFdb's or OVA's layout). */
export function aifCounts(aif: unknown): AifCounts {
  const { nodes, schemes } = aifNodeCounts(aif);
  return { i: nodes.I ?? 0, ra: nodes.RA ?? 0, ca: nodes.CA ?? 0, schemes };
}

export const sameAif = (a: AifCounts, b: AifCounts) => a.i === b.i && a.ra === b.ra && a.ca === b.ca && a.schemes.join("\u0000") === b.schemes.join("\u0000");
