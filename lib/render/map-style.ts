// How the argument map looks, shared by the React Flow view and the SVG export so the
// picture pasted into a report is the map on screen. Colours come from the reader's
// palette (app/globals.css): kind draws the outline, verdict the fill. Box sizes are
// lib/domain/map-geometry.ts, because the layout needs them too.
import type { RelationType, UnitKind, Verdict } from "@/lib/domain/vocabulary";

export const KIND_STROKE: Record<UnitKind, string> = { CLAIM: "#2563eb", PREMISE: "#7c3aed", EVIDENCE: "#0d9488", CONTEXT: "#a8a29e" };

export const VERDICT_FILL: Record<Verdict, string> = { UNREVIEWED: "#ffffff", SUPPORTED: "#dcfce7", DISPUTED: "#fee2e2", OPINION: "#fef3c7" };
export const VERDICT_INK: Record<Verdict, string> = { UNREVIEWED: "#57534e", SUPPORTED: "#15803d", DISPUTED: "#b91c1c", OPINION: "#b45309" };

/** Attacks are red and solid, supports green: the two a reader must tell apart at a glance (also by label, not colour alone). */
export const RELATION_STYLE: Record<RelationType, { stroke: string; dash: string | null; arrow: boolean }> = {
  SUPPORTS: { stroke: "#16a34a", dash: null, arrow: true },
  ATTACKS: { stroke: "#dc2626", dash: null, arrow: true },
  CITES: { stroke: "#78716c", dash: "6 4", arrow: true },
  REPHRASES: { stroke: "#2563eb", dash: "2 4", arrow: false },
};
