import * as lexicon from "./lexicon";
import { isUnspaced } from "./language";
import { ACCORDING_FIRST_WORDS, lexiconFor, PRONOUNS } from "./lexicons";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import type { Span, Speaker } from "./types";
import { firstEndingAfter, isUpperAt, words, type Words } from "./text";
import * as F from "./word-flags";

const { SPEECH_NOUNS } = lexicon;

const PREPOSITIONS = new Set("in at on by with from to of for into against between about after before during under over among via than like".split(" "));
const AUTHOR_PRONOUNS = new Set(["we", "us", "i", "me", "our", "let"]);
/** Auxiliaries of the passive: "are rated “…”" reports no speech act by the subject. */
const PASSIVE_AUX = new Set("is are was were be been being".split(" "));
const ENGLISH_ACCORDING = /(?<![\p{L}])(?:according to|in the words of)(?![\p{L}])/iu;
const VERB_WINDOW = 6;

export interface Attribution {
  speaker: Speaker | null;
  signals: string[];
  /** The speaker is the author ("Let us cite ...") or a pronoun: look further back. */
  deferred?: "author" | "pronoun";
  /** The pronoun that stands for the speaker, for coreference. */
  pronoun?: string;
  /** What the speaker mention is (person, office …), when it came from a mention. */
  kind?: Mention["kind"];
}

function toSpeaker(m: Mention): Speaker {
  return { name: m.name, start: m.start, end: m.end };
}

/**
 * A span's words outside quotations: `w`'s words by index, and `at`, the indices of those
 * not inside any excluded span (what a Token[] filtered by `outside` held, in order).
 */
interface Kept {
  w: Words;
  at: number[];
}

const keptNorm = (k: Kept, j: number): string => k.w.norm(k.at[j]!);

/** Whether a preposition governs the mention, so it is an object, not the one speaking. */
function governed(k: Kept, m: Mention): boolean {
  let i = -1;
  while (i + 1 < k.at.length && k.w.start(k.at[i + 1]!) < m.start) i++;
  if (i + 1 >= k.at.length) return false; // no word starts at or after the mention
  // Skip the rest of the noun phrase: "against [Russia’s] Far Eastern neighbours".
  while (i >= 0 && (keptNorm(k, i) === "the" || keptNorm(k, i) === "a" || /[’']s?$/.test(k.w.word(k.at[i]!)))) i--;
  return i >= 0 && PREPOSITIONS.has(keptNorm(k, i));
}

/** The words of `w` not inside any excluded span (quotations); both are sorted. */
function outside(w: Words, exclude: readonly Span[]): Kept {
  const at: number[] = [];
  let e = w.length > 0 ? firstEndingAfter(exclude, w.start(0)) : 0;
  for (let i = 0; i < w.length; i++) {
    const s = w.start(i);
    while (e < exclude.length && exclude[e]!.end <= s) e++;
    const q = exclude[e];
    if (!(q && q.start <= s)) at.push(i);
  }
  return { w, at };
}

/** Position in k.at of the last reporting verb not after a passive auxiliary, or -1. */
function reportingVerb(k: Kept): number {
  for (let j = k.at.length - 1; j >= 0; j--) {
    const i = k.at[j]!;
    if (!isUpperAt(k.w.text, k.w.start(i)) && k.w.flags(i) & F.REPORTING_VERB && !PASSIVE_AUX.has(j > 0 ? keptNorm(k, j - 1) : "")) return j;
  }
  return -1;
}

/** Where the source's name begins after an "according to" phrase in any supported language, or -1. */
function afterAccordingTo(text: string, span: Span, language: string, k: Kept): number {
  // Cheap test first: most spans hold no word that can open such a phrase.
  if (!isUnspaced(language) && !k.at.some((i) => ACCORDING_FIRST_WORDS.has(k.w.norm(i)))) return -1;
  const slice = text.slice(span.start, span.end);
  const m = ENGLISH_ACCORDING.exec(slice) ?? lexiconFor(language).accordingTo?.exec(slice);
  return m ? span.start + m.index + m[0].length : -1;
}

/** The part of a mention after `from` (an "according to" phrase glued to a name: "Selon La Gazette"). */
function from(text: string, m: Mention, start: number): Mention {
  if (m.start >= start) return m;
  let s = start;
  while (s < m.end && /\s/.test(text[s]!)) s++;
  return { ...m, start: s, name: text.slice(s, m.end) };
}

/**
 * Who is said to speak in `span` (text around a quotation, outside any quotation):
 * the subject of a reporting verb, the owner of a speech noun ("the statement of X"),
 * the X of "according to X", or else the first agent named.
 */
export function attribute(text: string, span: Span, sentenceStart: number, ctx: MentionContext): Attribution {
  const k = outside(words(text, span.start, span.end), ctx.exclude);
  const { w, at } = k;
  const mentions = findMentions(text, span.start, span.end, sentenceStart, ctx);
  const subjects = mentions.filter((m) => !governed(k, m));
  const vj = reportingVerb(k);
  if (vj >= 0) {
    const verb = at[vj]!;
    const verbNorm = w.norm(verb);
    const verbStart = w.start(verb);
    const verbEnd = w.end(verb);
    const sig = `reporting-verb:${verbNorm}`;
    const before = subjects.filter((m) => m.end <= verbStart).at(-1);
    if (before) return { speaker: toSpeaker(before), kind: before.kind, signals: [sig, "speaker:subject-of-verb"] };
    const near: string[] = [];
    for (let j = Math.max(0, vj - 3); j < Math.min(at.length, vj + 2); j++) if (j !== vj) near.push(keptNorm(k, j));
    if (near.some((n) => AUTHOR_PRONOUNS.has(n))) return { speaker: null, signals: [sig], deferred: "author" };
    const pronoun = near.find((n) => PRONOUNS.has(n));
    if (pronoun) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun };
    const after = mentions.find((m) => m.start >= verbEnd && at.filter((i) => w.start(i) > verbStart && w.start(i) < m.start).length <= 3);
    if (after) return { speaker: toSpeaker(after), kind: after.kind, signals: [sig, "speaker:after-verb"] };
  }
  const source = afterAccordingTo(text, span, ctx.language ?? "en", k);
  if (source >= 0) {
    const m = mentions.find((x) => x.end > source);
    if (m) {
      const named = from(text, m, source);
      return { speaker: toSpeaker(named), kind: named.kind, signals: ["speaker:according-to"] };
    }
  }
  for (let j = 0; j < at.length - 1; j++) {
    const norm = keptNorm(k, j);
    const ownerWord = keptNorm(k, j + 1);
    if (SPEECH_NOUNS.has(norm) && (ownerWord === "of" || ownerWord === "by")) {
      const end = w.end(at[j]!);
      const m = mentions.find((x) => x.start > end && x.start - end < 12 + ownerWord.length);
      if (m) return { speaker: toSpeaker(m), signals: [`speech-noun:${norm}`, "speaker:owner-of-speech"] };
    }
  }
  const first = subjects[0];
  if (first) return { speaker: toSpeaker(first), kind: first.kind, signals: ["speaker:first-named"] };
  if (at.some((i) => AUTHOR_PRONOUNS.has(w.norm(i)))) return { speaker: null, signals: [], deferred: "author" };
  // Only objects are named ("the tone of X's attacks"): the one agent in view is the best guess.
  const object = mentions[0];
  if (object) return { speaker: toSpeaker(object), signals: ["speaker:only-named"] };
  return { speaker: null, signals: [] };
}

/**
 * The attribution that follows a quotation in its sentence: "“…,” X said." Only a
 * reporting verb close to the closing mark counts, so a continuing sentence ("…,” as X
 * has …") is not mistaken for an attribution.
 */
export function attributeAfter(text: string, span: Span, sentenceStart: number, ctx: MentionContext): Attribution | null {
  const w = words(text, span.start, span.end);
  const n = Math.min(VERB_WINDOW, w.length);
  let vi = 0;
  while (vi < n && !(w.flags(vi) & F.REPORTING_VERB && !isUpperAt(text, w.start(vi)))) vi++;
  if (vi === n) return null;
  const sig = `reporting-verb:${w.norm(vi)}`;
  const limit = Math.min(span.end, w.end(Math.min(vi + 4, n - 1)));
  const m = findMentions(text, span.start, limit, sentenceStart, ctx)[0];
  if (m) return { speaker: toSpeaker(m), kind: m.kind, signals: [sig, "speaker:after-quote"] };
  // "…,” he said", "«…», — отметил он", "« … », a-t-il dit".
  for (let i = 0; i < Math.min(vi + 3, n); i++) {
    if (PRONOUNS.has(w.norm(i))) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: w.norm(i) };
  }
  return null;
}
