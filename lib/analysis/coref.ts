import { isUnspaced } from "./language";
import { isChineseBody, PRONOUNS, ZH_PRONOUNS, type PronounGender } from "./lexicons";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import type { Span, Speaker } from "./types";
import { firstEndingAfter, isSpace } from "./text";

// Coreference over the whole document, in one forward pass: speakers and the people who
// speak in the author's sentences are registered as the quotations are reached, so a
// pronoun, a bare surname or an office takes the last compatible person named before it.
// The registry is a map keyed by surname stem and a few "last seen" slots: every lookup is
// constant time and every sentence is scanned at most once, so the pass stays linear.

/** How far back (characters) an office looks for the person named with it. */
const OFFICE_LOOKBACK = 1500;

interface Entry {
  speaker: Speaker;
  sentence: number;
  gender: PronounGender;
  person: boolean;
}

export interface Resolution {
  speaker: Speaker;
  signal: string;
}

/** Surname key: lower case without Russian case endings, so "Петрова" and "Петров" meet. */
export function surnameKey(word: string): string {
  const w = withoutPossessive(word.toLowerCase());
  return /[\u0400-\u04ff]/.test(w) ? w.replace(/(?:ого|ому|ой|ым|ом|ую|ая|ей|а|у|е|ы)$/, "") : w;
}

const isApostrophe = (c: number): boolean => c === 0x2019 || c === 39;
/** `w.replace(/[’']s?$/, "")` without a regex. */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && isApostrophe(w.charCodeAt(n - 2))) return w.slice(0, n - 2);
  return n >= 1 && isApostrophe(w.charCodeAt(n - 1)) ? w.slice(0, n - 1) : w;
}

/**
 * How many single spaces separate the name's words, or -1 when it holds other white space
 * (or spaces at its ends or side by side): then `name.split(/\s+/)` is needed, else the word
 * count and last word come without splitting.
 */
function singleSpaces(name: string): number {
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 ? i === 0 || i === name.length - 1 || name.charCodeAt(i + 1) === 32 : isSpace(name[i])) return -1;
    if (c === 32) n++;
  }
  return n;
}

/** Gender a name shows by itself (its last word given): Russian surnames and patronymics end in -а/-я for women. */
function nameGender(last: string): PronounGender {
  if (!/[\u0400-\u04ff]/.test(last)) return "any";
  return /(?:ова|ева|ёва|ина|ына|ская|цкая|ая|на|а|я)$/.test(last) ? "feminine" : "masculine";
}

const compatible = (pronoun: PronounGender, e: Entry): boolean => {
  if (pronoun === "neuter") return !e.person;
  if (pronoun === "plural") return !e.person || e.gender === "plural";
  if (!e.person) return false;
  return pronoun === "any" || e.gender === "any" || e.gender === pronoun;
};

export class Coreference {
  private readonly bySurname = new Map<string, Entry>();
  private readonly recent: Entry[] = [];
  private scanned = 0;
  private readonly unspaced: boolean;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
    private readonly ctx: MentionContext,
  ) {
    this.unspaced = isUnspaced(ctx.language ?? "en");
  }

  /** Registers a resolved speaker (a quotation's, or the subject of a reporting verb). */
  register(speaker: Speaker, sentence: number, kind: Mention["kind"] | "unknown" = "unknown"): void {
    const name = speaker.name;
    const spaces = singleSpaces(name);
    const split = spaces < 0 ? name.split(/\s+/) : null;
    const count = split ? split.length : spaces + 1;
    const last = split ? (split.at(-1) ?? "") : name.slice(name.lastIndexOf(" ") + 1);
    // A speaker found without a mention kind is a person when it reads like a name: two to
    // four words, each capitalised.
    const person =
      kind === "person" ||
      (kind === "unknown" && (this.unspaced ? !isChineseBody(name) : count >= 2 && count <= 4 && (split ?? name.split(" ")).every((w) => /^\p{Lu}/u.test(w))));
    const entry: Entry = { speaker, sentence, gender: nameGender(last), person };
    if (person && count >= 2) {
      const key = surnameKey(last);
      if (!this.bySurname.has(key)) this.bySurname.set(key, entry);
    }
    this.recent.push(entry);
    if (this.recent.length > 8) this.recent.shift();
  }

  /**
   * Registers the people the author's sentences name up to `sentence` ("Minister Jane Roe
   * visited …"), from the per-sentence mention cache. Runs only when a pronoun or a surname
   * needs it, and never scans a sentence twice.
   */
  private advance(sentence: number): void {
    for (; this.scanned < sentence && this.scanned < this.sentences.length; this.scanned++) {
      const s = this.sentences[this.scanned]!;
      for (const m of findMentions(this.text, s.start, s.end, s.start, this.ctx)) {
        if (m.kind === "person") this.register({ name: m.name, start: m.start, end: m.end }, this.scanned, m.kind);
      }
    }
  }

  /** A pronoun before a reporting verb ("he answered", "отметил он", "她表示") → the last compatible speaker. */
  pronoun(word: string, sentence: number): Resolution | null {
    const gender = PRONOUNS.get(word.toLowerCase()) ?? ZH_PRONOUNS.get(word);
    if (!gender) return null;
    // Unspaced text has no capitals to find names by: only registered speakers are candidates.
    if (!ZH_PRONOUNS.has(word)) this.advance(sentence);
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const e = this.recent[i]!;
      if (compatible(gender, e)) return this.resolved(e, "pronoun");
    }
    return null;
  }

  /** A bare surname (or an inflected one) → the full name it was introduced with. */
  surname(m: Speaker, sentence: number): Resolution | null {
    if (/\s/.test(m.name.trim())) return null;
    this.advance(sentence);
    const e = this.bySurname.get(surnameKey(m.name.replace(/^\p{Lu}\.\s*/u, "")));
    return e && e.speaker.start !== m.start ? this.resolved(e, "surname") : null;
  }

  /** An office without a name ("le nouveau président", "the minister") → the person named before it in its paragraph. */
  office(m: Speaker, paragraph: Span, sentence: number): Resolution | null {
    if (/\p{Lu}/u.test(m.name)) return null;
    // Bounded look-back, so a huge paragraph costs no more than a short one.
    const from = Math.max(paragraph.start, m.start - OFFICE_LOOKBACK);
    const people = findMentions(this.text, from, Math.min(m.start, this.sentences[sentence]?.end ?? m.start), from, this.ctx).filter(
      (x) => x.kind === "person",
    );
    const last = people.at(-1);
    if (!last) return null;
    const s = firstEndingAfter(this.sentences, last.start);
    return { speaker: { name: last.name, start: last.start, end: last.end }, signal: `speaker:office→${last.name} (sentence ${s + 1})` };
  }

  private resolved(e: Entry, rule: string): Resolution {
    return { speaker: { ...e.speaker }, signal: `speaker:${rule}→${e.speaker.name} (sentence ${e.sentence + 1})` };
  }
}
