import { ALL_BODY_NOUNS, ALL_KINSHIP_NOUNS, ALL_NAMING_WORDS, isGermanOffice } from "./lexicons";
import type { Span } from "./types";
import * as F from "./word-flags";
import { isLowerAt, words, type Words } from "./text";
import { classify, quotedThroughout, scanLanguage } from "./mention-classes";
import { objectList } from "./object-list";
import { endingAfterNear, NO_MENTIONS, officeHolder, particleName, toMention, within } from "./mention-make";
export { collectDocNames } from "./mention-classes";
import {
  adjacent,
  CAP,
  complement,
  coreEnd,
  DET,
  genitiveComplement,
  OBLIQUE_NOUN,
  isAcronym,
  isOfficeWord,
  kindOf,
  nameRun,
  OFFICE,
  officeRun,
  OTHER,
  postnominal,
  romanceComplement,
  sameScript,
  type Run,
} from "./mention-runs";
import {
  afterArticle,
  commaGap,
  nameAfterTitle,
  officeHead,
  personAfterBody,
  personBeforeOf,
  placeOf,
  placeOrEvent,
  RUSSIAN_ADJECTIVE,
  RUSSIAN_ADJECTIVE_ANY,
  withoutGenitivePlace,
} from "./mention-shapes";

/**
 * A named or described agent: "Maria Zakharova", "the DPRK Foreign Ministry", "the
 * official representative of the Russian Foreign Ministry". Found from capitalisation and
 * office nouns, never from a list of names.
 */
export interface Mention extends Span {
  name: string;
  kind: "person" | "office" | "document" | "name";
  /** For a person named with an office ("прокурор Жан-Франсуа Рикар"): the office noun, as written in lower case. */
  office?: string;
}

export interface MentionContext {
  /** Capitalised words seen mid-sentence anywhere in the document: names, not openers. */
  docNames: ReadonlySet<string>;
  /** Spans (quotations) whose words are not the author's and break every name. */
  exclude: readonly Span[];
  /** The document's language tag: chooses the per-language lexicon. */
  language?: string;
  /** The document's sentences and a cache of their mentions (see findMentions). */
  sentences?: readonly Span[];
  /** By sentence index: that sentence's mentions once scanned. */
  mentionCache?: Array<Mention[] | undefined>;
}

/** Titles that are part of how a one-word name is known: "Pope Francis", "King Abdullah", "патриарх Кирилл". */
const REGNAL_TITLES: ReadonlySet<string> = new Set(
  "pope king queen prince princess emperor empress sultan sheikh patriarch pape roi reine princesse empereur papa rey reina príncipe princesa papst könig königin prinz prinzessin kaiser папа король королева принц принцесса император императрица патриарх султан шейх".split(
    " ",
  ),
);

/**
 * Mentions in text order within [start, end); `sentenceStart` marks capitals that only open a
 * sentence. Within one sentence the answer comes from a per-sentence cache: units, speakers,
 * coreference and citations all ask about the same sentences, and each is scanned once.
 */
export function findMentions(text: string, start: number, end: number, sentenceStart: number, ctx: MentionContext): Mention[] {
  const sentences = ctx.sentences;
  const cache = ctx.mentionCache;
  if (!sentences || !cache) return scanMentions(text, start, end, sentenceStart, ctx);
  const i = (lastSentence = endingAfterNear(sentences, start, lastSentence));
  const s = sentences[i];
  if (!s || s.start > start || s.end < end || s.start !== sentenceStart) return scanMentions(text, start, end, sentenceStart, ctx);
  let all = cache[i];
  if (!all) {
    // Kept for the whole analysis (scanMentions returns a list of its exact length).
    all = scanMentions(text, s.start, s.end, s.start, ctx);
    cache[i] = all;
  }
  if (start === s.start && end === s.end) return all;
  return within(all, start, end);
}

// The sentence of the previous call (an index only, checked before use: see endingAfterNear).
let lastSentence = 0;

// The excluded span of the previous scan (a hint only, as lastSentence).
let lastExcluded = 0;

// One list the scan fills for every sentence (scanMentions does not nest), returned as a copy of its exact length: a fresh
// list grown by push held room for 17 mentions, then was copied again to be kept.
const scratch = objectList<Mention>();

function scanMentions(text: string, start: number, end: number, sentenceStart: number, ctx: MentionContext): Mention[] {
  const w = words(text, start, end);
  // Inside one quotation every word is a break (classify), and breaks start no mention: nothing to scan. (A quotation of
  // several sentences is asked for as a unit and by sentence.) An empty list in the kind of the others (objectList).
  // The first excluded span ending after the first word, found once for both (0 without words).
  const ex = w.length > 0 ? (lastExcluded = endingAfterNear(ctx.exclude, w.start(0), lastExcluded)) : 0;
  if (quotedThroughout(w, ctx.exclude, ex)) return NO_MENTIONS;
  scratch.length = 0;
  fillMentions(text, w, sentenceStart, ctx, ex, scratch);
  return scratch.length === 0 ? NO_MENTIONS : scratch.slice();
}

function fillMentions(text: string, w: Words, sentenceStart: number, ctx: MentionContext, ex: number, out: Mention[]): void {
  const { russian, romance, lexicon } = scanLanguage(ctx.language);
  const cls = classify(text, w, ctx, sentenceStart, ex);
  const determiners = lexicon.determiners;
  for (let i = 0; i < w.length; i++) {
    let run: Run | null = null;
    if (cls[i] === CAP) {
      run = nameRun(w, cls, i);
      // "Amos Nyaoro of Somalia Water and Land Information Management": a person's two or three names before "of" and a body.
      const holder = personBeforeOf(w, cls, run);
      if (holder) {
        // The body after "of" stays one name ("Somalia Water and Land Information Management").
        const body = cls[holder.last + 2] === DET ? holder.last + 3 : holder.last + 2;
        out.push(toMention(w, holder.first, holder.last, "person"), toMention(w, body, run.last, "name"));
        i = run.last;
        continue;
      }
      // "the Iraqi Armed Forces Hussein Rashid Mohammed": a body's name ends on its noun; two or three names after it are a person.
      const person = personAfterBody(w, cls, run);
      if (person) {
        out.push(toMention(w, run.first, person.first - 1, "name"), toMention(w, person.first, person.last, "person"));
        i = run.last;
        continue;
      }
      // "Белый дом заявил", "Верховный суд постановил": a capitalised Russian adjective names a body with the noun after it.
      // Also in another case, before a noun: "представители Белого дома", "решение Верховного суда".
      if (
        russian &&
        run.last === i &&
        cls[i + 1] === OTHER &&
        adjacent(w, i, i + 1) &&
        isLowerAt(text, w.start(i + 1)) &&
        (RUSSIAN_ADJECTIVE.test(w.norm(i)) ||
          (RUSSIAN_ADJECTIVE_ANY.test(w.norm(i)) && OBLIQUE_NOUN.test(w.norm(i + 1)) && !(w.flags(i + 1) & F.REPORTING_VERB)))
      )
        run = { first: i, last: i + 1 };
      // "житель штата Массачусетс Джеймс Костелло", "с президентом Сирии Башаром Асадом": the place is a name of its own.
      const holder2 = withoutGenitivePlace(w, run, russian);
      if (holder2 !== run) {
        out.push(toMention(w, i, i, "name"), toMention(w, holder2.first, holder2.last, "person"));
        i = holder2.last;
        continue;
      }
    } else if (isOfficeWord(cls[i])) run = officeRun(w, cls, i);
    if (!run) continue;
    // "la Ligue arabe", "l'Union européenne", "le Front national": a one-word French or Spanish name and its adjective.
    if (romance && cls[i] === CAP && run.last === i && postnominal(w, cls, i)) run = { first: i, last: i + 1 };
    // "the Russian president": capitalised adjectives before an office noun (not a Latin-script name
    // before a Cyrillic noun: "Sydney Morning Herald автор").
    // Russian writes such adjectives in lower case: "кинокритиком Джином Сискелом актриса" is a name, then another subject.
    if (
      cls[i] === CAP &&
      adjacent(w, run.last, run.last + 1) &&
      sameScript(w, run.last, run.last + 1) &&
      (!russian || (run.first === run.last && RUSSIAN_ADJECTIVE_ANY.test(w.norm(run.last))))
    ) {
      const office = officeRun(w, cls, run.last + 1);
      if (office) run = { first: run.first, last: office.last };
    }
    run = complement(w, cls, run);
    // "the head of the Freedonian Armed Forces Omar Rashid Karim": the office's body ends on its noun; the person holds the office.
    const holder = cls[i] !== CAP ? personAfterBody(w, cls, run) : null;
    if (holder) {
      out.push(officeHolder(w, holder.first, holder.last, officeHead(w, cls, run.first, holder.first)));
      i = run.last;
      continue;
    }
    const beforeGenitive = run.last;
    // (Also a capitalised office: "Премьер-министр земли Гессен Фолькер Буфье".)
    if (russian && (cls[run.last] === OFFICE || w.flags(run.last) & F.OFFICE_NOUN)) run = genitiveComplement(text, w, run);
    else if (romance && (cls[run.last] === OFFICE || w.flags(run.last) & F.OFFICE_NOUN)) run = romanceComplement(text, w, cls, run);
    // "журнала Charlie Hebdo", "the newspaper Daily Courier": a name after the kind of thing it names is no person.
    // "la plaza de Sant Jaume", "la ciudad de San Sebastián": a name after a place noun and "de" is the place's.
    // "elimina al Real Madrid", "contre le Paris Saint-Germain": French and Spanish give a person's name no article.
    const ownKind = kindOf(w, cls, run);
    const runKind = ownKind === "person" && (placeOf(w, run.first) || (romance && afterArticle(w, run.first))) ? "name" : ownKind;
    const kind =
      runKind === "person" &&
      // (Not "As" opening the sentence: "As Ben Rozitis, a co-author, told …" is a conjunction.)
      run.first > 1 &&
      ALL_NAMING_WORDS.has(w.norm(run.first - 1)) &&
      adjacent(w, run.first - 1, run.first) &&
      // Not when that word ends a name of its own: "кандидат от Республиканской партии Дональд Трамп".
      out.at(-1)?.end !== coreEnd(w, run.first - 1)
        ? "name"
        : runKind;
    // A capitalised title before a name is that person: "Transport Minister Paul Brandt", "Prime Minister Ito".
    // Not a Russian genitive place, capitalised like a name: "Экс-мэр Москвы Юрий Лужков".
    const titled = kind === "office" && run.last === beforeGenitive ? nameAfterTitle(w, cls, run) : null;
    if (titled) {
      // "Pope Francis", "King Abdullah", "патриарх Кирилл": a one-word name keeps its regnal or religious title.
      const regnal =
        titled.first === titled.last && titled.first > 0 && REGNAL_TITLES.has(w.norm(titled.first - 1)) && adjacent(w, titled.first - 1, titled.first);
      out.push(officeHolder(w, regnal ? titled.first - 1 : titled.first, titled.last, officeHead(w, cls, run.first, titled.first)));
      i = run.last;
      continue;
    }
    // An office followed by a personal name is that person: "press secretary ... Dmitry Peskov",
    // "The official representative ..., Lin Jian, ...".
    if (kind === "office") {
      const k = run.last + 1;
      // "El primer ministro francés, el socialista Lionel Jospin": a determiner and one lower-case word in apposition before the name.
      const described =
        (cls[k] === DET || (cls[k] === OTHER && determiners.has(w.norm(k)))) &&
        (cls[k + 1] === OTHER || cls[k + 1] === OFFICE) &&
        cls[k + 2] === CAP &&
        adjacent(w, k, k + 1) &&
        adjacent(w, k + 1, k + 2);
      if (described && isLowerAt(text, w.start(k + 1)) && !(w.flags(k + 1) & F.REPORTING_VERB) && commaGap(text, coreEnd(w, run.last), w.start(k))) {
        const person = withoutGenitivePlace(w, nameRun(w, cls, k + 2), russian);
        if (person.last > person.first && kindOf(w, cls, person) === "person") {
          out.push(toMention(w, run.first, run.last, kind), officeHolder(w, person.first, person.last, officeHead(w, cls, run.first, k)));
          i = person.last;
          continue;
        }
      }
      if (cls[k] === CAP && (commaGap(text, coreEnd(w, run.last), w.start(k)) || adjacent(w, run.last, k))) {
        const person = withoutGenitivePlace(w, nameRun(w, cls, k), russian);
        // "Aitchison's father Norrie said": one capitalised word right after a lower-case kinship or office noun is a given name.
        // "President Bush", "Chancellor Merkel": so is one after a capitalised title.
        const given =
          person.first === person.last &&
          adjacent(w, run.last, k) &&
          (isLowerAt(text, w.start(run.last))
            ? ALL_KINSHIP_NOUNS.has(w.norm(run.last))
            : w.flags(run.last) & F.OFFICE_NOUN || isGermanOffice(w.norm(run.last))) &&
          !isAcronym(w.word(k)) &&
          !(w.flags(k) & (F.NOT_NAME | F.MONTH | F.WEEKDAY | F.OFFICE_NOUN)) &&
          !ALL_BODY_NOUNS.has(w.norm(k)) &&
          !placeOrEvent(w, k, k);
        if (given || kindOf(w, cls, person) === "person" || particleName(w, cls, person)) {
          out.push(officeHolder(w, person.first, person.last, officeHead(w, cls, run.first, k)));
          i = person.last;
          continue;
        }
      }
    }
    out.push(toMention(w, run.first, run.last, kind));
    i = run.last;
  }
}
