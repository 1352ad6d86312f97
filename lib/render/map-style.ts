// How the argument map looks, shared by the React Flow view and the SVG export so the
// picture pasted into a report is the map on screen. Colours come from the reader's
// palette (app/globals.css): kind draws the outline, verdict the fill. Box sizes are
// lib/domain/map-geometry.ts, because the layout needs them too.
import type { RelationType, UnitKind, Verdict } from "@/lib/domain/vocabulary";

export const KIND_STROKE: Record<UnitKind, string> = { CLAIM: "#2563eb", PREMISE: "#7c3aed", EVIDENCE: "#0d9488", CONTEXT: "#a8a29e" };
/**
 * The same hues, darker, for words (the kind's badge on a node, the toolbar's labels): small text
 * needs a contrast of 4.5:1 (WCAG 1.4.3) on white and on every verdict fill; the outlines' teal
 * and grey read 2.1 to 3.7 there.
 */
export const KIND_INK: Record<UnitKind, string> = { CLAIM: "#1d4ed8", PREMISE: "#6d28d9", EVIDENCE: "#115e59", CONTEXT: "#57534e" };

export const VERDICT_FILL: Record<Verdict, string> = { UNREVIEWED: "#ffffff", SUPPORTED: "#dcfce7", DISPUTED: "#fee2e2", OPINION: "#fef3c7" };
export const VERDICT_INK: Record<Verdict, string> = { UNREVIEWED: "#57534e", SUPPORTED: "#15803d", DISPUTED: "#b91c1c", OPINION: "#b45309" };

/** Attacks are red and solid, supports green: the two a reader must tell apart at a glance (also by label, not colour alone). */
export const RELATION_STYLE: Record<RelationType, { stroke: string; dash: string | null; arrow: boolean }> = {
  SUPPORTS: { stroke: "#16a34a", dash: null, arrow: true },
  ATTACKS: { stroke: "#dc2626", dash: null, arrow: true },
  CITES: { stroke: "#78716c", dash: "6 4", arrow: true },
  REPHRASES: { stroke: "#2563eb", dash: "2 4", arrow: false },
};

/**
 * Reconstructed arguments (lib/domain/map-arguments.ts). The argument (or, expanded, its
 * inference) is a dark rounded box; statements the reviewer wrote are NOT words of the text, so
 * they are drawn unlike every unit: dotted outline on a grey fill; objections are rose.
 */
export const ARGUMENT_NODE_STYLE: Record<
  "argument" | "step" | "statement" | "implicit" | "objection",
  { stroke: string; fill: string; dash: string; width: number; radius: number }
> = {
  argument: { stroke: "#334155", fill: "#f1f5f9", dash: "solid", width: 2, radius: 14 },
  step: { stroke: "#475569", fill: "#f8fafc", dash: "solid", width: 1.5, radius: 14 },
  statement: { stroke: "#78716c", fill: "#f5f5f4", dash: "dashed", width: 1.5, radius: 4 },
  implicit: { stroke: "#78716c", fill: "#f5f5f4", dash: "dotted", width: 2, radius: 4 },
  objection: { stroke: "#be185d", fill: "#fdf2f8", dash: "solid", width: 1.5, radius: 4 },
};

/**
 * Edges of arguments, each with its own stroke AND marker so they differ without colour too:
 * premise → inference thin grey, inference → conclusion dark with a filled arrow; support green
 * (filled arrow), rebuttal red (filled arrow), undercut purple dashed with a bar (⊣) at the
 * inference, undermine orange dotted with an open arrow at the premise.
 */
export type ArgumentMarker = "arrow" | "open" | "bar";
export const ARGUMENT_EDGE_STYLE: Record<
  "PREMISE" | "CONCLUSION" | "SUPPORTS" | "ATTACKS" | "UNDERCUTS" | "UNDERMINES",
  { stroke: string; dash: string | null; width: number; marker: ArgumentMarker }
> = {
  PREMISE: { stroke: "#94a3b8", dash: null, width: 1.4, marker: "open" },
  CONCLUSION: { stroke: "#334155", dash: null, width: 2.2, marker: "arrow" },
  SUPPORTS: { stroke: "#15803d", dash: null, width: 2, marker: "arrow" },
  ATTACKS: { stroke: "#b91c1c", dash: null, width: 2, marker: "arrow" },
  UNDERCUTS: { stroke: "#7e22ce", dash: "7 4", width: 2.2, marker: "bar" },
  UNDERMINES: { stroke: "#c2410c", dash: "2 4", width: 2.2, marker: "open" },
};
