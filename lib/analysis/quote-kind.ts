import * as lexicon from "./lexicon";
import type { QuoteKind, Span } from "./types";
import { isUnspaced } from "./language";
import { isTerminal, isUpper, tokens } from "./text";

const { DOCUMENT_NOUNS, EVENT_NOUNS, NAME_CONNECTORS, NOT_NAMES, REPORTING_VERBS } = lexicon;

const SCARE_MAX_WORDS = 3;

export interface KindResult {
  kind: QuoteKind;
  signals: string[];
}

/** Whether the words just before the quotation introduce speech: "X said:", "X stated “". */
/** Whether a reporting verb follows the closing mark closely: "‘We are ready,’ the minister said". */
export function followedBySpeech(text: string, quoteEnd: number): boolean {
  const words = tokens(text, quoteEnd, Math.min(text.length, quoteEnd + 60)).slice(0, 5);
  return /^[^\S\n]*[,—–-]?[^\S\n]*\p{L}/u.test(text.slice(quoteEnd, quoteEnd + 4)) && words.some((w) => REPORTING_VERBS.has(w.norm) && !isUpper(w.text[0]));
}

export function introducesSpeech(text: string, quoteStart: number, lineStart: number): boolean {
  const before = text.slice(Math.max(lineStart, quoteStart - 40), quoteStart).trimEnd();
  if (/[:：]$/.test(before)) return true;
  const m = /([\p{L}-]+)[,]?$/u.exec(before);
  // "called it “a disaster”" names a thing; it does not report a speech.
  const word = m?.[1]?.toLowerCase() ?? "";
  return REPORTING_VERBS.has(word) && word !== "called";
}

/**
 * speech (someone's words), title (a cited work's name) or scare (a word held at a
 * distance). Titles are capitalised like names and end without a full stop; scare quotes
 * are a few words; everything else is taken as reported words.
 */
export function classifyQuote(text: string, q: Span, paragraphStart: number, language: string): KindResult {
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const words = tokens(text, q.start + 1, q.end - 1);
  // Without spaces between words, about two characters make a word (Chinese, Japanese).
  const count = isUnspaced(language) ? Math.ceil(inner.length / 2) : words.length;
  const lastChar = inner.replace(/[,;]+$/, "").at(-1);
  const endsLikeSentence = isTerminal(lastChar);
  const closesOnPause = /[,!?…—–-]$/.test(inner);
  const introduced = introducesSpeech(text, q.start, paragraphStart) || (closesOnPause && followedBySpeech(text, q.end));

  const afterColon = /[:：]\s*$/.test(text.slice(Math.max(paragraphStart, q.start - 3), q.start));
  if (words.length >= 2 && !endsLikeSentence && !afterColon && /^[\p{Lu}\p{N}]/u.test(inner)) {
    const content = words.filter((w) => !NOT_NAMES.has(w.norm) && !NAME_CONNECTORS.has(w.norm));
    const capitalised = content.filter((w) => isUpper(w.text[0]) || /^\d/.test(w.text));
    const ratio = content.length ? capitalised.length / content.length : 0;
    const docNoun = capitalised.some((w) => DOCUMENT_NOUNS.has(w.norm) || EVENT_NOUNS.has(w.norm));
    if (ratio >= 0.6 && docNoun) return { kind: "title", signals: ["quote-kind:document-noun"] };
    if (ratio >= 0.8 && /^(?:en|de|fr|es|it|pt|nl)/.test(language)) {
      return { kind: "title", signals: ["quote-kind:title-case"] };
    }
  }
  if (count <= SCARE_MAX_WORDS && !endsLikeSentence && !introduced) {
    return { kind: "scare", signals: ["quote-kind:short"] };
  }
  const signals = [introduced ? "quote-kind:introduced" : endsLikeSentence ? "quote-kind:sentence" : "quote-kind:fragment"];
  return { kind: "speech", signals };
}
