// The attribution after a quotation ("“…,” X said", "«…», — сказал X", "« … », a déclaré X"):
// split from speakers.ts, which finds the attribution in a lead-in and shares its helpers.
import * as lexicon from "./lexicon";
import { ACCORDING_FIRST_WORDS, lexiconFor, pronounIn } from "./lexicons";
import { isUnspaced } from "./language";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import { quoteTagAfter } from "./quote-cues";
import { AS_WORDS, genitiveOwner, nameLike } from "./speaker-shapes";
import { accordingPhraseEnd, APPOSITION_WINDOW, type Attribution, droppedSubject, from, personLike, toSpeaker, VERB_WINDOW } from "./speakers";
import { governed } from "./subjects";
import type { Span } from "./types";
import { firstEndingAfter, firstTokens, isUpper, words, type Token } from "./text";
import { TokenWords } from "./speakers-words";

const { COMPLEMENTIZERS, OFFICE_NOUNS, REPORTING_VERBS, SPEECH_NOUNS } = lexicon;

/** Nothing, or a capitalised title ("Minister of Strategic Affairs "), between a closing mark and a name. */
const TITLE_BEFORE_NAME = /^[^\p{L}]*(?:(?:\p{Lu}[\p{L}.-]*|of|for|and|the)\s+)*$/u;

/** How many words after a reporting verb an office may stand and still bring its holder. */
const OFFICE_WINDOW = 8;

/** How far after a reporting verb (characters) a person's name may follow a description and its comma. */
const APPOSED_REACH = 60;

/**
 * The attribution that follows a quotation in its sentence: "“…,” X said." Only a
 * reporting verb close to the closing mark counts, so a continuing sentence ("…,” as X
 * has …") is not mistaken for an attribution.
 */
/** Words that bring a participle's agent after a quotation: "« … » lancée par le député". */
const AGENT_AFTER: ReadonlySet<string> = new Set(["par", "by", "von", "por"]);

/** Whether an office noun is among the first OFFICE_WINDOW words of text[start, end) (read in place: no tokens built). */
function officeWithin(text: string, start: number, end: number): boolean {
  const w = words(text, start, end);
  for (let i = 0; i < Math.min(OFFICE_WINDOW, w.length); i++) if (OFFICE_NOUNS.has(w.norm(i))) return true;
  return false;
}

/**
 * afterAccordingTo with its word test read off a view of the words: no token list is built (one of the span's words can
 * open the phrase more often than not, as "in" may: the tokens built then for the test alone were most of this one's cost).
 */
function accordingSourceAfter(text: string, span: Span, language: string): number {
  const w = words(text, span.start, span.end);
  for (let i = 0; i < w.length; i++) if (ACCORDING_FIRST_WORDS.has(w.norm(i))) return accordingPhraseEnd(text, span, language);
  // (Unspaced text skips that test.)
  return isUnspaced(language) ? accordingPhraseEnd(text, span, language) : -1;
}

export function attributeAfter(text: string, span: Span, sentenceStart: number, ctx: MentionContext): Attribution | null {
  let toks = firstTokens(text, span.start, span.end, VERB_WINDOW);
  const tag = quoteTagAfter(text, span.start, ctx.language ?? "en");
  let vi = tag ? 0 : firstVerb(toks);
  if (vi < 0) {
    // "Castro's condition is “satisfactory” following surgery, according to vice-premier Carlos Lage".
    const source = accordingSourceAfter(text, span, ctx.language ?? "en");
    // (The span's mentions asked for once: each call filtered the sentence's cached list into a new array.)
    const inFound = findMentions(text, span.start, span.end, sentenceStart, ctx);
    const named = source >= 0 ? inFound.find((x) => x.end > source) : undefined;
    if (named) {
      const m = from(text, named, source);
      return { speaker: toSpeaker(m), kind: m.kind, signals: ["speaker:according-to", "speaker:after-quote"] };
    }
    // "« … », y compris le montant imposé à Samsung, commente Song Myung-Sup": further on, a reporting
    // verb with the speaker's name right after it (the French inversion).
    const far = firstTokens(text, span.start, span.end, APPOSITION_WINDOW);
    for (let i = VERB_WINDOW; i < far.length - 1; i++) {
      const t = far[i]!;
      if (isUpper(t.text[0]) || !REPORTING_VERBS.has(t.norm)) continue;
      const named = inFound.find((x) => x.start === far[i + 1]!.start && x.kind === "person");
      if (named) return { speaker: toSpeaker(named), kind: named.kind, signals: [`reporting-verb:${t.norm}`, "speaker:after-quote"] };
    }
    // "…,” Minister of Strategic Affairs Gilad Erdan told the press.": a long title and name, then the verb right after it.
    const titled = inFound[0];
    if (titled?.kind === "person" && TITLE_BEFORE_NAME.test(text.slice(span.start, titled.start))) {
      const next = firstTokens(text, titled.end, span.end, 1)[0];
      if (next && !isUpper(next.text[0]) && REPORTING_VERBS.has(next.norm) && /^\s+$/.test(text.slice(titled.end, next.start)))
        return { speaker: toSpeaker(titled), kind: titled.kind, signals: [`reporting-verb:${next.norm}`, "speaker:after-quote"] };
    }
    // "…,” Khaled Al-Maeena, editor at large at the Saudi Gazette, said.": a name, its apposition, then the verb.
    const head = inFound[0];
    if (!head || head.kind !== "person" || /\p{L}/u.test(text.slice(span.start, head.start)) || !/^\s*,/.test(text.slice(head.end, head.end + 3))) return null;
    toks = far;
    vi = toks.findIndex((t) => !isUpper(t.text[0]) && REPORTING_VERBS.has(t.norm) && /,\s*$/.test(text.slice(head.end, t.start)));
    if (vi < 0) return null;
    return { speaker: toSpeaker(head), kind: head.kind, signals: [`reporting-verb:${toks[vi]!.norm}`, "speaker:after-quote"] };
  }
  const verb = toks[vi]!;
  const sig = `reporting-verb:${verb.norm}`;
  // An office within reach brings the name given with it: "afirmó el presidente del Gobierno, Pedro Sánchez".
  // ("— сказал в интервью информационному каналу «Вести» руководитель дирекции …": past the verb's window too.)
  const officeNear = officeWithin(text, verb.end, span.end);
  const limit = Math.min(span.end, (toks[Math.min(vi + 4, toks.length - 1)] ?? verb).end + (officeNear ? 40 : 0));
  // A name that starts within reach counts whole, even when it runs past the reach.
  // "… » déclare à l'AFP Jean Roe": a name a preposition governs is whom it was said to.
  const language = ctx.language ?? "en";
  const found = findMentions(text, span.start, span.end, sentenceStart, ctx);
  // "« C'est pas de votre faute ! » lancée par le député": a participle right after the quotation, then its agent.
  // ("« ennui », comme prétendu par Michel Crépu": after "as" too.)
  const by = (vi === 0 || (vi === 1 && AS_WORDS.has(toks[0]!.norm))) && AGENT_AFTER.has(toks[vi + 1]?.norm ?? "") ? toks[vi + 1]! : undefined;
  const agent = by && found.find((x) => x.start > by.end && x.start - by.end <= 5);
  if (agent) return { speaker: toSpeaker(agent), kind: agent.kind, signals: [sig, "speaker:passive-agent"] };
  // "— говорится в сообщении пресс-службы министерства": a speech noun's owner speaks.
  let noun: Token | undefined;
  for (let k = vi + 1; k < vi + 4 && k < toks.length && !noun; k++) if (SPEECH_NOUNS.has(toks[k]!.norm)) noun = toks[k];
  if (noun) {
    // "— приводит слова Ивана Петрова агентство": the name right after the speech noun.
    const named = found.find((x) => x.start > noun.end && x.start - noun.end <= 2);
    if (named) return { speaker: toSpeaker(named), kind: named.kind, signals: [sig, `speech-noun:${noun.norm}`, "speaker:owner-of-speech"] };
    const owner = genitiveOwner(text, words(text, span.start, span.end), language);
    if (owner) return { ...owner, signals: [sig, ...owner.signals] };
  }
  // "“…,” she said, thanking France …": a pronoun subject before the verb speaks, not a name after it.
  const subject = vi > 0 ? pronounIn(toks[vi - 1]!.norm) : undefined;
  if (subject && !found.some((x) => x.end <= verb.start)) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: subject };
  // "«…», — сообщил он, добавив, что полиция …": a pronoun right after the verb is its subject ("dit-il selon Francetv": in it).
  const inverted = pronounIn(verb.norm) ?? (vi + 1 < toks.length ? pronounIn(toks[vi + 1]!.norm) : undefined);
  if (inverted) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: inverted };
  // Not past "that"/"что": a name there belongs to the reported clause.
  let reported: Token | undefined;
  for (let k = 0; k < toks.length && !reported; k++) if (toks[k]!.start > verb.start && COMPLEMENTIZERS.has(toks[k]!.norm)) reported = toks[k];
  const near = new TokenWords(text, toks);
  let m = found.find((x) => x.start < limit && !governed(near, x, language, text) && (!reported || x.start < reported.start));
  // "— сказал один из зрителей, 62-летний Хоакин Ортис": a description, a comma, then the person's name.
  const reportedStart = reported ? reported.start : Infinity;
  m ??= personAfter(text, found, verb.end, reportedStart, language, false);
  // "dijo ayer un rendido y entregado Roger Lemerre", "proclamó un emocionado Bruno Metsu": lower-case words only
  // (an adverb, an article, adjectives), not a preposition or "que".
  m ??= personAfter(text, found, verb.end, reportedStart, language, true);
  // "— отметил после матча наставник «Спартака» Андрей Козлов": the person named with the office;
  // "— заявила РИА Новости официальный представитель МИД Мария Захарова": an agency told, then the person.
  // "— заявил житель штата Массачусетс Джеймс Костелло": a place right before the person's name.
  const reach = !m ? 0 : m.kind === "office" || (m.kind === "name" && /^\p{Lu}{2,}(?:\s|$)/u.test(m.name)) ? 39 : m.kind === "name" ? 2 : 0;
  // (A parenthesis between does not count: "президент Фонда прав человека (Human Rights Foundation) Тор Халворссен".)
  const person = reach > 0 ? found.find((x) => x.start > m!.end && personLike(x) && gapLength(text, m!.end, x.start) <= reach) : undefined;
  if (person) m = person;
  // "sagte der Leiter der … Sektion des Internationalen Komitees vom Roten Kreuz, Franz Rauchenstein, am Sonntag": a long
  // description of the subject, then the person's name in commas (not someone the subject met or spoke with).
  if (m) m = apposedPerson(text, found, m, verb.end, reported?.start ?? span.end) ?? m;
  // "sagte ein Sprecher der Staatsanwaltschaft", "a spokesman for the ministry said": the body the spokesperson speaks for.
  const body =
    m?.kind === "office" && SPOKESPERSON.test(m.name) ? found.find((x) => x.start > m!.end && BODY_LINK.test(text.slice(m!.end, x.start))) : undefined;
  if (body) return { speaker: toSpeaker(body), kind: "name", signals: [sig, "speaker:spokesperson-of", "speaker:after-quote"] };
  if (m) return { speaker: toSpeaker(m), kind: m.kind, signals: [sig, "speaker:after-quote"] };
  // "— пишет газета «Коммерсант»": a name in quotation marks within reach.
  const title = ctx.exclude[firstEndingAfter(ctx.exclude, span.start)];
  if (title && title.start >= span.start && title.start < limit + 2 && nameLike(text, title)) {
    const name = { name: text.slice(title.start + 1, title.end - 1).trim(), start: title.start + 1, end: title.end - 1 };
    const lead = text.slice(name.start, name.end).search(/\S/);
    return { speaker: { ...name, start: name.start + lead, end: name.start + lead + name.name.length }, kind: "name", signals: [sig, "speaker:quoted-name"] };
  }
  // "…,” he said", "«…», — отметил он", "« … », a-t-il dit".
  let pronoun: string | undefined;
  for (let k = 0; k < vi + 3 && k < toks.length && !pronoun; k++) pronoun = pronounIn(toks[k]!.norm);
  if (pronoun) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun };
  // "«Me lo apunto», señaló.": the verb right after the quotation, its pronoun subject left out.
  if (vi === 0 && lexiconFor(language).subjectDrop) return { speaker: null, signals: [sig], deferred: "pronoun", pronoun: droppedSubject(verb.norm) };
  return null;
}

/** The first word that is a reporting verb and not capitalised, or -1. */
function firstVerb(toks: readonly Token[]): number {
  for (let k = 0; k < toks.length; k++) if (!isUpper(toks[k]!.text[0]) && REPORTING_VERBS.has(toks[k]!.norm)) return k;
  return -1;
}

/**
 * A person named a little after the verb (not past "que", at `reportedStart`), the words between passing the test: a
 * description and a comma, or (`lower`) lower-case words only. (Module functions, not closures made per call.)
 */
function personAfter(text: string, found: Mention[], verbEnd: number, reportedStart: number, language: string, lower: boolean): Mention | undefined {
  for (const x of found) {
    if (x.kind !== "person" || x.start <= verbEnd || x.start - verbEnd > APPOSED_REACH || x.start >= reportedStart) continue;
    const gap = text.slice(verbEnd, x.start);
    if (lower ? lowerWordsOnly(gap, language) : DESCRIPTION_COMMA.test(gap)) return x;
  }
  return undefined;
}
const DESCRIPTION_COMMA = /,\s*(?:[\p{L}\d-]+\s+)?$/u;
const LOWER_WORDS = /^(?:\s+\p{Ll}+){1,6}\s+$/u;
const lowerWordsOnly = (gap: string, language: string): boolean =>
  LOWER_WORDS.test(gap) &&
  !gap
    .trim()
    .split(/\s+/)
    .some((word) => lexiconFor(language).prepositions.has(word) || COMPLEMENTIZERS.has(word));

/** The length of text[from, to) without its parentheses: "(Human Rights Foundation)" does not count. */
const gapLength = (text: string, from: number, to: number): number => text.slice(from, to).replace(/\([^()]*\)/g, "").length;

/** A spokesperson, who speaks for a body. */
const SPOKESPERSON = /(?:^|\s)(?:\p{L}*sprecher(?:in)?|spokes(?:man|woman|person)|porte-parole|portavoz)$/iu;
/** What joins a spokesperson to the body: "der", "des", "for the", "du", "de la", "del". */
const BODY_LINK = /^\s+(?:der|des|of the|for the|of|for|du|de la|de l['’]|de|del|de los)\s*$/iu;

/** Words that take the description elsewhere: whom the subject met, spoke with or went to. */
const NOT_DESCRIPTION = /(?:^|\s)(?:mit|bei|nach|zu|zum|zur|gegen|with|after|to|avec|après|à|au|aux|con|tras|a|al|с|после|к)\s/iu;

/** A description opening right after the verb: an article, perhaps after a comma. */
const DESCRIBED = /^[\s,]*(?:der|die|das|des|dem|den|ein|eine|einer|the|a|an|le|la|les|l[’']|un|une|el|los|las|una)\s/iu;

/** The person named in commas after a description that opens right after the verb, within twice the apposition reach. */
function apposedPerson(text: string, found: Mention[], m: Mention, verbEnd: number, before: number): Mention | undefined {
  return found.find(
    (x) =>
      x.kind === "person" &&
      x.start > m.end &&
      x.start < before &&
      x.start - verbEnd <= 2 * APPOSED_REACH &&
      /,\s*$/.test(text.slice(m.end, x.start)) &&
      /^\s*(?:,|[.;]|$)/.test(text.slice(x.end, x.end + 2)) &&
      !/[.;:!?]/.test(text.slice(verbEnd, x.start)) &&
      DESCRIBED.test(text.slice(verbEnd, m.start)) &&
      !NOT_DESCRIPTION.test(text.slice(verbEnd, x.start)),
  );
}
