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
    const unit: AnalysedUnit = {
      id: `u${i + 1}`,
      kind: k.kind,
      start: p.start,
      end: p.end,
      text: input.slice(p.start, p.end),
      checkworthy: check.value,
      opinion: opinion.value,
      signals: joined(segment, k.signals, check.signals, opinion.signals, opinion.value >= OPINION_THRESHOLD ? "suggest:OPINION" : undefined),
    };
    if (k.speaker !== undefined) unit.speaker = k.speaker;
    if (opinion.value >= OPINION_THRESHOLD) unit.suggestedVerdict = "OPINION";
    return unit;
  });
  const relations = findRelations({ text: input, pieces, units, sentences }, links, rephrases);
  const citations = findCitations(input, sentences, quotes, ctx);
  return { language, paragraphs, sentences, quotes, units, relations, citations };
}

/**
 * [first, ...a, ...b, ...c, last?], built by push (concat and spread were a hot spot per unit), then
 * copied to its exact length: the list is kept with the result, and one grown by push holds room for 17.
 */
function joined(first: string, a: readonly string[], b: readonly string[], c: readonly string[], last: string | undefined): string[] {
  const out = [first];
  for (let i = 0; i < a.length; i++) out.push(a[i]!);
  for (let i = 0; i < b.length; i++) out.push(b[i]!);
  for (let i = 0; i < c.length; i++) out.push(c[i]!);
  if (last !== undefined) out.push(last);
  return out.slice();
}
