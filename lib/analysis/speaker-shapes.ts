// Attribution shapes beside the subject of a reporting verb: a speech noun's genitive owner, a name
// in quotation marks, an epigraph's source after a dash, the attribution inside split quotation marks,
// a source described after "according to", the agent of a passive verb of speech.
import * as lexicon from "./lexicon";
import { ALL_NAMING_WORDS, ALL_RELATIVE_PRONOUNS, lexiconFor, pronounIn } from "./lexicons";
import { toSpeaker } from "./plain-speaker";
import type { Coreference } from "./coref";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import { GENITIVE } from "./mention-runs";
import { RU_PAST } from "./russian-events";
import type { Attribution } from "./speakers";
import type { Span, Speaker } from "./types";
import { countWords, firstEndingAfter, isLower, isSpaceAt, isUpper, tokenCore, tokens } from "./text";
import { indexFrom, normOr, upperAt, type WordList } from "./speakers-words";

const { REPORTING_VERBS, SPEECH_NOUNS } = lexicon;

/** Longest quotation taken for a name in quotation marks, in words. */
const NAME_MAX_WORDS = 6;

// (At module level: a regular expression literal in a function is a new object at each call.)
const [NAME_FIRST, STOP, GERMAN] = [/^[\p{Lu}\p{N}]/u, /[.!?…。！？]/, /^de\b/i];
/** A short capitalised quotation without a full stop: a name in quotation marks («Интерфакс», "Anonymous"). */
export function nameLike(text: string, q: Span): boolean {
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  // (The full stop read from the last character: a pattern anchored at the end would try every start.)
  return NAME_FIRST.test(inner) && !STOP.test(inner.slice(-1)) && countWords(text, q.start + 1, q.end - 1) <= NAME_MAX_WORDS;
}

/** Russian names a speech's owner in the genitive after the noun: "Комментарий шведского телевидения:". */
const GENITIVE_WORD = /^[\u0430-\u044f\u0451-]{2,}(?:ого|его|ой|ей|ых|их|а|я|ы|и|ов|ев)$/;

export function genitiveOwner(text: string, w: WordList, language: string): Attribution | null {
  if (!/^ru\b/i.test(language)) return null;
  let i = 0;
  while (i < w.length && !SPEECH_NOUNS.has(w.norm(i))) i++;
  if (i === w.length) return null;
  let j = i + 1;
  while (j < w.length && j - i <= 3 && GENITIVE_WORD.test(w.norm(j)) && !upperAt(w, j)) j++;
  if (j - i < 2) return null;
  const start = w.start(i + 1);
  const end = tokenCore({ text: w.word(j - 1), norm: w.norm(j - 1), start: w.start(j - 1), end: w.end(j - 1) }).end;
  return { speaker: { name: text.slice(start, end), start, end }, kind: "office", signals: [`speech-noun:${w.norm(i)}`, "speaker:owner-of-speech"] };
}

const DASH_BEFORE_NAME = /^[^\S\n]*[-–—][^\S\n]*(?=\p{Lu})/u;
/**
 * An epigraph's source after a dash on the quotation's line: `“…” - Jane Roe`, `“…” — Jane Roe,
 * minister`. Only a name right after the dash counts ("«…», — сказал он" is a verb, handled by
 * attributeAfter).
 */
export function dashSource(text: string, quoteEnd: number, ctx: MentionContext): Attribution | null {
  // The dash first, and only then the line's end: most quotations have none, and the dash cannot match past a line break
  // (no character of it is one), so the line's end does not change it.
  if (!dashWithin(text, quoteEnd, quoteEnd + 8, true)) return null;
  const dash = DASH_BEFORE_NAME.exec(text.slice(quoteEnd, quoteEnd + 8));
  if (!dash) return null;
  // The rest of the line, at most 120 characters (never a scan to the end of a long text).
  let lineEnd = quoteEnd;
  const limit = Math.min(text.length, quoteEnd + 120);
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  const at = quoteEnd + dash[0].length;
  const m = findMentions(text, at, lineEnd, at, ctx)[0];
  return m && m.start === at ? { speaker: toSpeaker(m), kind: m.kind, signals: ["speaker:dash-source"] } : null;
}

/** Whether text[start, end) holds an en dash or an em dash, or (with `hyphen`) a hyphen (read by index). */
function dashWithin(text: string, start: number, end: number, hyphen: boolean): boolean {
  const stop = Math.min(end, text.length);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014 || (hyphen && c === 45)) return true;
  }
  return false;
}

/** The author's words inside one pair of marks: «…, — напомнил Медведев. — …», “…,” — said Jane Roe — “…”. */
const INNER_ATTRIBUTION = /[,.!?…][^\S\n]*[—–][^\S\n]+([^—–\n«»“”"]{3,80}?)[.,:][^\S\n]*[—–][^\S\n]/gu;

/** ", réagit-elle au micro de", ", affirme-t-il.": a French incise inside the marks, its verb inverted with the pronoun. */
const INVERTED_INSIDE = /,[^\S\n]*(\p{Ll}{3,})-(?:t-)?(il|elle|ils|elles)(?=[^\S\n]*[,.]|[^\S\n]+(?:au|à|dans|sur|en|devant|lors|à)[^\S\n])/u;

/**
 * A split quotation whose attribution sits inside its marks between dashes (the Russian
 * convention): the reporting clause's name is the speaker.
 */
export function insideAttribution(text: string, quote: Span, ctx: MentionContext): Attribution | null {
  INNER_ATTRIBUTION.lastIndex = 0;
  const inner = text.slice(quote.start + 1, quote.end - 1);
  // "« Je suis choquée, réagit-elle au micro de BFMTV, mardi. … »": a French verb inverted with its pronoun after a comma.
  const inverted = /^fr\b/i.test(ctx.language ?? "") ? INVERTED_INSIDE.exec(inner) : null;
  if (inverted) return { speaker: null, signals: [`reporting-verb:${inverted[1]!}`, "speaker:inside-quote"], deferred: "pronoun", pronoun: inverted[2]! };
  // (INNER_ATTRIBUTION needs a dash: most quotations hold none, and are then not searched with it.)
  if (!dashWithin(text, quote.start + 1, quote.end - 1, false)) return null;
  for (let m = INNER_ATTRIBUTION.exec(inner); m; m = INNER_ATTRIBUTION.exec(inner)) {
    const start = quote.start + 1 + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const toks = tokens(text, start, end);
    const verb = toks.find((t) => REPORTING_VERBS.has(t.norm) && !isUpper(t.text[0]));
    if (!verb) continue;
    // "— написал он в своем Твиттере. —": a pronoun subject speaks, not a name a preposition governs.
    const vi = toks.indexOf(verb);
    const pronoun = [toks[vi - 1], toks[vi + 1]].map((t) => (t ? pronounIn(t.norm) : undefined)).find(Boolean);
    if (pronoun) return { speaker: null, signals: [`reporting-verb:${verb.norm}`], deferred: "pronoun", pronoun };
    const name = findMentions(text, start, end, start, { ...ctx, exclude: [], sentences: undefined, mentionCache: undefined }).find(
      (x) => x.start !== verb.start,
    );
    if (name) return { speaker: toSpeaker(name), kind: name.kind, signals: [`reporting-verb:${verb.norm}`, "speaker:inside-quote"] };
  }
  return null;
}

/** The name inside a quotation that ends right before `at`, after a word naming its kind ("агентство «Синьхуа»"). */
export function quotedNameBefore(text: string, at: number, ctx: MentionContext): Speaker | null {
  const k = firstEndingAfter(ctx.exclude, at) - 1;
  const q = ctx.exclude[k];
  if (!q || q.end > at || /\S/.test(text.slice(q.end, at)) || !nameLike(text, q)) return null;
  // Also with up to two lower-case adjectives between: "el diario conservador «Le Figaro»", "the state news agency “KCNA”".
  const kindWords = /(\p{L}+)((?:\s+\p{Ll}+){0,2})\s+$/u.exec(text.slice(Math.max(0, q.start - 50), q.start));
  if (!kindWords) return null;
  const candidates = [kindWords[1]!, ...kindWords[2]!.trim().split(/\s+/)].filter(Boolean);
  if (!candidates.some((x) => ALL_NAMING_WORDS.has(x.toLowerCase()))) return null;
  const inner = text.slice(q.start + 1, q.end - 1);
  const lead = inner.search(/\S/);
  const name = inner.trim();
  return { name, start: q.start + 1 + lead, end: q.start + 1 + lead + name.length };
}

/** "as" before a verb of speech that puts its subject after it: "como resaltó X", "comme le précise X", "as said X". */
export const AS_WORDS: ReadonlySet<string> = new Set(["como", "comme", "as", "wie"]);

/** Up to three lower-case words after an according-to phrase, ending at a comma: "son complice", "мэра". */
export function describedSource(text: string, from: number, to: number): Speaker | null {
  const m = /^\s*((?:\p{Ll}[\p{L}’'-]*)(?:\s+\p{Ll}[\p{L}’'-]*){0,2}),/u.exec(text.slice(from, Math.min(to, from + 60)));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]!);
  return { name: m[1]!, start, end: start + m[1]!.length };
}

/** Auxiliaries of the Spanish and French passive right before a participle: "ha sido acusado", "fue criticado", "a été critiqué". */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(["sido", "fue", "fueron", "es", "son", "été"]);
/** Words that introduce a passive's agent. */
const AGENT_WORDS: ReadonlySet<string> = new Set(["por", "par"]);

/** "El PLD ha sido acusado … por la oposición de «…»": the agent of a passive verb of speech speaks, not its subject. */
export function passiveAgent(w: WordList, vi: number, mentions: readonly Mention[]): Mention | undefined {
  if (vi === 0 || !PASSIVE_BEFORE.has(w.norm(vi - 1))) return undefined;
  for (let k = vi + 1; k < w.length && k < vi + 8; k++) {
    if (!AGENT_WORDS.has(w.norm(k))) continue;
    const byEnd = w.end(k);
    return mentions.find((m) => m.start > byEnd && m.start - byEnd <= 5);
  }
  return undefined;
}

/** A German article, perhaps with a lower-case adjective, right before a word: "die grundlegenden Bedürfnisse", "das Schiff". */
const GERMAN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * German capitalises every noun: one capitalised word after an article ("Die Kräfte der Sezession seien …", "Das Schiff
 * habe …") is a common noun, no name a quotation could be given to when no verb of speech names its subject.
 */
export function germanCommonNoun(text: string, m: Mention, language: string): boolean {
  return GERMAN.test(language) && m.kind === "name" && !m.name.includes(" ") && GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * "bezeichnete Mnangagwa Mugabe als „…“": two people's surnames run together (the subject after the verb, then the
 * object), each known as a different person's: the first is the speaker.
 */
export function glued(speaker: Speaker, coref: Coreference, sentence: number): ReturnType<Coreference["glued"]> {
  const words = twoWords(speaker.name);
  return words ? coref.glued(words[0], words[1], speaker.name, sentence) : null;
}

/**
 * `name.trim().split(/\s+/u)` when it gives two words, else null: scanned, as a split by a pattern is slow (asked of every
 * speaker). (One pair for every call, read at once by the caller.)
 */
function twoWords(name: string): [string, string] | null {
  let from = 0;
  let to = name.length;
  while (from < to && isSpaceAt(name, from)) from++;
  while (to > from && isSpaceAt(name, to - 1)) to--;
  let i = from;
  while (i < to && !isSpaceAt(name, i)) i++;
  if (i === to) return null;
  let j = i;
  while (j < to && isSpaceAt(name, j)) j++;
  let k = j;
  while (k < to && !isSpaceAt(name, k)) k++;
  if (k !== to) return null;
  pair[0] = name.slice(from, i);
  pair[1] = name.slice(j, to);
  return pair;
}
const pair: [string, string] = ["", ""];

/**
 * "Als Antwort auf den Brief sagte ein Sprecher …", "In einem Interview erklärte Hanke": a German clause that opens on a
 * preposition or "als" puts that phrase before the verb, and the subject after it.
 */
export function germanFronted(text: string, w: WordList, vi: number, language: string): boolean {
  if (!GERMAN.test(language) || vi < 2) return false;
  const first = w.norm(0);
  return (first === "als" || lexiconFor("de").prepositions.has(first)) && !/[,;:]/.test(text.slice(w.end(0), w.start(vi)));
}

/** ", qui a dépensé …, a " before the verb: a relative clause in commas, then perhaps an auxiliary ("a déclaré", "has said"). */
const RELATIVE_TO_VERB = /^\s*,\s*(\p{L}+)\s[^;:.!?«»"“”„]*,\s*(?:\p{Ll}{1,5}\s+){0,2}$/u;
export const relativeToVerb = (gap: string): boolean => {
  const m = RELATIVE_TO_VERB.exec(gap);
  return m !== null && ALL_RELATIVE_PRONOUNS.has(m[1]!.toLowerCase());
};

/** ", head of the regional police, " between a name and its verb: one apposition in commas. */
// (Then perhaps an auxiliary and an adverb: "Emmanuel Grégoire, premier secrétaire …, a d'ailleurs reconnu".)
export const APPOSITION_TO_VERB = /^,[^,;:()]{2,80},\s*(?:[\p{Ll}'’]{1,12}\s+){0,2}$/u;
/** ", ce " between a person and a name: an apposition opened by a determiner ("X, ce Gilet jaune du Vaucluse"). */
export const DETERMINER_APPOSITION = /^\s*,\s*(?:ce|cet|cette|this|that|dieser|diese|este|esta|этот|эта)\s+$/iu;

/** Verbs that pass on someone else's words: "répète les propos de", "quoted the words of", "zitierte die Worte von". */
const RELAY_VERBS: ReadonlySet<string> = new Set(
  "répète répété répétait cite cité citant reprend repris reprenant rapporte rapporté relaie relayé lit lu repeated repeats quoted quotes cited cites read relayed zitierte zitiert wiederholte wiederholt repitió repite citó cita reprodujo процитировал процитировала повторил повторила".split(
    " ",
  ),
);
/** Nouns for words said, beyond the speech nouns of the lexicons. */
const WORDS_NOUNS: ReadonlySet<string> = new Set("mots paroles words remarks worte äußerungen palabras слова".split(" "));
/** What links the words to their owner, perhaps after a participle: "les propos tenus par", "the words of". */
const OWNER_LINKS: ReadonlySet<string> = new Set(["de", "du", "des", "d'", "d’", "par", "of", "by", "von", "del"]);

/**
 * The owner of the words a verb relays: "Bruce Toussaint répète les propos tenus par le Gilet jaune Eric Drouet : « … »" is
 * Eric Drouet's. The noun follows the verb within four words; its owner is named within 40 characters of the link word,
 * a person with a full name before a shorter name ("le Gilet jaune Eric Drouet").
 */
export function relayedOwner(text: string, w: WordList, vi: number, mentions: Mention[]): Mention | undefined {
  if (!RELAY_VERBS.has(w.norm(vi))) return undefined;
  for (let i = vi + 1; i < w.length && i <= vi + 4; i++) {
    if (!SPEECH_NOUNS.has(w.norm(i)) && !WORDS_NOUNS.has(w.norm(i))) continue;
    const link = OWNER_LINKS.has(normOr(w, i + 1)) ? i + 1 : OWNER_LINKS.has(normOr(w, i + 2)) ? i + 2 : -1;
    if (link < 0) return undefined;
    const linkEnd = w.end(link);
    const near = mentions.filter((m) => m.start >= linkEnd && m.start - linkEnd <= 40);
    return near.find((m) => m.kind === "person" && m.name.includes(" ")) ?? near[0];
  }
  return undefined;
}

/** An office or body with its possessive owner: "Russia's defense ministry", "the company's spokesman" stays as it is. */
export function owned(text: string, m: Mention): Speaker {
  if (m.kind !== "office" || !isLower(m.name[0]) || !possessiveBefore(text, m.start)) return toSpeaker(m);
  const owner = POSSESSIVE_OWNER.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (!owner) return toSpeaker(m);
  // Not a sentence-opening article or conjunction: "The Kremlin's press service" is "Kremlin's press service".
  let lead = owner[0];
  for (let sp = lead.indexOf(" "); sp > 0 && lexicon.NOT_NAMES.has(lead.slice(0, sp).toLowerCase()); sp = lead.indexOf(" ")) lead = lead.slice(sp + 1);
  if (/^[’']/.test(lead) || lead.length < 4) return toSpeaker(m);
  return { name: `${lead}${m.name}`, start: m.start - lead.length, end: m.end };
}
const POSSESSIVE_OWNER = /\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3}[’']s $/u;
/** Whether text before `at` ends in "’s " or "'s ", as POSSESSIVE_OWNER's match must: read first, as that pattern tries every start. */
const possessiveBefore = (text: string, at: number): boolean =>
  at >= 3 && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 115 && (text.charCodeAt(at - 3) === 39 || text.charCodeAt(at - 3) === 0x2019);

/** Verbs of blame, whose object is the one blamed, never the speaker ("accusé l'Élysée de …", "accused Smith of …"). */
export const BLAME_VERBS: ReadonlySet<string> = new Set(
  "accusé accuse accusent accusant condamné condamne condamnent critiqué critique critiquent dénoncé dénonce fustigé fustige accused accuses blamed blames condemned criticised criticized beschuldigte beschuldigt kritisierte kritisiert verurteilte acusó acusa criticó condenó обвинил обвинила раскритиковал осудил".split(
    " ",
  ),
);

/** Whether a (Russian) name follows a lower-case noun in the genitive with nothing between: "дочери Челси", "квартиры Иванова". */
export function genitiveAttribute(text: string, w: WordList, m: Mention): boolean {
  if (!isUpper(m.name[0])) return false;
  const k = indexFrom(w, m.start) - 1;
  if (k < 0 || upperAt(w, k) || /\S/.test(text.slice(w.end(k), m.start))) return false;
  const prev = w.norm(k);
  return GENITIVE.test(prev) && !RU_PAST.test(prev) && !lexicon.OFFICE_NOUNS.has(prev) && !lexicon.NOT_NAMES.has(prev);
}
