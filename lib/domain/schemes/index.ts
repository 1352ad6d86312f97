// Walton's argumentation schemes as data (walton.json, with its reference): each scheme's premise
// roles, conclusion and critical questions. PURE. The catalogue is validated by a zod schema in
// schemes.test.ts; this module only types it and answers look-ups and searches.
import catalogue from "./walton.json" with { type: "json" };

export interface SchemePremise {
  /** Walton's name for the premise, e.g. "major premise", "minor premise". */
  role: string;
  template: string;
}

export interface CriticalQuestion {
  /** Unique within its scheme; answers are stored by (schemeId, id). */
  id: string;
  text: string;
  /** What a failed answer puts in doubt: a premise (an undermine) or the inference (an undercut). */
  attacks: "premise" | "inference";
  /** For `attacks: "premise"`: the index of the premise role in `premises`. */
  premise?: number;
}

export interface Scheme {
  id: string;
  name: string;
  /** The scheme's name in the AIF scheme ontology, as AIFdb and OVA spell it. */
  aif: string;
  premises: SchemePremise[];
  conclusion: string;
  criticalQuestions: CriticalQuestion[];
  reference: { page: string; section: string };
  /** Words that hint at the scheme: the picker searches them, suggestions may use them. */
  keywords: string[];
}

export const SCHEME_SOURCE: string = catalogue.source;
export const SCHEMES: readonly Scheme[] = catalogue.schemes as Scheme[];
const BY_ID = new Map(SCHEMES.map((s) => [s.id, s]));

export function getScheme(id: string | null | undefined): Scheme | null {
  return (id && BY_ID.get(id)) || null;
}

/** The full reference of a scheme, as exports and the card cite it. */
export function schemeCitation(s: Scheme): string {
  return `Walton, Reed & Macagno (2008), Argumentation Schemes, Cambridge University Press, ch. ${s.reference.section}, p. ${s.reference.page}`;
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * Schemes whose name, AIF name or keywords contain every word of the query, best first (a name
 * match before a keyword match). An empty query lists the whole catalogue in its order.
 */
export function searchSchemes(query: string): Scheme[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...SCHEMES];
  const scored = SCHEMES.map((s, i) => {
    const name = fold(`${s.name} ${s.aif}`);
    const rest = fold(`${s.keywords.join(" ")} ${s.criticalQuestions.map((q) => q.text).join(" ")}`);
    let score = 0;
    for (const w of words) {
      if (name.includes(w)) score += 2;
      else if (rest.includes(w)) score += 1;
      else return null;
    }
    return { s, i, score };
  }).filter((x): x is { s: Scheme; i: number; score: number } => x !== null);
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.s);
}

/** A scheme's AIF name, or AIF's own default for an inference without one. */
export function aifSchemeName(id: string | null | undefined): string {
  return getScheme(id)?.aif ?? "Default Inference";
}

// Folded once: importers ask for every scheme node of a file (thousands in an AIFdb corpus).
const BY_AIF_NAME = new Map([...SCHEMES].reverse().map((s) => [fold(s.aif), s]));
const BY_NAME = new Map([...SCHEMES].reverse().map((s) => [fold(s.name), s]));

/** The scheme whose AIF name this is (case and spacing ignored), for importers. */
export function schemeByAifName(name: string | null | undefined): Scheme | null {
  if (!name) return null;
  const key = fold(name)
    .replace(/^argument from /, "")
    .replace(/\s+/g, " ")
    .trim();
  return BY_AIF_NAME.get(key) ?? BY_NAME.get(fold(name).trim()) ?? null;
}
