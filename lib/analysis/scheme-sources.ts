// Who speaks in an argument's statements, as a hint at its scheme: a quoted official or body is a
// source in a position to know; a quoted expert gives an expert opinion (Walton 2008, ch. 9, schemes
// 1 and 2). PURE. Offices are the analyser's own office nouns (every language); expert nouns are in
// lexicons/scheme-cues.json.
import { OFFICE_MODIFIERS, OFFICE_NOUNS, REPORTING_VERBS, SPEECH_NOUNS } from "./lexicon";
import { isGermanOffice } from "./lexicons";
import { findExpertNoun, primaryLanguage } from "./scheme-cues";

export interface SourceStatement {
  text: string;
  signals?: readonly string[];
  speaker?: { name: string } | null;
  /** Words that introduce the speaker: the attribution the quotation cites ("X stated:"). */
  context?: readonly string[];
}

export interface SourceHit {
  schemeId: "position-to-know" | "expert-opinion";
  weight: number;
  signal: string;
}

/** A named office or expert: alone it suggests the scheme. */
const NAMED_WEIGHT = 0.6;
/** An attribution clause ("The official representative … emphasised:") without the quotation. */
const ATTRIBUTION_WEIGHT = 0.5;
/** A quoted speaker of unknown standing: a source, but the reviewer must say whether it is in a position to know. */
const QUOTED_WEIGHT = 0.35;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SPEECH_SIGNALS = new Set(["evidence:speech", "segment:quote", "quote:speech", "evidence:according-to"]);
const ATTRIBUTION_SIGNALS = new Set(["role:attribution", "checkable:role", "checkable:attribution"]);

interface Token {
  word: string;
  norm: string;
  index: number;
}
const tokens = (text: string): Token[] => [...text.matchAll(WORD)].map((m) => ({ word: m[0], norm: m[0].toLowerCase(), index: m.index }));

/** The first office in a text with the modifiers before it ("press secretary", "Foreign Ministry"), as written. */
export function findOffice(text: string, language?: string | null): string | null {
  const german = primaryLanguage(language) === "de";
  const toks = tokens(text);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!OFFICE_NOUNS.has(t.norm) && !(german && isGermanOffice(t.norm))) continue;
    let s = k;
    while (s > 0 && OFFICE_MODIFIERS.has(toks[s - 1]!.norm)) s--;
    // "Secretary General", "Director General": a trailing "general" belongs to the title.
    const last = toks[k + 1]?.norm === "general" ? toks[k + 1]! : t;
    return text.slice(toks[s]!.index, last.index + last.word.length);
  }
  return null;
}

const reportingWord = (text: string): string | null => tokens(text).find((t) => REPORTING_VERBS.has(t.norm) || SPEECH_NOUNS.has(t.norm))?.word ?? null;

/** A context that names the speaker (their last name at least), so its office is theirs. */
function contextsOf(s: SourceStatement, name: string): string[] {
  const last = tokens(name).at(-1)?.norm;
  return (s.context ?? []).filter((c) => last && tokens(c).some((t) => t.norm === last));
}

function quotedSource(s: SourceStatement, name: string, language: string | null | undefined): SourceHit {
  const contexts = contextsOf(s, name);
  const inName = { expert: findExpertNoun(name, language), office: findOffice(name, language) };
  const expert = inName.expert ?? contexts.map((c) => findExpertNoun(c, language)).find(Boolean) ?? null;
  if (expert)
    return { schemeId: "expert-opinion", weight: NAMED_WEIGHT, signal: `speaker: ${name}${inName.expert ? "" : `, “${expert}”`} (expert) → expert opinion` };
  const office = inName.office ?? contexts.map((c) => findOffice(c, language)).find(Boolean) ?? null;
  if (office)
    return {
      schemeId: "position-to-know",
      weight: NAMED_WEIGHT,
      signal: `speaker: ${name}${inName.office ? "" : `, “${office}”`} (office) → position to know`,
    };
  return { schemeId: "position-to-know", weight: QUOTED_WEIGHT, signal: `speaker: ${name} (quoted) → position to know` };
}

/** What the statement's speaker, or the attribution it is, says about the scheme. */
export function sourceHits(s: SourceStatement, language?: string | null): SourceHit[] {
  const signals = s.signals ?? [];
  const name = s.speaker?.name?.trim();
  if (name) return [quotedSource(s, name, language)];
  if (signals.some((x) => SPEECH_SIGNALS.has(x))) return [];
  if (!signals.some((x) => ATTRIBUTION_SIGNALS.has(x))) return [];
  const verb = reportingWord(s.text);
  if (!verb) return [];
  const expert = findExpertNoun(s.text, language);
  if (expert) return [{ schemeId: "expert-opinion", weight: ATTRIBUTION_WEIGHT, signal: `attribution: “${expert}” … “${verb}” (expert) → expert opinion` }];
  const office = findOffice(s.text, language);
  if (office) return [{ schemeId: "position-to-know", weight: ATTRIBUTION_WEIGHT, signal: `attribution: “${office}” … “${verb}” (office) → position to know` }];
  return [];
}
