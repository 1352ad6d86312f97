import * as lexicon from "./lexicon";
import { isUnspaced } from "./language";
import { ACCORDING_FIRST_WORDS, ALL_QUOTING_WORDS, ALL_RELATIVE_PRONOUNS, DROPPED_SUBJECT, lexiconFor, pronounForm, pronounIn, PRONOUNS } from "./lexicons";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import { clauseVerb, PARTICIPLE } from "./reporting-verbs";
import { leadPronoun } from "./coref-shapes";
import {
  APPOSITION_TO_VERB,
  AS_WORDS,
  BLAME_VERBS,
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
import { clauseHead, governed, joinsPredicate, relativeAntecedent, ungoverned } from "./subjects";
import type { Span, Speaker } from "./types";
import { firstEndingAfter, firstTokens, isUpper, tokens, type Token } from "./text";

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

export function toSpeaker(m: Mention): Speaker {
  return { name: m.name, start: m.start, end: m.end };
}

/** Tokens not inside any excluded span (quotations); both lists are sorted. */
export function outside(toks: Token[], exclude: readonly Span[]): Token[] {
  let e = toks[0] ? firstEndingAfter(exclude, toks[0].start) : 0;
  // No excluded span starts by the last token (the usual lead-in): the list itself, not a filtered copy of it.
  if (toks.length === 0 || e >= exclude.length || exclude[e]!.start > toks[toks.length - 1]!.start) return toks;
  return toks.filter((t) => {
    while (e < exclude.length && exclude[e]!.end <= t.start) e++;
    const q = exclude[e];
    return !(q && q.start <= t.start);
  });
}

/** Where the source's name begins after an "according to" phrase in any supported language, or -1. */
export function afterAccordingTo(text: string, span: Span, language: string, toks: Token[]): number {
  // Cheap test first: most spans hold no word that can open such a phrase.
  if (!isUnspaced(language) && !toks.some((t) => ACCORDING_FIRST_WORDS.has(t.norm))) return -1;
  return accordingPhraseEnd(text, span, language);
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
  const toks = outside(tokens(text, span.start, span.end), ctx.exclude);
  const mentions = findMentions(text, span.start, span.end, sentenceStart, ctx);
  const subjects = ungoverned(text, toks, mentions, ctx.language ?? "en");
  const verb = clauseVerb(text, toks, span);
  // Russian and German put a pronoun subject after the verb ("отметил он", "sagte er"); English, French and Spanish do not.
  const inverts = INVERTING.test(ctx.language ?? "en");
  if (verb) {
    const sig = `reporting-verb:${verb.norm}`;
    let before = subjects.findLast((m) => m.end <= verb.start);
    const vi = toks.indexOf(verb);
    // "AFP spoke to Terence Fan, an expert from …, who said": the verb of a relative clause has the clause's antecedent as subject.
    if (vi > 0 && ALL_RELATIVE_PRONOUNS.has(toks[vi - 1]!.norm)) {
      const antecedent = relativeAntecedent(text, toks.slice(0, vi), mentions, ctx.language ?? "en");
      if (antecedent) return { speaker: toSpeaker(antecedent), kind: antecedent.kind, signals: [sig, "speaker:relative-clause"] };
    }
    // Russian "Бадди Макгирт после известия о смерти Дадашева заявил": a name right after a lower-case
    // noun is its genitive object; the name that opens the clause is the subject.
    if (before && RUSSIAN.test(ctx.language ?? "") && subjects[0] !== before && subjects[0]!.start === toks[0]?.start) {
      const prev = toks[toks.findIndex((t) => t.start >= before!.start) - 1];
      if (prev && !isUpper(prev.text[0]) && !OFFICE_NOUNS.has(prev.norm) && !text.slice(prev.end, before.start).includes(",")) before = subjects[0];
    }
    // "кандидат в президенты США вышла из квартиры своей дочери Челси, объявила": a name after a lower-case noun
    // in the genitive is that noun's, not the clause's subject; the subject named earlier speaks.
    if (before && RUSSIAN.test(ctx.language ?? "") && genitiveAttribute(text, toks, before)) {
      const earlier = subjects.filter((m) => m.end <= before!.start && !genitiveAttribute(text, toks, m)).at(-1);
      if (earlier) before = earlier;
    }
    // "Cynthia Thompson, curator … at the University of Arkansas, Fayetteville, said": a comma-enclosed
    // apposition after the name that opens the clause qualifies it; that name is the subject.
    const head = subjects[0];
    // The first subject of the clause: no comma before it ("Последний чемпион мира Гарри Каспаров, …").
    if (before && head && head !== before && toks[0] && !text.slice(toks[0].start, head.start).includes(",")) {
      // Also after a complement: "Ben Summerskill of the British gay rights organization, Stonewall, said".
      const opening = /^\s*(?:,|(\p{L}+)\s)/u.exec(text.slice(head.end, head.end + 20));
      const qualified = opening !== null && (opening[1] === undefined || lexiconFor(ctx.language ?? "en").prepositions.has(opening[1].toLowerCase()));
      const apposition = head.kind === "person" && qualified && /,\s*$/.test(text.slice(before.end, verb.start));
      // "Гарри Каспаров, который …, отказался назвать фаворита в матче Топалов — Крамник, но сказал": a second
      // predicate joined by "but"/"and" shares the clause's subject.
      // "Lage denied reports that Castro has cancer and said …" too.
      const joined = joinsPredicate(toks, vi);
      if (apposition || joined) before = head;
    }
    // "…, while Bambang Widaryatmo, head of East Kalimantan's police, promised": a person, then an apposition in commas
    // right before the verb; the person is the subject.
    if (before && before.kind !== "person") {
      const apposed = subjects.findLast((m) => m.kind === "person" && m.end <= before!.start && APPOSITION_TO_VERB.test(text.slice(m.end, verb.start)));
      // ("…publiée sur le site de Christophe Chalençon, ce Gilet jaune du Vaucluse s’est adressé": "ce" takes up the person just named.)
      const taken = mentions.findLast((m) => m.kind === "person" && m.end <= before!.start && DETERMINER_APPOSITION.test(text.slice(m.end, before!.start)));
      before = apposed ?? taken ?? before;
    }
    // "José Mourinho, qui a dépensé … pour signer Paul Pogba, et … Romelu Lukaku …, a déclaré": a relative clause in commas,
    // however many it holds, runs from its antecedent to the verb; the antecedent is the subject.
    if (before) before = mentions.find((m) => m.kind === "person" && m.end <= before!.start && relativeToVerb(text.slice(m.end, verb.start))) ?? before;
    // "Chavez defended Morales in his speech by saying", "When …, Chávez accused President Bush of …, saying", ", заявив",
    // "…, ex-CIA official Paul Pillar led … and told X that": a participle's or a joined predicate's subject opens the clause.
    const participle =
      vi > 0 &&
      PARTICIPLE.test(verb.norm) &&
      (toks[vi - 1]!.norm === "by" || toks[vi - 1]!.norm === "en" || /,\s*$/.test(text.slice(toks[vi - 1]!.end, verb.start)));
    const joinedPredicate = joinsPredicate(toks, vi);
    if (before && (participle || joinedPredicate)) before = clauseHead(text, toks, subjects, verb.start, ctx.language ?? "en") ?? before;
    // "Агентство «Синьхуа» сообщило", "the newspaper “Kommersant” wrote": the quoted name after the word naming its kind.
    const quoted = quotedNameBefore(text, verb.start, ctx);
    if (quoted && (!before || before.end <= quoted.start)) return { speaker: quoted, kind: "name", signals: [sig, "speaker:quoted-name"] };
    // "В интервью South China Morning Post он заявил": a pronoun after the name is the subject.
    // (Not one a preposition governs: "La municipalité, quant à elle, justifie".)
    const own = toks
      .slice(Math.max(0, vi - 3), vi)
      .find((t, k, near) => PRONOUNS.has(t.norm) && (!before || t.start > before.end) && near[k - 1]?.norm !== "à");
    if (own) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: own.norm };
    // The name right after the verb (not past "that"/"что"/"que": "сайт заявил, что в районе Зурмат «…»" names a place of the
    // reported clause); for an office, its holder named after it ("comme le précise l'ambassadeur …, Bernard Bajolet :").
    // (Never after a verb of blame, whose object is the one blamed: "accusé l'Élysée de tenir un « cabinet noir »".)
    const afterVerb = (): Mention | undefined => {
      const after = mentions.find((m) => {
        if (BLAME_VERBS.has(verb.norm)) return false;
        const between = toks.filter((t) => t.start > verb.start && t.start < m.start);
        // Not a name a preposition governs: "dijo haber propuesto a Porta …".
        return (
          m.start >= verb.end && between.length <= 3 && !between.some((t) => COMPLEMENTIZERS.has(t.norm)) && !governed(toks, m, ctx.language ?? "en", text)
        );
      });
      return (after?.kind === "office" ? mentions.find((m) => personLike(m) && m.start > after.end && m.start - after.end <= 40) : undefined) ?? after;
    };
    // "porque, como resaltó el eurodiputado José Manuel García-Margallo, «…»": after "as", the subject follows the verb.
    // "…“, sagte die Sprecherin.": a German verb right after a comma opens its clause, and its subject follows it.
    // (Not after an apposition's comma, closing a name: "Der Vorsitzende …, Ghazi Atabani, sagte Journalisten".)
    const beforeVerb = vi > 0 ? text.slice(toks[vi - 1]!.end, verb.start) : "";
    // (Nor a verb a comma follows: "Hunt, der … kandidiert, sagte, er sei „…“" opens the reported clause.)
    const commaVerb =
      GERMAN.test(ctx.language ?? "") &&
      /,\s*$/.test(beforeVerb) &&
      !/^\s*,/.test(text.slice(verb.end, verb.end + 2)) &&
      (/[“”"»«]\s*,\s*$/.test(beforeVerb) || !isUpper(toks[vi - 1]!.text[0]));
    if (commaVerb && PRONOUNS.has(toks[vi + 1]?.norm ?? "")) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: toks[vi + 1]!.norm };
    const inverted = vi > 0 && (AS_WORDS.has(toks[vi - 1]!.norm) || commaVerb || germanFronted(text, toks, vi, ctx.language ?? "")) ? afterVerb() : undefined;
    if (inverted) return { speaker: toSpeaker(inverted), kind: inverted.kind, signals: [sig, "speaker:after-verb"] };
    const agent = passiveAgent(toks, vi, mentions);
    if (agent) return { speaker: toSpeaker(agent), kind: agent.kind, signals: [sig, "speaker:passive-agent"] };
    // "el PNV ha sufrido 235 ataques, por lo que, enfatizó, «…»": a verb of speech alone between commas, where the language
    // leaves its subject out, is not the verb of the name before the comma.
    // So is an infinitive after "al"/"tras" ("cedió …, al anunciar el desbloqueo «urgente»"): its subject is the clause's.
    const dropping = lexiconFor(ctx.language ?? "en").subjectDrop && vi > 0;
    const aside = dropping && /^\s*,\s*$/.test(text.slice(toks[vi - 1]!.end, verb.start)) && /^\s*,/.test(text.slice(verb.end, verb.end + 3));
    if (before && (aside || (dropping && INFINITIVE_OPENERS.has(toks[vi - 1]!.norm))))
      return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: droppedSubject(verb.norm) };
    // "Bruce Toussaint répète les propos tenus par Eric Drouet : « … »": the words are their owner's, not the one repeating them.
    const relayed = relayedOwner(text, toks, vi, mentions);
    if (relayed) return { speaker: toSpeaker(relayed), kind: relayed.kind, signals: [sig, "speaker:relayed-words"] };
    // ("Ce dernier a déclaré", "The latter said": the person named last, for coreference.)
    const latter = !before && leadPronoun(text, { start: sentenceStart, end: span.end }) === "latter";
    if (latter) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: DROPPED_SUBJECT };
    if (before) return { speaker: owned(text, before), kind: before.kind, signals: [sig, "speaker:subject-of-verb"] };
    // A pronoun right after the verb is its subject where the language inverts ("отметил он", "sagte er") or where it
    // closes the clause ("…,” said he."); "said it was damning" is the reported clause's own subject.
    // (A loop, not slice/filter/map: these arrays are often empty, and their changing element kinds made V8 recompile this
    // large function several times.)
    let pronoun = pronounIn(verb.norm);
    for (let k = Math.max(0, vi - 3); k < Math.min(toks.length, vi + 2); k++) {
      const t = toks[k]!;
      if (t === verb || !(t.start < verb.start || inverts || /^\s*(?:[,.;:!?]|$)/.test(text.slice(t.end, Math.min(span.end, t.end + 2))))) continue;
      if (AUTHOR_PRONOUNS.has(t.norm)) return { speaker: null, signals: [sig], deferred: "author" };
      if (toks[k - 1]?.norm !== "à") pronoun ??= pronounIn(t.norm);
    }
    if (pronoun) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun };
    // "Estimant que « … », il vota contre": a participle opens the sentence; its subject follows the quotation.
    if (vi === 0 && toks.length === 2 && COMPLEMENTIZERS.has(toks[1]!.norm)) {
      const q = ctx.exclude[firstEndingAfter(ctx.exclude, span.end)];
      const subject =
        q && q.start >= span.end && !/\S/.test(text.slice(span.end, q.start)) ? firstTokens(text, q.end, Math.min(text.length, q.end + 40), 1)[0] : undefined;
      if (subject && PRONOUNS.has(subject.norm) && /^[\s,]*$/.test(text.slice(q!.end, subject.start)))
        return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: subject.norm };
    }
    const after = afterVerb();
    if (after) return { speaker: toSpeaker(after), kind: after.kind, signals: [sig, "speaker:after-verb"] };
    // "Estimó que es «evidente»", "«Me lo apunto», señaló": a language that leaves the pronoun subject out;
    // coreference takes the person named before, as for "él" ("dijeron": the plural).
    if (lexiconFor(ctx.language ?? "en").subjectDrop) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: droppedSubject(verb.norm) };
  }
  const source = afterAccordingTo(text, span, ctx.language ?? "en", toks);
  if (source >= 0) {
    // "According to Yonhap, quoting the Central News Agency, …": the agency quoted is the source.
    const quoting = toks.find((t) => t.start >= source && ALL_QUOTING_WORDS.has(t.norm));
    // "quoting North Korea's main news agency KCNA": a possessive name is the owner, not the agency.
    const quoted = quoting && mentions.find((x) => x.start >= quoting.end && x.start - quoting.end < 60 && !/^[’']s?\b/u.test(text.slice(x.end, x.end + 2)));
    if (quoted) return { speaker: toSpeaker(quoted), kind: quoted.kind, signals: ["speaker:according-to", "speaker:quoting"] };
    let m = mentions.find((x) => x.end > source);
    // ("Selon le syndicat CGT, …": the body's own name right after the word naming its kind.)
    if (m?.kind === "office") m = mentions.find((x) => x.start > m!.end && /^\s+$/.test(text.slice(m!.end, x.start)) && x.kind !== "office") ?? m;
    // "Selon le président du comité …, Christophe Borgel, « … »": the person named in apposition to the office.
    if (m?.kind === "office") m = mentions.find((x) => x.kind === "person" && x.start > m!.end && /^[^,;:]*,\s*$/u.test(text.slice(m!.end, x.start))) ?? m;
    // "По его словам, «…»", "according to him": the source is a pronoun, resolved by coreference.
    const own = toks.find((t) => t.end > source - 12 && t.start < source + 12 && pronounForm(t.norm));
    if (own && (!m || m.start > own.start)) return { speaker: null, signals: ["speaker:according-to"], deferred: "pronoun", pronoun: pronounForm(own.norm)! };
    if (m) {
      const named = from(text, m, source);
      return { speaker: toSpeaker(named), kind: named.kind, signals: ["speaker:according-to"] };
    }
    // "По мнению мэра, …", "Selon son complice, « … »": a source described, not named; coreference
    // may link it, as an office, to the person named before it.
    const described = describedSource(text, source, span.end);
    if (described) return { speaker: described, kind: "office", signals: ["speaker:according-to", "speaker:described"] };
  }
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    const ownerWord = toks[i + 1]!.norm;
    if (!SPEECH_NOUNS.has(t.norm)) continue;
    if (ownerWord === "of" || ownerWord === "by" || ownerWord === "de" || ownerWord === "von") {
      const m = mentions.find((x) => x.start > t.end && x.start - t.end < 12 + ownerWord.length);
      if (m) return { speaker: toSpeaker(m), signals: [`speech-noun:${t.norm}`, "speaker:owner-of-speech"] };
    }
    // "привели слова Рухани о том, что …": a name right after the speech noun (a Russian genitive) owns it.
    const owner = mentions.find((x) => x.start === toks[i + 1]!.start && /^\s+$/.test(text.slice(t.end, x.start)));
    if (owner) return { speaker: toSpeaker(owner), signals: [`speech-noun:${t.norm}`, "speaker:owner-of-speech"] };
  }
  const relative = relativeAntecedent(text, toks, mentions, ctx.language ?? "en");
  if (relative) return { speaker: toSpeaker(relative), kind: relative.kind, signals: ["speaker:relative-clause"] };
  const owner = genitiveOwner(text, toks, ctx.language ?? "en");
  if (owner) return owner;
  // Not a name of the clause a reporting verb reports ("заявил, что в районе Зурмат «…»").
  // Without a reporting verb, the clause after "что"/"that" is reported too: "Путина обидело, что американские власти «…»".
  const reported = toks.find((t) => (!verb || t.start > verb.start) && COMPLEMENTIZERS.has(t.norm));
  const first = subjects.find((m) => (!reported || m.start < reported.start) && !germanCommonNoun(text, m, ctx.language ?? "en"));
  // "она несколько минут не могла говорить …, после которого отшутилась: «…»": a subject pronoun before any name.
  // (Not after an English, French or Spanish reporting verb: "and said it was «…»" is the reported clause's subject.)
  const subjectPronoun = toks.find(
    (t, k) => PRONOUNS.has(t.norm) && toks[k - 1]?.norm !== "à" && (!first || t.start < first.start) && (!verb || inverts || t.start < verb.start),
  );
  if (subjectPronoun) return { speaker: null, signals: [], deferred: "pronoun", pronoun: subjectPronoun.norm };
  if (first) return { speaker: toSpeaker(first), kind: first.kind, signals: ["speaker:first-named"] };
  if (toks.some((t) => AUTHOR_PRONOUNS.has(t.norm))) return { speaker: null, signals: [], deferred: "author" };
  // Only objects are named ("the tone of X's attacks"): the one agent in view is the best guess.
  const object = mentions.find((m) => (!reported || m.start < reported.start) && !germanCommonNoun(text, m, ctx.language ?? "en"));
  if (object) return { speaker: toSpeaker(object), signals: ["speaker:only-named"] };
  return { speaker: null, signals: [] };
}

export { attributeAfter } from "./speakers-after";
export { dashSource, insideAttribution } from "./speaker-shapes";
