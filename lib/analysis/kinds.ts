import * as argument from "./lexicon-argument";
import type { MentionContext } from "./mentions";
import { attribute } from "./speakers";
import type { Quote, QuoteKind, UnitKind } from "./types";
import type { Piece } from "./units";
import { anyOf } from "./regex-union";
import { firstEndingAfter, hasAsciiLetter } from "./text";
import type { UnitSignals } from "./unit-signals";

const { EVIDENCE_PHRASES } = argument;

const CITING = new Set(["according-to", "as-shown-by"]);
const EXAMPLES = new Set(["for-example", "examples-of"]);
/** A tail that reports speech: "…,” said Jane Roe.", "…,” the minister added." */
const TAIL_ATTRIBUTION = /^\W*(?:\p{L}+\s+){0,3}?(?:said|says|added|told|stated|noted|wrote|asked|replied)\b/u;
// Tried first: without one of these verbs anywhere, TAIL_ATTRIBUTION cannot match, and its `^\W*` (every non-Latin letter
// is \W) backtracks over the whole of a Russian or Greek tail.
const TAIL_VERB = /(?:said|says|added|told|stated|noted|wrote|asked|replied)\b/;
/** The citing and example phrases (also tested, with the evaluative ones, by mayHoldPhrase in scores.ts). */
export const CITING_OR_EXAMPLE = EVIDENCE_PHRASES.filter(([name]) => CITING.has(name) || EXAMPLES.has(name));
/** Whether any of those phrases occurs: tested once per unit before each phrase is. */
const ANY_CITING_OR_EXAMPLE = anyOf(CITING_OR_EXAMPLE.map(([, re]) => re));

/** The quotation's signals that travel with its unit: one test, not three startsWith calls (those were slow on these concatenated strings). */
const TRAVELLING = /^(?:speaker:|reporting-verb:|quote-kind:)/;
/** `quote:${kind}`, made once rather than per unit. */
const QUOTE_SIGNAL: Record<QuoteKind, string> = { speech: "quote:speech", title: "quote:title", scare: "quote:scare" };
/** `evidence:${kind}` likewise. */
const EVIDENCE_SIGNAL: Record<QuoteKind, string> = { speech: "evidence:speech", title: "evidence:title", scare: "evidence:scare" };

/** Whether one of quotes[from, to) is a title. */
function someTitle(quotes: Quote[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (quotes[k]!.kind === "title") return true;
  return false;
}

/**
 * CONTEXT for headings, boilerplate and a repeated lede; EVIDENCE for a quotation carved
 * out as its own unit, an "according to X" report, or an example naming a cited document;
 * PREMISE for a clause given as a reason; CLAIM for whatever else the author asserts.
 * The piece's signals are appended to `out`, and the speaker found (EVIDENCE) is `out.speaker`;
 * `slice` is text[piece.start, piece.end), and `phrases` false when it holds none of CITING_OR_EXAMPLE (mayHoldPhrase).
 */
export function kindOf(
  text: string,
  piece: Piece,
  sentenceStart: number,
  contextSignals: string[] | undefined,
  quotes: Quote[],
  ctx: MentionContext,
  out: UnitSignals,
  slice: string,
  phrases: boolean,
): UnitKind {
  out.speaker = undefined;
  if (contextSignals) {
    for (let i = 0; i < contextSignals.length; i++) out.push(contextSignals[i]!);
    return "CONTEXT";
  }
  if (piece.role === "quote" && piece.quote) {
    // The attribution's own signals travel with the unit, so a reviewer sees who was found to
    // speak and by which rule ("speaker:pronoun→Jane Roe (sentence 7)").
    out.push(EVIDENCE_SIGNAL[piece.quote.kind]);
    for (const s of piece.quote.signals) if (TRAVELLING.test(s)) out.push(s);
    out.speaker = piece.quote.speaker;
    return "EVIDENCE";
  }
  if (piece.role === "premise") {
    out.push("premise:reason-clause");
    return "PREMISE";
  }
  if (piece.role === "concession") {
    out.push("premise:concession");
    return "PREMISE";
  }

  const phrase =
    !phrases || (ANY_CITING_OR_EXAMPLE && !ANY_CITING_OR_EXAMPLE.test(slice)) ? undefined : CITING_OR_EXAMPLE.find(([, re]) => re.test(slice))?.[0];
  // The quotations lying inside the piece are quotes[first, end) (both lists sorted by start): a range, not a copied list.
  const first = firstEndingAfter(quotes, piece.start);
  let end = first;
  for (; end < quotes.length && quotes[end]!.start < piece.end; end++) out.push(QUOTE_SIGNAL[quotes[end]!.kind]);
  if (phrase && CITING.has(phrase)) {
    const a = attribute(text, piece, sentenceStart, ctx);
    if (a.speaker) {
      out.push(`evidence:${phrase}`);
      for (const x of a.signals) out.push(x);
      out.speaker = a.speaker;
      return "EVIDENCE";
    }
  }
  if (phrase && EXAMPLES.has(phrase) && someTitle(quotes, first, end)) {
    out.push(`evidence:${phrase}`);
    out.push("evidence:cited-document");
    return "EVIDENCE";
  }
  // (Without an ASCII letter, TAIL_VERB cannot match: a Chinese tail is not searched.)
  if (
    piece.role === "intro" ||
    (piece.role === "tail" && hasAsciiLetter(text, piece.start, piece.end) && TAIL_VERB.test(slice) && TAIL_ATTRIBUTION.test(slice))
  )
    out.push("role:attribution");
  return "CLAIM";
}
