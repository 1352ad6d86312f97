// What an interchange round trip must keep (issue 16), counted the same way by the benchmark
// (npm run bench:interchange) and the tests. Argdown: the file as @argdown/core reads it
// (parser, data and model plugins, as parseArgdownModel): its `statements` (equivalence classes,
// one per statement title), `arguments` (one per argument title) and `relations` (every
// support, attack, undercut, contrary and contradictory it builds). AIF: the I nodes, the RA
// (inference) and CA (conflict) nodes, and the scheme names of the RA and CA nodes.
import { parseArgdownModel } from "./argdown-import";

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
  return { statements: Object.keys(model.statements ?? {}).length, arguments: Object.keys(model.arguments ?? {}).length, relations: (model.relations ?? []).length };
}

export const sameCounts = (a: ArgdownCounts | null, b: ArgdownCounts | null) =>
  !!a && !!b && a.statements === b.statements && a.arguments === b.arguments && a.relations === b.relations;

export interface AifCounts {
  i: number;
  ra: number;
  ca: number;
  /** The RA and CA nodes' scheme names (`scheme`, else `text`), sorted. */
  schemes: string[];
}

export function aifCounts(aif: unknown): AifCounts {
  const root = aif && typeof aif === "object" ? (aif as Record<string, unknown>) : {};
  const inner = root.AIF && typeof root.AIF === "object" ? (root.AIF as Record<string, unknown>) : root;
  const nodes = (Array.isArray(inner.nodes) ? inner.nodes : []) as { type?: unknown; scheme?: unknown; text?: unknown }[];
  const of = (type: string) => nodes.filter((n) => n.type === type);
  const schemes = [...of("RA"), ...of("CA")].map((n) => String(n.scheme ?? n.text ?? "")).sort();
  return { i: of("I").length, ra: of("RA").length, ca: of("CA").length, schemes };
}

export const sameAif = (a: AifCounts, b: AifCounts) => a.i === b.i && a.ra === b.ra && a.ca === b.ca && a.schemes.join("\u0000") === b.schemes.join("\u0000");
