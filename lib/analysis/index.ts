import { analyseQuotes, indexAt } from "./attributions";
import { findCitations } from "./citations";
import { findContext } from "./context";
import { kindOf } from "./kinds";
import { resolveLanguage } from "./language";
import { collectDocNames, type MentionContext } from "./mentions";
import { findQuotes } from "./quotes";
import { findRelations } from "./relations";
import { readable, withOriginalText } from "./half-width";
import { checkworthiness, opinionScore } from "./scores";
import { splitParagraphs, splitSentences } from "./segment";
import type { AnalysedUnit, AnalyzeOptions, DocumentAnalysis } from "./types";
import { withTokenCache, words } from "./text";
import { buildPieces } from "./units";

export type * from "./types";

/** Opinion score from which the OPINION verdict is suggested to reviewers. */
export const OPINION_THRESHOLD = 0.5;

/**
 * Text -> DocumentAnalysis. Pure, synchronous and linear in the text's length: paragraphs,
 * sentences, quotations with kinds and speakers, units with kinds and scores, relations,
 * and cited documents and events. Every guess carries the signals (rules) behind it.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const input = typeof text === "string" ? text : String(text ?? "");
  // (Half-width corner brackets ｢｣ are read as 「」, offsets unchanged.)
  const read = readable(input);
  return withOriginalText(
    withTokenCache(read, () => run(read, options)),
    read,
    input,
  );
}

function run(input: string, options: AnalyzeOptions): DocumentAnalysis {
  const language = resolveLanguage(input, options.language);
  const paras = splitParagraphs(input);
  const paragraphs = paras.map((p) => ({ start: p.start, end: p.end }));
  const quoteSpans = findQuotes(input, paragraphs);
  const sentences = splitSentences(input, paragraphs, language, quoteSpans);
  const ctx: MentionContext = {
    docNames: collectDocNames(input, sentences),
    exclude: quoteSpans,
    language,
    sentences,
    mentionCache: sentences.map(() => undefined),
  };
  const quotes = analyseQuotes(input, quoteSpans, sentences, paragraphs, language, ctx);

  const { pieces, links } = buildPieces(input, sentences, paragraphs, quotes, language);
  const { context, rephrases } = findContext(input, paras, sentences, pieces);
  const titles = quotes.filter((q) => q.kind === "title");
  let s = 0;
  const units: AnalysedUnit[] = pieces.map((p, i) => {
    s = indexAt(sentences, p.start, s);
    const sentenceStart = sentences[s]?.start ?? p.start;
    const k = kindOf(input, p, sentenceStart, context.get(i), quotes, ctx);
    const w = words(input, p.start, p.end);
    const check = checkworthiness(input, p, sentenceStart, ctx, titles, w);
    const opinion = opinionScore(input, p, w);
    const segment = p.role === "quote" ? "segment:quote" : p.clause || p.role === "intro" || p.role === "tail" ? "segment:clause" : "segment:sentence";
    const opinionated = opinion.value >= OPINION_THRESHOLD;
    const signals = joined(segment, k.signals, check.signals, opinion.signals, opinionated ? "suggest:OPINION" : undefined);
    return unitOf(`u${i + 1}`, k.kind, p.start, p.end, input.slice(p.start, p.end), check.value, opinion.value, signals, k.speaker, opinionated);
  });
  const relations = findRelations({ text: input, pieces, units, sentences }, links, rephrases);
  const citations = findCitations(input, sentences, quotes, ctx);
  return { language, paragraphs, sentences, quotes, units, relations, citations };
}

/**
 * [first, ...a, ...b, ...c, last?], made at its exact length (the list is kept with the result: one grown by push holds
 * room for 17, and a copy to its length was a second list per unit).
 */
function joined(first: string, a: readonly string[], b: readonly string[], c: readonly string[], last: string | undefined): string[] {
  const out = new Array<string>(1 + a.length + b.length + c.length + (last === undefined ? 0 : 1));
  out[0] = first;
  let n = 1;
  for (let i = 0; i < a.length; i++) out[n++] = a[i]!;
  for (let i = 0; i < b.length; i++) out[n++] = b[i]!;
  for (let i = 0; i < c.length; i++) out[n++] = c[i]!;
  if (last !== undefined) out[n] = last;
  return out;
}

/**
 * The unit, with `speaker` and `suggestedVerdict` only when given and in this key order. One literal per case rather than
 * properties added afterwards: those went to a second, out-of-object property store per unit.
 */
function unitOf(
  id: string,
  kind: AnalysedUnit["kind"],
  start: number,
  end: number,
  text: string,
  checkworthy: number,
  opinion: number,
  signals: string[],
  speaker: AnalysedUnit["speaker"],
  opinionated: boolean,
): AnalysedUnit {
  if (speaker === undefined) {
    return opinionated
      ? { id, kind, start, end, text, checkworthy, opinion, signals, suggestedVerdict: "OPINION" }
      : { id, kind, start, end, text, checkworthy, opinion, signals };
  }
  return opinionated
    ? { id, kind, start, end, text, checkworthy, opinion, signals, speaker, suggestedVerdict: "OPINION" }
    : { id, kind, start, end, text, checkworthy, opinion, signals, speaker };
}
