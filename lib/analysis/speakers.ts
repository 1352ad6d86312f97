import * as lexicon from "./lexicon";
import { isUnspaced } from "./language";
import { ACCORDING_FIRST_WORDS, ALL_QUOTING_WORDS, ALL_RELATIVE_PRONOUNS, DROPPED_SUBJECT, lexiconFor, pronounForm, pronounIn, PRONOUNS } from "./lexicons";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import { clauseVerb, PARTICIPLE } from "./reporting-verbs";
import { leadPronoun } from "./coref-shapes";
import {
  APPOSITION_TO_VERB,
  AS_WORDS,
  DETERMINER_APPOSITION,
  describedSource,
  genitiveAttribute,
  genitiveOwner,
  germanCommonNoun,
  germanFronted,
  owned,
  passiveAgent,
  quotedNameBefore,
  relativeToVerb,
  relayedOwner,
} from "./speaker-shapes";
import { clauseHead, joinsPredicate, relativeAntecedent, ungoverned } from "./subjects";
import type { Span, Speaker } from "./types";
import { firstEndingAfter, firstTokens } from "./text";
import { firstWords, indexFrom, normOr, upperAt, wordsOutside, type WordList } from "./speakers-words";
import { afterVerb, lastEndingBy } from "./speakers-verb";

const { COMPLEMENTIZERS, OFFICE_NOUNS, SPEECH_NOUNS } = lexicon;

/** Words before an infinitive whose subject is the clause's: "al anunciar", "tras afirmar". */
const INFINITIVE_OPENERS: ReadonlySet<string> = new Set(["al", "tras"]);
const AUTHOR_PRONOUNS = new Set(["we", "us", "i", "me", "our", "let"]);
/** Words that open a reported clause: "Estimant que « … »", "saying that “…”". */
const ENGLISH_ACCORDING = /(?<![\p{L}])(?:according to|in the words of)(?![\p{L}])/iu;
/** Languages that put a pronoun subject after the verb; Russian; German (at module level: a pattern literal is a new object per call). */
const [INVERTING, RUSSIAN, GERMAN] = [/^(?:ru|de)\b/i, /^ru\b/i, /^de\b/i];
export const VERB_WINDOW = 6;
/** How far an apposition after the speaker's name may push the verb: "X, editor at large at the Saudi Gazette, said". */
export const APPOSITION_WINDOW = 16;

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

/** The pronoun a verb without its subject stands for: "dijeron", "afirman" a plural one, else one of either gender. */
export const droppedSubject = (verb: string): string => (/(?:ron|[ae]n)$/u.test(verb) ? "ellos" : DROPPED_SUBJECT);

/** "Humberto de la Calle", "Loyola de Palacio": capitalised words joined by particles, taken for a name, not a person, by itself. */
const PARTICLE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:de|del|van|von|da|di|du)(?:\s+(?:la|las|los|le|les))?\s+\p{Lu}[\p{L}'’-]+)+$/u;

/** A person, or a name with particles where a person is expected: the holder named after an office. */
export const personLike = (m: Mention): boolean => m.kind === "person" || (m.kind === "name" && PARTICLE_NAME.test(m.name));

import { toSpeaker } from "./plain-speaker";
export { toSpeaker };

/** Where the source's name begins after an "according to" phrase in any supported language, or -1. */
export function afterAccordingTo(text: string, span: Span, language: string, w: WordList): number {
  // Cheap test first: most spans hold no word that can open such a phrase.
  if (isUnspaced(language)) return accordingPhraseEnd(text, span, language);
  for (let i = 0; i < w.length; i++) if (ACCORDING_FIRST_WORDS.has(w.norm(i))) return accordingPhraseEnd(text, span, language);
  return -1;
}

/** afterAccordingTo once a word of the span is known to open such a phrase (or the text is unspaced): the phrase searched. */
export function accordingPhraseEnd(text: string, span: Span, language: string): number {
  const slice = text.slice(span.start, span.end);
  const m = ENGLISH_ACCORDING.exec(slice) ?? lexiconFor(language).accordingTo?.exec(slice);
  return m ? span.start + m.index + m[0].length : -1;
}

/** The part of a mention after `from` (an "according to" phrase glued to a name: "Selon La Gazette"). */
export function from(text: string, m: Mention, start: number): Mention {
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
  // (The words are read by index off words.ts's view: a token list built per call was most of this function's allocation.)
  const w = wordsOutside(text, span, ctx.exclude);
  const mentions = findMentions(text, span.start, span.end, sentenceStart, ctx);
  const subjects = ungoverned(text, w, mentions, ctx.language ?? "en");
  const vi = clauseVerb(text, w, span);
  // The verb's bounds and norm (-1, -1 and "" when there is none).
  const [verbStart, verbEnd, verbNorm] = vi >= 0 ? [w.start(vi), w.end(vi), w.norm(vi)] : [-1, -1, ""];
  // Russian and German put a pronoun subject after the verb ("отметил он", "sagte er"); English, French and Spanish do not.
  const inverts = INVERTING.test(ctx.language ?? "en");
  if (vi >= 0) {
    const sig = `reporting-verb:${verbNorm}`;
    let before = lastEndingBy(subjects, verbStart);
    // "AFP spoke to Terence Fan, an expert from …, who said": the verb of a relative clause has the clause's antecedent as subject.
    if (vi > 0 && ALL_RELATIVE_PRONOUNS.has(w.norm(vi - 1))) {
      const antecedent = relativeAntecedent(text, firstWords(w, vi), mentions, ctx.language ?? "en");
      if (antecedent) return { speaker: toSpeaker(antecedent), kind: antecedent.kind, signals: [sig, "speaker:relative-clause"] };
    }
    // Russian "Бадди Макгирт после известия о смерти Дадашева заявил": a name right after a lower-case
    // noun is its genitive object; the name that opens the clause is the subject.
    if (before && RUSSIAN.test(ctx.language ?? "") && subjects[0] !== before && w.length > 0 && subjects[0]!.start === w.start(0)) {
      const prev = indexFrom(w, before.start) - 1;
      if (prev >= 0 && !upperAt(w, prev) && !OFFICE_NOUNS.has(w.norm(prev)) && !text.slice(w.end(prev), before.start).includes(",")) before = subjects[0];
    }
    // "кандидат в президенты США вышла из квартиры своей дочери Челси, объявила": a name after a lower-case noun
    // in the genitive is that noun's, not the clause's subject; the subject named earlier speaks.
    if (before && RUSSIAN.test(ctx.language ?? "") && genitiveAttribute(text, w, before)) {
      const earlier = subjects.filter((m) => m.end <= before!.start && !genitiveAttribute(text, w, m)).at(-1);
      if (earlier) before = earlier;
    }
    // "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said": a comma-enclosed
    // apposition after the name that opens the clause qualifies it; that name is the subject.
    const head = subjects[0];
    // The first subject of the clause: no comma before it ("Последний чемпион мира Гарри Каспаров, …").
    if (before && head && head !== before && w.length > 0 && !text.slice(w.start(0), head.start).includes(",")) {
      // Also after a complement: "Ben Summerskill of the British gay rights organization, Stonewall, said".
      const opening = /^\s*(?:,|(\p{L}+)\s)/u.exec(text.slice(head.end, head.end + 20));
      const qualified = opening !== null && (opening[1] === undefined || lexiconFor(ctx.language ?? "en").prepositions.has(opening[1].toLowerCase()));
      const apposition = head.kind === "person" && qualified && /,\s*$/.test(text.slice(before.end, verbStart));
      // "Гарри Каспаров, который …, отказался назвать фаворита в матче Топалов — Крамник, но сказал": a second
      // predicate joined by "but"/"and" shares the clause's subject.
      // "Lage denied reports that Castro has cancer and said …" too.
      const joined = joinsPredicate(w, vi);
      if (apposition || joined) before = head;
    }
    // "…, while Bambang Widaryatmo, head of East Kalimantan's police, promised": a person, then an apposition in commas
    // right before the verb; the person is the subject.
    if (before && before.kind !== "person") {
      const apposed = subjects.findLast((m) => m.kind === "person" && m.end <= before!.start && APPOSITION_TO_VERB.test(text.slice(m.end, verbStart)));
      // ("…publiée sur le site de Christophe Chalençon, ce Gilet jaune du Vaucluse s’est adressé": "ce" takes up the person just named.)
      const taken = mentions.findLast((m) => m.kind === "person" && m.end <= before!.start && DETERMINER_APPOSITION.test(text.slice(m.end, before!.start)));
      before = apposed ?? taken ?? before;
    }
    // "José Mourinho, qui a dépensé … pour signer Paul Pogba, et … Romelu Lukaku …, a déclaré": a relative clause in commas,
    // however many it holds, runs from its antecedent to the verb; the antecedent is the subject.
    if (before) before = mentions.find((m) => m.kind === "person" && m.end <= before!.start && relativeToVerb(text.slice(m.end, verbStart))) ?? before;
    // "Chavez defended Morales in his speech by saying", "When …, Chávez accused President Bush of …, saying", ", заявив",
    // "…, ex-CIA official Paul Pillar led … and told X that": a participle's or a joined predicate's subject opens the clause.
    const participle =
      vi > 0 && PARTICIPLE.test(verbNorm) && (w.norm(vi - 1) === "by" || w.norm(vi - 1) === "en" || /,\s*$/.test(text.slice(w.end(vi - 1), verbStart)));
    const joinedPredicate = joinsPredicate(w, vi);
    if (before && (participle || joinedPredicate)) before = clauseHead(text, w, subjects, verbStart, ctx.language ?? "en") ?? before;
    // "Агентство «Синьхуа» сообщило", "the newspaper “Kommersant” wrote": the quoted name after the word naming its kind.
    const quoted = quotedNameBefore(text, verbStart, ctx);
    if (quoted && (!before || before.end <= quoted.start)) return { speaker: quoted, kind: "name", signals: [sig, "speaker:quoted-name"] };
    // "В интервью South China Morning Post он заявил": a pronoun after the name is the subject.
    // (Not one a preposition governs, among the three words before the verb: "La municipalité, quant à elle, justifie".)
    const near = Math.max(0, vi - 3);
    for (let k = near; k < vi; k++)
      if (PRONOUNS.has(w.norm(k)) && (!before || w.start(k) > before.end) && (k === near || w.norm(k - 1) !== "à"))
        return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: w.norm(k) };
    // (afterVerb, speakers-verb.ts: the name right after the verb, not past "that"/"что"/"que", never after a verb of blame.)
    // "porque, como resaltó el eurodiputado José Manuel García-Margallo, «…»": after "as", the subject follows the verb.
    // "…“, sagte die Sprecherin.": a German verb right after a comma opens its clause, and its subject follows it.
    // (Not after an apposition's comma, closing a name: "Der Vorsitzende …, Ghazi Atabani, sagte Journalisten".)
    const beforeVerb = vi > 0 ? text.slice(w.end(vi - 1), verbStart) : "";
    // (Nor a verb a comma follows: "Hunt, der … kandidiert, sagte, er sei „…“" opens the reported clause.)
    const commaVerb =
      GERMAN.test(ctx.language ?? "") &&
      /,\s*$/.test(beforeVerb) &&
      !/^\s*,/.test(text.slice(verbEnd, verbEnd + 2)) &&
      (/[“”"»«]\s*,\s*$/.test(beforeVerb) || !upperAt(w, vi - 1));
    if (commaVerb && PRONOUNS.has(normOr(w, vi + 1))) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: w.norm(vi + 1) };
    const inverted =
      vi > 0 && (AS_WORDS.has(w.norm(vi - 1)) || commaVerb || germanFronted(text, w, vi, ctx.language ?? ""))
        ? afterVerb(text, w, mentions, verbStart, verbEnd, verbNorm, ctx.language ?? "en")
        : undefined;
    if (inverted) return { speaker: toSpeaker(inverted), kind: inverted.kind, signals: [sig, "speaker:after-verb"] };
    const agent = passiveAgent(w, vi, mentions);
    if (agent) return { speaker: toSpeaker(agent), kind: agent.kind, signals: [sig, "speaker:passive-agent"] };
    // "el PNV ha sufrido 235 ataques, por lo que, enfatizó, «…»": a verb of speech alone between commas, where the language
    // leaves its subject out, is not the verb of the name before the comma.
    // So is an infinitive after "al"/"tras" ("cedió …, al anunciar el desbloqueo «urgente»"): its subject is the clause's.
    const dropping = lexiconFor(ctx.language ?? "en").subjectDrop && vi > 0;
    const aside = dropping && /^\s*,\s*$/.test(text.slice(w.end(vi - 1), verbStart)) && /^\s*,/.test(text.slice(verbEnd, verbEnd + 3));
    if (before && (aside || (dropping && INFINITIVE_OPENERS.has(w.norm(vi - 1)))))
      return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: droppedSubject(verbNorm) };
    // "Bruce Toussaint répète les propos tenus par Eric Drouet : « … »": the words are their owner's, not the one repeating them.
    const relayed = relayedOwner(text, w, vi, mentions);
    if (relayed) return { speaker: toSpeaker(relayed), kind: relayed.kind, signals: [sig, "speaker:relayed-words"] };
    // ("Ce dernier a déclaré", "The latter said": the person named last, for coreference.)
    const latter = !before && leadPronoun(text, { start: sentenceStart, end: span.end }) === "latter";
    if (latter) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: DROPPED_SUBJECT };
    if (before) return { speaker: owned(text, before), kind: before.kind, signals: [sig, "speaker:subject-of-verb"] };
    // A pronoun right after the verb is its subject where the language inverts ("отметил он", "sagte er") or where it
    // closes the clause ("…,” said he."); "said it was damning" is the reported clause's own subject.
    // (A loop, not slice/filter/map: these arrays are often empty, and their changing element kinds made V8 recompile this
    // large function several times.)
    let pronoun = pronounIn(verbNorm);
    for (let k = Math.max(0, vi - 3); k < Math.min(w.length, vi + 2); k++) {
      if (k === vi || !(w.start(k) < verbStart || inverts || /^\s*(?:[,.;:!?]|$)/.test(text.slice(w.end(k), Math.min(span.end, w.end(k) + 2))))) continue;
      if (AUTHOR_PRONOUNS.has(w.norm(k))) return { speaker: null, signals: [sig], deferred: "author" };
      if (normOr(w, k - 1) !== "à") pronoun ??= pronounIn(w.norm(k));
    }
    if (pronoun) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun };
    // "Estimant que « … », il vota contre": a participle opens the sentence; its subject follows the quotation.
    if (vi === 0 && w.length === 2 && COMPLEMENTIZERS.has(w.norm(1))) {
      const q = ctx.exclude[firstEndingAfter(ctx.exclude, span.end)];
      const subject =
        q && q.start >= span.end && !/\S/.test(text.slice(span.end, q.start)) ? firstTokens(text, q.end, Math.min(text.length, q.end + 40), 1)[0] : undefined;
      if (subject && PRONOUNS.has(subject.norm) && /^[\s,]*$/.test(text.slice(q!.end, subject.start)))
        return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: subject.norm };
    }
    const after = afterVerb(text, w, mentions, verbStart, verbEnd, verbNorm, ctx.language ?? "en");
    if (after) return { speaker: toSpeaker(after), kind: after.kind, signals: [sig, "speaker:after-verb"] };
    // "Estimó que es «evidente»", "«Me lo apunto», señaló": a language that leaves the pronoun subject out;
    // coreference takes the person named before, as for "él" ("dijeron": the plural).
    if (lexiconFor(ctx.language ?? "en").subjectDrop) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: droppedSubject(verbNorm) };
  }
  const source = afterAccordingTo(text, span, ctx.language ?? "en", w);
  if (source >= 0) {
    // "According to Yonhap, quoting the Central News Agency, …": the agency quoted is the source.
    let quoting = 0;
    while (quoting < w.length && !(w.start(quoting) >= source && ALL_QUOTING_WORDS.has(w.norm(quoting)))) quoting++;
    const quotingEnd = quoting < w.length ? w.end(quoting) : -1;
    // "quoting North Korea's main news agency KCNA": a possessive name is the owner, not the agency.
    const quoted =
      quotingEnd >= 0 && mentions.find((x) => x.start >= quotingEnd && x.start - quotingEnd < 60 && !/^[’']s?\b/u.test(text.slice(x.end, x.end + 2)));
    if (quoted) return { speaker: toSpeaker(quoted), kind: quoted.kind, signals: ["speaker:according-to", "speaker:quoting"] };
    let m = mentions.find((x) => x.end > source);
    // ("Selon le syndicat CGT, …": the body's own name right after the word naming its kind.)
    if (m?.kind === "office") m = mentions.find((x) => x.start > m!.end && /^\s+$/.test(text.slice(m!.end, x.start)) && x.kind !== "office") ?? m;
    // "Selon le président du comité …, Christophe Borgel, « … »": the person named in apposition to the office.
    if (m?.kind === "office") m = mentions.find((x) => x.kind === "person" && x.start > m!.end && /^[^,;:]*,\s*$/u.test(text.slice(m!.end, x.start))) ?? m;
    // "По его словам, «…»", "according to him": the source is a pronoun, resolved by coreference.
    let own = 0;
    while (own < w.length && !(w.end(own) > source - 12 && w.start(own) < source + 12 && pronounForm(w.norm(own)))) own++;
    if (own < w.length && (!m || m.start > w.start(own)))
      return { speaker: null, signals: ["speaker:according-to"], deferred: "pronoun", pronoun: pronounForm(w.norm(own))! };
    if (m) {
      const named = from(text, m, source);
      return { speaker: toSpeaker(named), kind: named.kind, signals: ["speaker:according-to"] };
    }
    // "По мнению мэра, …", "Selon son complice, « … »": a source described, not named; coreference
    // may link it, as an office, to the person named before it.
    const described = describedSource(text, source, span.end);
    if (described) return { speaker: described, kind: "office", signals: ["speaker:according-to", "speaker:described"] };
  }
  for (let i = 0; i < w.length - 1; i++) {
    const noun = w.norm(i);
    if (!SPEECH_NOUNS.has(noun)) continue;
    const [end, ownerWord, next] = [w.end(i), w.norm(i + 1), w.start(i + 1)];
    if (ownerWord === "of" || ownerWord === "by" || ownerWord === "de" || ownerWord === "von") {
      const m = mentions.find((x) => x.start > end && x.start - end < 12 + ownerWord.length);
      if (m) return { speaker: toSpeaker(m), signals: [`speech-noun:${noun}`, "speaker:owner-of-speech"] };
    }
    // "привели слова Рухани о том, что …": a name right after the speech noun (a Russian genitive) owns it.
    const owner = mentions.find((x) => x.start === next && /^\s+$/.test(text.slice(end, x.start)));
    if (owner) return { speaker: toSpeaker(owner), signals: [`speech-noun:${noun}`, "speaker:owner-of-speech"] };
  }
  const relative = relativeAntecedent(text, w, mentions, ctx.language ?? "en");
  if (relative) return { speaker: toSpeaker(relative), kind: relative.kind, signals: ["speaker:relative-clause"] };
  const owner = genitiveOwner(text, w, ctx.language ?? "en");
  if (owner) return owner;
  // Not a name of the clause a reporting verb reports ("заявил, что в районе Зурмат «…»").
  // Without a reporting verb, the clause after "что"/"that" is reported too: "Путина обидело, что американские власти «…»".
  let reported = 0;
  while (reported < w.length && !((vi < 0 || w.start(reported) > verbStart) && COMPLEMENTIZERS.has(w.norm(reported)))) reported++;
  const reportedStart = reported < w.length ? w.start(reported) : Infinity;
  const first = subjects.find((m) => m.start < reportedStart && !germanCommonNoun(text, m, ctx.language ?? "en"));
  // "она несколько минут не могла говорить …, после которого отшутилась: «…»": a subject pronoun before any name.
  // (Not after an English, French or Spanish reporting verb: "and said it was «…»" is the reported clause's subject.)
  for (let k = 0; k < w.length; k++) {
    const t = w.norm(k);
    if (PRONOUNS.has(t) && normOr(w, k - 1) !== "à" && (!first || w.start(k) < first.start) && (vi < 0 || inverts || w.start(k) < verbStart))
      return { speaker: null, signals: [], deferred: "pronoun", pronoun: t };
  }
  if (first) return { speaker: toSpeaker(first), kind: first.kind, signals: ["speaker:first-named"] };
  for (let k = 0; k < w.length; k++) if (AUTHOR_PRONOUNS.has(w.norm(k))) return { speaker: null, signals: [], deferred: "author" };
  // Only objects are named ("the tone of X's attacks"): the one agent in view is the best guess.
  const object = mentions.find((m) => m.start < reportedStart && !germanCommonNoun(text, m, ctx.language ?? "en"));
  if (object) return { speaker: toSpeaker(object), signals: ["speaker:only-named"] };
  return { speaker: null, signals: [] };
}

export { attributeAfter } from "./speakers-after";
export { dashSource, insideAttribution } from "./speaker-shapes";
