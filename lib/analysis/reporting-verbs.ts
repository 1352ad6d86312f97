// The reporting verb of the words before or after a quotation: the last verb of speech ("said", "заявил",
// "afirmó"), not a capitalised name ("Says"), not an English passive ("are rated"), and not the verb of a
// concessive clause that closes before the quotation ("añadió que, aunque el ministro ha señalado que …, «…»").
import * as lexicon from "./lexicon";
import { SUBJECT_DROP_VERBS } from "./lexicons";
import type { Span } from "./types";
import { normOr, upperAt, type WordList } from "./speakers-words";

const { COMPLEMENTIZERS, REPORTING_VERBS } = lexicon;

/** Present participles and gerunds: "Estimant", "Saying", "Considerando", "Утверждая". */
export const PARTICIPLE = /(?:ant|ing|ando|iendo|я|ив|ав|ев)$/;
/** Auxiliaries of the passive: "are rated “…”" reports no speech act by the subject. */
const PASSIVE_AUX = new Set("is are was were be been being".split(" "));

/** A complementizer among the second to fourth words ("Estimó que …", "Destacó de entrada que …"). */
function complementizerNear(w: WordList): boolean {
  for (let k = 1; k < 4 && k < w.length; k++) if (COMPLEMENTIZERS.has(w.norm(k))) return true;
  return false;
}

/** The index of the last reporting verb of the words, looking back from `from`, or -1. */
function reportingVerb(w: WordList, from = w.length - 1): number {
  for (let i = from; i >= 0; i--) {
    const norm = w.norm(i);
    // (The word list first: most words are no verb of speech, and then need no other test.)
    if (!REPORTING_VERBS.has(norm)) continue;
    // A capital is a name ("Says"), unless a participle opens the clause ("Estimant que « … »") or a verb
    // whose subject was left out does ("Estimó que es «evidente»", "Insistió en que …").
    // ("Destacó de entrada que …": "que" within the next three words; only asked of the first word.)
    const opens = i === 0 && complementizerNear(w) && (PARTICIPLE.test(norm) || SUBJECT_DROP_VERBS.has(norm));
    if ((opens || !upperAt(w, i)) && !PASSIVE_AUX.has(normOr(w, i - 1))) return i;
  }
  return -1;
}

/** Words that open a concessive clause: "aunque el ministro ha señalado que …, «…»". */
const CONCESSIVE: ReadonlySet<string> = new Set(["aunque", "although", "though", "quoique", "хотя", "obwohl"]);

/**
 * The index of the reporting verb of the clause a quotation belongs to, or -1: "añadió que, aunque el ministro ha señalado
 * que …, «…»" is "añadió", when the concessive clause holding the last verb closes with a comma before the quotation.
 */
export function clauseVerb(text: string, w: WordList, span: Span): number {
  const vi = reportingVerb(w);
  if (vi < 0 || !/,\s*$/.test(text.slice(Math.max(span.start, span.end - 4), span.end))) return vi;
  for (let k = vi - 1; k > 0; k--) {
    if (!CONCESSIVE.has(w.norm(k))) continue;
    const earlier = reportingVerb(w, k - 1);
    return earlier >= 0 ? earlier : vi;
  }
  return vi;
}
