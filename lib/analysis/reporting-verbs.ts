// The reporting verb of the words before or after a quotation: the last verb of speech ("said", "заявил",
// "afirmó"), not a capitalised name ("Says"), not an English passive ("are rated"), and not the verb of a
// concessive clause that closes before the quotation ("añadió que, aunque el ministro ha señalado que …, «…»").
import * as lexicon from "./lexicon";
import { SUBJECT_DROP_VERBS } from "./lexicons";
import type { Span } from "./types";
import { isUpper, type Token } from "./text";

const { COMPLEMENTIZERS, REPORTING_VERBS } = lexicon;

/** Present participles and gerunds: "Estimant", "Saying", "Considerando", "Утверждая". */
export const PARTICIPLE = /(?:ant|ing|ando|iendo|я|ив|ав|ев)$/;
/** Auxiliaries of the passive: "are rated “…”" reports no speech act by the subject. */
const PASSIVE_AUX = new Set("is are was were be been being".split(" "));

/** A complementizer among the second to fourth tokens ("Estimó que …", "Destacó de entrada que …"). */
function complementizerNear(toks: Token[]): boolean {
  for (let k = 1; k < 4 && k < toks.length; k++) if (COMPLEMENTIZERS.has(toks[k]!.norm)) return true;
  return false;
}

/** The last reporting verb of the tokens, looking back from `from`. */
function reportingVerb(toks: Token[], from = toks.length - 1): Token | undefined {
  for (let i = from; i >= 0; i--) {
    const t = toks[i]!;
    // A capital is a name ("Says"), unless a participle opens the clause ("Estimant que « … »") or a verb
    // whose subject was left out does ("Estimó que es «evidente»", "Insistió en que …").
    // ("Destacó de entrada que …": "que" within the next three words; only asked of the first word.)
    const opens = i === 0 && complementizerNear(toks) && (PARTICIPLE.test(t.norm) || SUBJECT_DROP_VERBS.has(t.norm));
    if ((opens || !isUpper(t.text[0])) && REPORTING_VERBS.has(t.norm) && !PASSIVE_AUX.has(toks[i - 1]?.norm ?? "")) return t;
  }
  return undefined;
}

/** Words that open a concessive clause: "aunque el ministro ha señalado que …, «…»". */
const CONCESSIVE: ReadonlySet<string> = new Set(["aunque", "although", "though", "quoique", "хотя", "obwohl"]);

/**
 * The reporting verb of the clause a quotation belongs to: "añadió que, aunque el ministro ha señalado que …, «…»" is
 * "añadió", when the concessive clause holding the last verb closes with a comma before the quotation.
 */
export function clauseVerb(text: string, toks: Token[], span: Span): Token | undefined {
  const verb = reportingVerb(toks);
  if (!verb || !/,\s*$/.test(text.slice(Math.max(span.start, span.end - 4), span.end))) return verb;
  const vi = toks.indexOf(verb);
  for (let k = vi - 1; k > 0; k--) if (CONCESSIVE.has(toks[k]!.norm)) return reportingVerb(toks, k - 1) ?? verb;
  return verb;
}
