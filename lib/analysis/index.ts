import { analyseQuotes, indexAt } from "./attributions";
import { findCitations } from "./citations";
import { findContext } from "./context";
import { kindOf } from "./kinds";
import { resolveLanguage } from "./language";
import { collectDocNames, type MentionContext } from "./mentions";
import { findQuotes } from "./quotes";
import { findRelations } from "./relations";
import { readable, withOriginalText } from "./half-width";
import { checkworthiness, mayHoldPhrase, opinionScore } from "./scores";
import { splitParagraphs, splitSentences } from "./segment";
import type { AnalysedUnit, AnalyzeOptions, DocumentAnalysis } from "./types";
import { hasAsciiLetter, withTokenCache, words } from "./text";
import { buildPieces } from "./units";
import { UnitSignals } from "./unit-signals";
import { unitOf } from "./plain-unit";

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
  const out = new UnitSignals();
  const units: AnalysedUnit[] = pieces.map((p, i) => {
    s = indexAt(sentences, p.start, s);
    const sentenceStart = sentences[s]?.start ?? p.start;
    // The unit's text, sliced once: the output's, and the string its kind and scores test.
    const slice = input.slice(p.start, p.end);
    out.clear();
    out.push(p.role === "quote" ? "segment:quote" : p.clause || p.role === "intro" || p.role === "tail" ? "segment:clause" : "segment:sentence");
    // (Without an ASCII letter, no phrase mayHoldPhrase tests for can occur: a Chinese unit is not searched.)
    const phrases = hasAsciiLetter(input, p.start, p.end) && mayHoldPhrase(slice);
    const kind = kindOf(input, p, sentenceStart, context.get(i), quotes, ctx, out, slice, phrases);
    const speaker = out.speaker;
    const w = words(input, p.start, p.end);
    const check = checkworthiness(input, p, sentenceStart, ctx, titles, w, out, slice);
    const opinion = opinionScore(input, p, w, out, slice, phrases);
    const opinionated = opinion >= OPINION_THRESHOLD;
    if (opinionated) out.push("suggest:OPINION");
    return unitOf(`u${i + 1}`, kind, p.start, p.end, slice, check, opinion, out.copy(0), speaker, opinionated);
  });
  const relations = findRelations({ text: input, pieces, units, sentences }, links, rephrases);
  const citations = findCitations(input, sentences, quotes, ctx);
  return { language, paragraphs, sentences, quotes, units, relations, citations };
}
