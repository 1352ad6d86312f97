// Shared by the pattern tests: the quotations of a made-up text, one by its first words, the last speech one, and the
// unit holding some words.
import { expect } from "vitest";
import { analyze } from "./index";

export const quotes = (text: string, language: string) => analyze(text, { language }).quotes;
/** Kind and speaker of the quotation whose words start with `words`. */
export function quote(text: string, language: string, words: string) {
  const q = quotes(text, language).find((x) => x.text.trim().startsWith(words));
  if (!q) throw new Error(`no quotation starting with ${words}`);
  if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.name);
  return { kind: q.kind, speaker: q.speaker?.name ?? null, signals: q.signals };
}
/** The last speech quotation of the text. */
export const lastSpeech = (text: string, language: string) =>
  quotes(text, language)
    .filter((x) => x.kind === "speech")
    .at(-1)!;
/** The unit of a made-up text that holds `words`. */
export function unitHolding(text: string, words: string, language: string) {
  const u = analyze(text, { language }).units.find((x) => x.text.includes(words));
  if (!u) throw new Error(`no unit holding ${words}`);
  return u;
}
