import { splitParagraphs, splitSentences } from "./segment";
import type { AnalyzeOptions, DocumentAnalysis } from "./types";

export type * from "./types";

/**
 * Text -> DocumentAnalysis. Pure and synchronous.
 * First pass: one CLAIM unit per sentence (the full analyser replaces this behind the same interface).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const language = options.language ?? "en";
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs, language);
  const units = sentences.map((s, i) => ({
    id: `u${i + 1}`,
    kind: "CLAIM" as const,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    checkworthy: 0.5,
    opinion: 0,
    signals: ["segment:sentence"],
  }));
  return { language, paragraphs, sentences, quotes: [], units, relations: [] };
}
