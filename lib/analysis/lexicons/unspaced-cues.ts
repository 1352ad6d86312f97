// Check-worthiness's cue lists of a language written without spaces, as word sets (word-set.ts) instead of alternations:
// each query below finds exactly what the lexicon's regular expression of the same name finds (index.ts).
import type { LexiconData } from "./data";
import { WordSet } from "./word-set";

export interface UnspacedCues {
  event: WordSet;
  comparative: WordSet;
  /** Agent suffixes and person titles; null when there are no suffixes (then `agentSuffix` is null). */
  agents: WordSet | null;
  acronym: RegExp;
  /** Null without titles or family names (then `titledPerson` is null). */
  titles: WordSet | null;
  /** The characters of the family names (`[${surnames.join("")}]`). */
  surnames: ReadonlySet<string>;
  reportingVerbs: WordSet;
}

export function unspacedCues(d: LexiconData, agents: string[], acronym: string): UnspacedCues {
  return {
    event: new WordSet(d.eventVerbs),
    comparative: new WordSet(d.comparatives),
    agents: d.agentSuffixes.length ? new WordSet(agents) : null,
    acronym: new RegExp(acronym, "u"),
    titles: d.surnames?.length && d.personTitles?.length ? new WordSet(d.personTitles) : null,
    surnames: new Set(d.surnames?.join("")),
    reportingVerbs: new WordSet(d.reportingVerbs),
  };
}

/** `agentSuffix.test(s)`: a suffix or title anywhere, or an acronym. */
export const hasAgentSuffix = (u: UnspacedCues, s: string): boolean => u.agents !== null && (u.agents.indexIn(s) >= 0 || u.acronym.test(s));

const HAN_AT = /[\p{Script=Han}]/uy;

/** `titledPerson.test(s)`: a person's title right before a family name and one more character ("秘書長黃昆輝"). */
export function hasTitledPerson(u: UnspacedCues, s: string): boolean {
  const titles = u.titles;
  if (!titles) return false;
  for (let i = titles.indexIn(s); i >= 0; i = titles.indexIn(s, i + 1)) {
    for (const title of titles.wordsFrom(s, i)!) {
      const end = i + title.length;
      if (!s.startsWith(title, i) || !u.surnames.has(s.charAt(end))) continue;
      HAN_AT.lastIndex = end + 1;
      if (HAN_AT.test(s)) return true;
    }
  }
  return false;
}
