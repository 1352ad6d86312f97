import * as lexicon from "./lexicon";
import { isUnspaced } from "./language";
import { ACCORDING_FIRST_WORDS, ALL_QUOTING_WORDS, ALL_RELATIVE_PRONOUNS, lexiconFor, pronounForm, pronounIn } from "./lexicons";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import { quoteTagAfter } from "./quote-kind";
import type { Span, Speaker } from "./types";
import { firstEndingAfter, firstTokens, isUpper, tokenCore, tokens, type Token } from "./text";

const { OFFICE_NOUNS, REPORTING_VERBS, SPEECH_NOUNS } = lexicon;

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

const ENGLISH = lexiconFor("en");

/** Whether a preposition governs the mention, so it is an object, not the one speaking ("in the Times", "du Front", "после встречи"). */
function governed(toks: Token[], m: Mention, language: string): boolean {
  const lex = lexiconFor(language);
  let i = toks.findIndex((t) => t.start >= m.start) - 1;
  // Skip the rest of the noun phrase: "against [Russia’s] Far Eastern neighbours", "dans [les colonnes] du".
  const det = (w: string) => ENGLISH.determiners.has(w) || lex.determiners.has(w);
  while (i >= 0 && (det(toks[i]!.norm) || /[’']s?$/.test(toks[i]!.text))) i--;
  if (i < 0) return false;
  const w = toks[i]!.norm;
  // "Nadine Morano, ex-députée UMP, …": a name right after an office noun qualifies the office.
  if (m.kind !== "person" && i === toks.findIndex((t) => t.start >= m.start) - 1 && OFFICE_NOUNS.has(w) && !isUpper(toks[i]!.text[0])) return true;
  return ENGLISH.prepositions.has(w) || lex.prepositions.has(w);
}

/** Tokens not inside any excluded span (quotations); both lists are sorted. */
export function outside(toks: Token[], exclude: readonly Span[]): Token[] {
  let e = toks[0] ? firstEndingAfter(exclude, toks[0].start) : 0;
  return toks.filter((t) => {
    while (e < exclude.length && exclude[e]!.end <= t.start) e++;
    const q = exclude[e];
    return !(q && q.start <= t.start);
  });
}

function reportingVerb(toks: Token[]): Token | undefined {
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (!isUpper(t.text[0]) && REPORTING_VERBS.has(t.norm) && !PASSIVE_AUX.has(toks[i - 1]?.norm ?? "")) return t;
  }
  return undefined;
}

/** Where the source's name begins after an "according to" phrase in any supported language, or -1. */
function afterAccordingTo(text: string, span: Span, language: string, toks: Token[]): number {
  // Cheap test first: most spans hold no word that can open such a phrase.
  if (!isUnspaced(language) && !toks.some((t) => ACCORDING_FIRST_WORDS.has(t.norm))) return -1;
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

/** ", who …:", ", который отшучивается словами:": the clause before the quotation is about the name before the comma. */
function relativeAntecedent(text: string, toks: Token[], mentions: Mention[]): Mention | undefined {
  for (let i = toks.length - 1; i > 0; i--) {
    if (!ALL_RELATIVE_PRONOUNS.has(toks[i]!.norm)) continue;
    const comma = text.lastIndexOf(",", toks[i]!.start);
    if (comma < toks[i - 1]!.end) continue;
    return mentions.find((m) => m.end <= comma && m.end >= toks[i - 1]!.start && /^[\s,]*$/.test(text.slice(m.end, toks[i]!.start)));
  }
  return undefined;
}

/** A short capitalised quotation without a full stop: a name in quotation marks. */
const nameLike = (text: string, q: Span): boolean => {
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  return /^[\p{Lu}\p{N}]/u.test(inner) && !/[.!?…。！？]$/.test(inner) && inner.split(/\s+/).length <= 6;
};

/** Russian names a speech's owner in the genitive after the noun: "Комментарий шведского телевидения:". */
const GENITIVE_WORD = /^[\u0430-\u044f\u0451-]{2,}(?:ого|его|ой|ей|ых|их|а|я|ы|и|ов|ев)$/;

function genitiveOwner(text: string, toks: Token[], language: string): Attribution | null {
  if (!/^ru\b/i.test(language)) return null;
  const i = toks.findIndex((t) => SPEECH_NOUNS.has(t.norm));
  if (i < 0) return null;
  let j = i + 1;
  while (j < toks.length && j - i <= 3 && GENITIVE_WORD.test(toks[j]!.norm) && !isUpper(toks[j]!.text[0])) j++;
  if (j - i < 2) return null;
  const start = toks[i + 1]!.start;
  const end = tokenCore(toks[j - 1]!).end;
  return { speaker: { name: text.slice(start, end), start, end }, kind: "office", signals: [`speech-noun:${toks[i]!.norm}`, "speaker:owner-of-speech"] };
}

/** Spans from ", who" (", который", ", qui") to the next comma: clauses about the name before them. */
function relativeClauses(text: string, toks: Token[]): Span[] {
  const out: Span[] = [];
  const commaBefore = (j: number) => text.slice(toks[j - 1]!.end, toks[j]!.start).includes(",");
  for (let i = 1; i < toks.length; i++) {
    if (!ALL_RELATIVE_PRONOUNS.has(toks[i]!.norm) || !commaBefore(i)) continue;
    let j = i + 1;
    while (j < toks.length && !commaBefore(j)) j++;
    if (j < toks.length) out.push({ start: toks[i]!.start, end: toks[j - 1]!.end });
  }
  return out;
}

/** Words that join two names into one phrase: "of The Globe and Mail", "du PS et d'EELV". */
const COORDINATORS = new Set(["and", "or", "et", "ou", "und", "oder", "и", "или", "y", "o", "e"]);

/** The mentions no preposition governs; a name joined by "and" to a governed one is governed too. */
function ungoverned(text: string, toks: Token[], mentions: Mention[], language: string): Mention[] {
  let previous = false;
  // "Smith, who chairs the committee, said": names inside a relative clause are not its subject.
  const clauses = relativeClauses(text, toks);
  return mentions.filter((m, i) => {
    let g = governed(toks, m, language) || (i > 0 && clauses.some((c) => c.start <= m.start && m.end <= c.end));
    if (!g && previous && i > 0) {
      const before = toks.filter((t) => t.start >= mentions[i - 1]!.end && t.end <= m.start);
      g = before.length === 1 && COORDINATORS.has(before[0]!.norm);
    }
    previous = g;
    return !g;
  });
}

/**
 * Who is said to speak in `span` (text around a quotation, outside any quotation):
 * the subject of a reporting verb, the owner of a speech noun ("the statement of X"),
 * the X of "according to X", or else the first agent named.
 */
export function attribute(text: string, span: Span, sentenceStart: number, ctx: MentionContext): Attribution {
  const toks = outside(tokens(text, span.start, span.end), ctx.exclude);
  const mentions = findMentions(text, span.start, span.end, sentenceStart, ctx);
  const subjects = ungoverned(text, toks, mentions, ctx.language ?? "en");
  const verb = reportingVerb(toks);
  if (verb) {
    const sig = `reporting-verb:${verb.norm}`;
    const before = subjects.filter((m) => m.end <= verb.start).at(-1);
    if (before) return { speaker: toSpeaker(before), kind: before.kind, signals: [sig, "speaker:subject-of-verb"] };
    const vi = toks.indexOf(verb);
    const near = toks
      .slice(Math.max(0, vi - 3), Math.min(toks.length, vi + 2))
      .filter((t) => t !== verb)
      .map((t) => t.norm);
    if (near.some((w) => AUTHOR_PRONOUNS.has(w))) return { speaker: null, signals: [sig], deferred: "author" };
    const pronoun = [verb.norm, ...near].map(pronounIn).find(Boolean);
    if (pronoun) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun };
    const after = mentions.find((m) => m.start >= verb.end && toks.filter((t) => t.start > verb.start && t.start < m.start).length <= 3);
    if (after) return { speaker: toSpeaker(after), kind: after.kind, signals: [sig, "speaker:after-verb"] };
  }
  const source = afterAccordingTo(text, span, ctx.language ?? "en", toks);
  if (source >= 0) {
    // "According to Yonhap, quoting the Central News Agency, …": the agency quoted is the source.
    const quoting = toks.find((t) => t.start >= source && ALL_QUOTING_WORDS.has(t.norm));
    // "quoting North Korea's main news agency KCNA": a possessive name is the owner, not the agency.
    const quoted = quoting && mentions.find((x) => x.start >= quoting.end && x.start - quoting.end < 60 && !/^[’']s?\b/u.test(text.slice(x.end, x.end + 2)));
    if (quoted) return { speaker: toSpeaker(quoted), kind: quoted.kind, signals: ["speaker:according-to", "speaker:quoting"] };
    const m = mentions.find((x) => x.end > source);
    // "По его словам, «…»", "according to him": the source is a pronoun, resolved by coreference.
    const own = toks.find((t) => t.end > source - 12 && t.start < source + 12 && pronounForm(t.norm));
    if (own && (!m || m.start > own.start)) return { speaker: null, signals: ["speaker:according-to"], deferred: "pronoun", pronoun: pronounForm(own.norm)! };
    if (m) {
      const named = from(text, m, source);
      return { speaker: toSpeaker(named), kind: named.kind, signals: ["speaker:according-to"] };
    }
  }
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    const ownerWord = toks[i + 1]!.norm;
    if (SPEECH_NOUNS.has(t.norm) && (ownerWord === "of" || ownerWord === "by")) {
      const m = mentions.find((x) => x.start > t.end && x.start - t.end < 12 + ownerWord.length);
      if (m) return { speaker: toSpeaker(m), signals: [`speech-noun:${t.norm}`, "speaker:owner-of-speech"] };
    }
  }
  const relative = relativeAntecedent(text, toks, mentions);
  if (relative) return { speaker: toSpeaker(relative), kind: relative.kind, signals: ["speaker:relative-clause"] };
  const owner = genitiveOwner(text, toks, ctx.language ?? "en");
  if (owner) return owner;
  const first = subjects[0];
  if (first) return { speaker: toSpeaker(first), kind: first.kind, signals: ["speaker:first-named"] };
  if (toks.some((t) => AUTHOR_PRONOUNS.has(t.norm))) return { speaker: null, signals: [], deferred: "author" };
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
  const toks = firstTokens(text, span.start, span.end, VERB_WINDOW);
  const tag = quoteTagAfter(text, span.start, ctx.language ?? "en");
  const vi = tag ? 0 : toks.findIndex((t) => !isUpper(t.text[0]) && REPORTING_VERBS.has(t.norm));
  if (vi < 0) return null;
  const verb = toks[vi]!;
  const sig = `reporting-verb:${verb.norm}`;
  // An office within reach brings the name given with it: "afirmó el presidente del Gobierno, Pedro Sánchez".
  const officeNear = toks.slice(vi + 1).some((t) => OFFICE_NOUNS.has(t.norm));
  const limit = Math.min(span.end, (toks[Math.min(vi + 4, toks.length - 1)] ?? verb).end + (officeNear ? 40 : 0));
  // A name that starts within reach counts whole, even when it runs past the reach.
  // "… » déclare à l'AFP Jean Roe": a name a preposition governs is whom it was said to.
  const language = ctx.language ?? "en";
  const found = findMentions(text, span.start, span.end, sentenceStart, ctx);
  // "— говорится в сообщении пресс-службы министерства": a speech noun's owner speaks.
  const noun = toks.slice(vi + 1, vi + 4).find((t) => SPEECH_NOUNS.has(t.norm));
  if (noun) {
    // "— приводит слова Ивана Петрова агентство": the name right after the speech noun.
    const named = findMentions(text, span.start, span.end, sentenceStart, ctx).find((x) => x.start > noun.end && x.start - noun.end <= 2);
    if (named) return { speaker: toSpeaker(named), kind: named.kind, signals: [sig, `speech-noun:${noun.norm}`, "speaker:owner-of-speech"] };
    const owner = genitiveOwner(text, tokens(text, span.start, span.end), language);
    if (owner) return { ...owner, signals: [sig, ...owner.signals] };
  }
  let m = found.find((x) => x.start < limit && !governed(toks, x, language));
  // "— отметил после матча наставник «Спартака» Андрей Козлов": the person named with the office.
  if (m?.kind === "office") {
    const person = found.find((x) => x.start > m!.end && x.kind === "person" && x.start - m!.end < 40);
    if (person) m = person;
  }
  if (m) return { speaker: toSpeaker(m), kind: m.kind, signals: [sig, "speaker:after-quote"] };
  // "— пишет газета «Коммерсант»": a name in quotation marks within reach.
  const title = ctx.exclude.find((x) => x.start >= span.start && x.start < limit + 2);
  if (title && nameLike(text, title)) {
    const name = { name: text.slice(title.start + 1, title.end - 1).trim(), start: title.start + 1, end: title.end - 1 };
    const lead = text.slice(name.start, name.end).search(/\S/);
    return { speaker: { ...name, start: name.start + lead, end: name.start + lead + name.name.length }, kind: "name", signals: [sig, "speaker:quoted-name"] };
  }
  // "…,” he said", "«…», — отметил он", "« … », a-t-il dit".
  const pronoun = toks
    .slice(0, vi + 3)
    .map((t) => pronounIn(t.norm))
    .find(Boolean);
  if (pronoun) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun };
  return null;
}

/**
 * An epigraph's source after a dash on the quotation's line: `“…” - Jane Roe`, `“…” — Jane Roe,
 * minister`. Only a name right after the dash counts ("«…», — сказал он" is a verb, handled by
 * attributeAfter).
 */
export function dashSource(text: string, quoteEnd: number, ctx: MentionContext): Attribution | null {
  const nl = text.indexOf("\n", quoteEnd);
  const lineEnd = Math.min(nl < 0 ? text.length : nl, quoteEnd + 120);
  const dash = /^[^\S\n]*[-–—][^\S\n]*(?=\p{Lu})/u.exec(text.slice(quoteEnd, Math.min(lineEnd, quoteEnd + 8)));
  if (!dash) return null;
  const at = quoteEnd + dash[0].length;
  const m = findMentions(text, at, lineEnd, at, ctx)[0];
  return m && m.start === at ? { speaker: toSpeaker(m), kind: m.kind, signals: ["speaker:dash-source"] } : null;
}

/** The author's words inside one pair of marks: «…, — напомнил Медведев. — …», “…,” — said Jane Roe — “…”. */
const INNER_ATTRIBUTION = /[,.!?…][^\S\n]*[—–][^\S\n]+([^—–\n«»“”"]{3,80}?)[.,:][^\S\n]*[—–][^\S\n]/gu;

/**
 * A split quotation whose attribution sits inside its marks between dashes (the Russian
 * convention): the reporting clause's name is the speaker.
 */
export function insideAttribution(text: string, quote: Span, ctx: MentionContext): Attribution | null {
  INNER_ATTRIBUTION.lastIndex = 0;
  const inner = text.slice(quote.start + 1, quote.end - 1);
  for (let m = INNER_ATTRIBUTION.exec(inner); m; m = INNER_ATTRIBUTION.exec(inner)) {
    const start = quote.start + 1 + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const toks = tokens(text, start, end);
    const verb = toks.find((t) => REPORTING_VERBS.has(t.norm) && !isUpper(t.text[0]));
    if (!verb) continue;
    const name = findMentions(text, start, end, start, { ...ctx, exclude: [], sentences: undefined, mentionCache: undefined }).find(
      (x) => x.start !== verb.start,
    );
    if (name) return { speaker: toSpeaker(name), kind: name.kind, signals: [`reporting-verb:${verb.norm}`, "speaker:inside-quote"] };
  }
  return null;
}
