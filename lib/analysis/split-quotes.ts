// Quotations broken by a word or two the writer left outside the marks ("«Si nos tocan en» semis «tampoco pasa nada»,
// advirtió"): the two halves are one speaker's. Runs after the attribution pass of attributions.ts.
import * as lexicon from "./lexicon";
import type { Quote } from "./types";

const { COMPLEMENTIZERS, REPORTING_VERBS } = lexicon;

/** One or two lower-case words and nothing else between the halves of a broken quotation. */
export const SPLIT_GAP = /^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+$/u;

/**
 * A quotation broken by a word or two left outside its marks, going on in lower case, is one speaker's: its first half
 * takes the speaker the second half found (in place, on the analyser's quotations).
 */
export function joinSplitHalves(text: string, out: Quote[]): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const first = out[k]!;
    const second = out[k + 1]!;
    // The cheap tests first: most pairs fail them, and then need neither their signals searched nor the gap sliced.
    if (!second.speaker || second.kind !== "speech") continue;
    // (A first half whose speaker is only the first name in view takes the second half's reported one.)
    if (first.speaker && !(guessedSpeaker(first) && reportedSpeaker(second))) continue;
    const gap = text.slice(first.end, second.start);
    if (!SPLIT_GAP.test(gap)) continue;
    // Not a name that speaks: "«Le Figaro» indica que «…»".
    if (
      gap
        .trim()
        .split(/\s+/)
        .some((x) => REPORTING_VERBS.has(x) || COMPLEMENTIZERS.has(x))
    )
      continue;
    if (!/^\s*\p{Ll}/u.test(second.text) || /[.!?…]\s*$/u.test(first.text)) continue;
    first.kind = "speech";
    first.speaker = { ...second.speaker };
    // (The kind and the guess it replaces no longer say why.)
    first.signals = [
      ...first.signals.filter((x) => !x.startsWith("speaker:") && !x.startsWith("quote-kind:")),
      "quote-kind:split",
      `speaker:split-quote→${second.speaker.name}`,
    ];
  }
}

const guessedSpeaker = (q: Quote): boolean => q.signals.some((x) => x === "speaker:first-named" || x === "speaker:only-named");
const reportedSpeaker = (q: Quote): boolean => q.signals.some((x) => x.startsWith("reporting-verb:"));
