// Scheme suggestions for a reconstructed argument (issue 16): which of Walton's schemes its
// statements' wording and speakers point to, each with the signals that say why. PURE. A suggestion
// is shown to the reviewer and applied only by their click; no signal, no suggestion.
import type { SchemeSuggestion } from "@/lib/domain/arguments";
import { getScheme, SCHEMES } from "@/lib/domain/schemes";
import type { RelationType, UnitKind } from "@/lib/domain/vocabulary";
import { noisyOr, round } from "./noisy-or";
import { CUE_WEIGHT, findSchemeCues } from "./scheme-cues";
import { sourceHits, type SourceStatement } from "./scheme-sources";

export type { SchemeSuggestion };

/** One statement as the analyser knows it: its words, and for a unit of the text its kind, signals and speaker. */
export interface SchemeStatement extends SourceStatement {
  kind?: UnitKind | null;
}

export interface SuggestOptions {
  /** The document's language (BCP 47); chooses the cue lists. English when absent. */
  language?: string | null;
  /** At most this many suggestions (default 3). */
  limit?: number;
}

/** Below this confidence a scheme is not suggested: one weak cue ("because", "in the past") alone stays silent. */
export const MIN_CONFIDENCE = 0.3;

/** The analyser's own unit signals that name a scheme's pattern. */
const SIGNAL_CUES: Readonly<Record<string, { schemeId: string; weight: number; says: string }>> = {
  "evidence:examples-of": { schemeId: "example", weight: CUE_WEIGHT.strong, says: "gives examples" },
  "evidence:illustrates": { schemeId: "example", weight: CUE_WEIGHT.strong, says: "illustrates a claim" },
};

/** A scheme's name as a signal says it: "position to know", "cause to effect", "slippery slope argument". */
export function schemeShortName(schemeId: string): string {
  const name = getScheme(schemeId)?.name ?? schemeId;
  const short = name.replace(/^Argument from (?:an? |the )?/i, "");
  return short.charAt(0).toLowerCase() + short.slice(1);
}

/** Schemes the statements point to, best first, each with its confidence (0..1) and human-readable signals. */
export function suggestSchemes(statements: readonly SchemeStatement[], options: SuggestOptions = {}): SchemeSuggestion[] {
  const found = new Map<string, Map<string, number>>();
  const add = (schemeId: string, signal: string, weight: number) => {
    if (!getScheme(schemeId)) return;
    const signals = found.get(schemeId) ?? new Map<string, number>();
    signals.set(signal, Math.max(weight, signals.get(signal) ?? 0));
    found.set(schemeId, signals);
  };
  for (const s of statements) {
    for (const hit of sourceHits(s, options.language)) add(hit.schemeId, hit.signal, hit.weight);
    for (const code of s.signals ?? []) {
      const cue = SIGNAL_CUES[code];
      if (cue) add(cue.schemeId, `the analyser: ${cue.says} → ${schemeShortName(cue.schemeId)}`, cue.weight);
    }
    for (const hit of findSchemeCues(s.text, options.language))
      add(hit.schemeId, `“${hit.words}”${hit.strength === "weak" ? " (weak cue)" : ""} → ${schemeShortName(hit.schemeId)}`, CUE_WEIGHT[hit.strength]);
  }
  const order = (id: string) => SCHEMES.findIndex((x) => x.id === id);
  return [...found.entries()]
    .map(([schemeId, signals]) => {
      // Strongest signals first, so the card's "because …" leads with them.
      const ranked = [...signals.entries()].sort((a, b) => b[1] - a[1]);
      return { schemeId, confidence: round(noisyOr(ranked.map(([, w]) => w))), signals: ranked.map(([signal]) => signal) };
    })
    .filter((s) => s.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || order(a.schemeId) - order(b.schemeId))
    .slice(0, options.limit ?? 3);
}

/** A unit of the text as the suggestion reads it (a UnitView or a stored row, mapped by the caller). */
export interface SchemeUnit {
  kind: UnitKind;
  /** The normalised wording, else the exact words. */
  text: string;
  signals: readonly string[];
  speaker: { name: string } | null;
}

/**
 * An argument's statements (or units picked to become one) with what the analyser knows of their
 * units: kind, signals, speaker, and as context the words of the attributions the unit CITES (the
 * "X stated:" that names its speaker's office). A statement without a unit is its words only.
 */
export function schemeStatements(
  statements: readonly { unitId: string | null; text: string }[],
  units: ReadonlyMap<string, SchemeUnit>,
  relations: readonly { fromId: string; toId: string; type: RelationType }[],
): SchemeStatement[] {
  return statements.map((s) => {
    const unit = s.unitId ? units.get(s.unitId) : undefined;
    if (!unit) return { text: s.text };
    const context = relations
      .filter((r) => r.type === "CITES" && r.fromId === s.unitId)
      .map((r) => units.get(r.toId)?.text)
      .filter((t): t is string => !!t);
    return { text: s.text, kind: unit.kind, signals: unit.signals, speaker: unit.speaker, context };
  });
}
