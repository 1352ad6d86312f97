import * as lexicon from "./lexicon";
import { ALL_NAMING_WORDS, ALL_SO_CALLED, lexiconFor, PREDICATE_STARTS } from "./lexicons";
import type { Span } from "./types";
import { K, type KindResult } from "./quote-kind-results";
import { isUnspaced } from "./language";
import { countWords, firstTokens, isLetter, isSpaceAt, isTerminal, isUpper, isUpperAt, words as wordsOf } from "./text";
import { articleWords, embeddedName, sloganUnspaced, soCalledUnspaced, spokenUnspaced, unspacedAttributed, unspacedTitle } from "./quote-kind-unspaced";
import { followedBySpeech, introducesSpeech, legalCharge, onlySpaces, quoteTagAfter, reportedAfter, reportedSpeech } from "./quote-cues";
import { letterBeforeSpaces, wordBeforeSpaces } from "./quote-cues";
import { framed } from "./speakers-framed";
import { accordingAfter, attributedBefore } from "./quote-attributed";

const { DOCUMENT_NOUNS, EVENT_NOUNS, NAME_CONNECTORS, NOT_NAMES, REPORTING_VERBS, SPEECH_NOUNS, OFFICE_NOUNS } = lexicon;

const SCARE_MAX_WORDS = 3;
/** Longest quoted proper name taken for a title from its capital alone («Новая партия», „Aktion Sonne“). */
const NAME_MAX_WORDS = 6;
/** Longest quoted name after a word that names its kind: a law's title is long ("закон «О внесении изменений в …»"). */
const NAMED_MAX_WORDS = 20;
/** Negations, personal and demonstrative pronouns: words that open a clause and no name of a club, party or work. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "no ni esa ese eso esta este esto esas esos estas estos aquello yo tú nosotros ellos ellas je tu nous vous ils elles ce cela ça ceci ne я ты мы вы они не это ich du wir ihr nicht".split(
    " ",
  ),
);
/** A Russian name in the dative: whom something was said to ("Интерфаксу", "Известиям"). */
const RUSSIAN_DATIVE = /(?:у|ю|ам|ям)$/;

export type { KindResult };

/** A French clitic elided before a verb (je, ce, que, ne, me, te, se). */
const ELIDED_CLITIC = /^(?:j|c|qu|n|m|t|s)['’]\p{L}/u;
/** One word, no space: "„donaldtrump“". */
const ONE_WORD = /^[\p{L}\p{N}._-]+$/u;
/** A verb of speech and an article in the dative right before: "sagte dem „Handelsblatt“", "sagte der „Zeit“". */
const VERB_ARTICLE = /(\p{L}+)[^\S\n]+(?:dem|der|den)[^\S\n]+$/u;
function verbAndArticleBefore(text: string, quoteStart: number, lineStart: number): boolean {
  const m = VERB_ARTICLE.exec(text.slice(Math.max(lineStart, quoteStart - 30), quoteStart));
  return m !== null && REPORTING_VERBS.has(m[1]!.toLowerCase());
}

/** Whether the word right before the quotation is in `words`: "a user labelled “Anonymous”", "под названием «Спартак»", "so-called “…”". */
function wordBefore(text: string, quoteStart: number, lineStart: number, list: ReadonlySet<string>): boolean {
  let i = quoteStart - 1;
  while (i >= lineStart && isSpaceAt(text, i)) i--;
  const end = i + 1;
  while (i >= lineStart && (isLetter(text[i]) || text[i] === "-")) i--;
  return end > i + 1 && list.has(text.slice(i + 1, end).toLowerCase());
}

/** Verbs of speaking aloud: what follows them is said, not a work's title. */
const SAYING: ReadonlySet<string> = new Set("say says said saying told tells added replied answered shouted exclaimed declared".split(" "));

const namedBy = (text: string, quoteStart: number, lineStart: number): boolean => wordBefore(text, quoteStart, lineStart, ALL_NAMING_WORDS);

/** The quotation opens with a lower-case word naming a kind of thing ("закон", "operation") and a capitalised word follows it. */
function kindWithName(text: string, q: Span): boolean {
  // (A view of the words, not token objects: only the first three are read.)
  const w = wordsOf(text, q.start + 1, q.end - 1);
  if (w.length < 2 || isUpperAt(text, w.start(0)) || !ALL_NAMING_WORDS.has(w.norm(0))) return false;
  // (Past a connector: « déclaration de Rome ».)
  const k = w.length > 2 && NAME_CONNECTORS.has(w.norm(1)) ? 2 : 1;
  return isUpperAt(text, w.start(k));
}

/** Longest quoted name taken for a cited source (", пишет «Новая газета»."). */
const SOURCE_MAX_WORDS = 4;

/** ", сообщает «…»." / ", writes “…”.": a comma, one reporting verb, the quotation, then the sentence's end. */
function citedSource(text: string, q: Span, lineStart: number): boolean {
  if (!/^[^\S\n]*(?:[.!?]|\n|$)/.test(text.slice(q.end, q.end + 3))) return false;
  let i = q.start - 1;
  while (i >= lineStart && isSpaceAt(text, i)) i--;
  const end = i + 1;
  while (i >= lineStart && isLetter(text[i])) i--;
  const verb = text.slice(i + 1, end).toLowerCase();
  while (i >= lineStart && isSpaceAt(text, i)) i--;
  return verb.length > 0 && text[i] === "," && REPORTING_VERBS.has(verb);
}

const DASH_THEN_NAME = /^[^\S\n]*[—–][^\S\n]*[\p{Lu}\p{N}]/u;
/** A source line: “Headline” — Publisher, date. The quotation is a cited work's title. */
function citedHeadline(text: string, q: Span, endsLikeSentence: boolean): boolean {
  return !endsLikeSentence && DASH_THEN_NAME.test(text.slice(q.end, q.end + 8));
}

/** An office noun right before the quotation and a capitalised name right after it. */
function officeOfBody(text: string, q: Span, lineStart: number): boolean {
  if (!isSpaceAt(text, q.end) || !isUpperAt(text, q.end + 1)) return false;
  if (!NAME_AFTER.test(text.slice(q.end, q.end + 60))) return false;
  const before = wordBeforeSpaces(text, Math.max(lineStart, q.start - 40), q.start);
  return before !== undefined && !isUpper(before[0]) && OFFICE_NOUNS.has(before.toLowerCase());
}

// The tests made of every quotation, at module level: a regular expression literal in a function is a new object at each call.
/** Spaces, a capitalised word, spaces and a capital: a name after the quotation (officeOfBody). */
const NAME_AFTER = /^[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+\p{Lu}/u;
const [ENGLISH, LOWER_FIRST, UPPER_FIRST, NAME_FIRST, PAUSE_MARK, STOP_MARK] = [/^en\b/i, /^\p{Ll}/u, /^\p{Lu}/u, /^[\p{Lu}\p{N}]/u, /[,!?…—–-]/, /[.!?…]/];
const [COLON_BEFORE, CAPITALISED] = [/[:：]\s*(?:'')?\s*$/, /^(?:(?:[Tt]he|[Aa]n?)\s+)?[\p{Lu}\p{N}]/u];
const DASH_CLAUSE = /^,[^\S\n]*[—–][^\S\n]+\p{Ll}/u;

/** Endings of German common nouns (abstract nouns, -ung, -ismus …), never of a name on its own. */
const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|ismus|tät|ion|nis|tum)$/u;

/** Whether a word after the first opens a predicate in the language ("est", "is"): the quotation is a clause. */
function predicateIn(words: ReturnType<typeof wordsOf>, language: string): boolean {
  const predicates = PREDICATE_STARTS[lexiconFor(language).language];
  if (predicates === undefined) return false;
  for (let i = 1; i < words.length; i++) if (predicates.has(words.norm(i))) return true;
  return false;
}

const followedAt = (text: string, end: number, language: string): boolean => followedBySpeech(text, end) || quoteTagAfter(text, end, language) !== null;

/**
 * speech (someone's words), title (a cited work's or a body's name) or scare (a word held
 * at a distance). Titles are capitalised like names and end without a full stop; scare
 * quotes are a few words the sentence attributes to nobody; everything else is reported words.
 */
export function classifyQuote(text: string, q: Span, paragraphStart: number, language: string, sentenceStart = paragraphStart): KindResult {
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const wordCount = countWords(text, q.start + 1, q.end - 1);
  // Without spaces between words, about two characters make a word (Chinese, Japanese).
  const unspaced = isUnspaced(language);
  const english = ENGLISH.test(language);
  const count = unspaced ? Math.ceil(inner.length / 2) : wordCount;
  let last = inner.length - 1;
  while (last >= 0 && (inner[last] === "," || inner[last] === ";")) last--;
  const lastChar = inner[last];
  // (English puts the sentence's full stop inside the marks: 'The country also banned "homosexual propaganda."' ends the
  // author's sentence, not a quoted one: a few lower-case words after words of the sentence.)
  const authorsStop = english && wordCount <= SCARE_MAX_WORDS && LOWER_FIRST.test(inner) && letterBeforeSpaces(text, sentenceStart, q.start);
  const endsLikeSentence = isTerminal(lastChar) && !authorsStop;
  const closesOnPause = PAUSE_MARK.test(inner.slice(-1)); // (the last character alone: a `$` pattern would try every start)
  // (Looked up when a test below needs it, once: most quotations are classified without it, a sentence after a colon.)
  // (A variable, not a closure: a closure and its context were allocated per quotation.)
  let followedOnce: boolean | undefined;
  // (Each test below only when those before it fail: all of them are pure.)
  const introduced =
    introducesSpeech(text, q.start, paragraphStart) ||
    (closesOnPause && (followedOnce ??= followedAt(text, q.end, language))) ||
    // "«…», — приводит слова X": a comma, a dash and a lower-case word after the closing mark is the
    // dialogue convention for the speaker's clause (a dash alone may be any dash: "в «Клубе» — тогда …").
    (text.charCodeAt(q.end) === 44 && DASH_CLAUSE.test(text.slice(q.end, q.end + 6))) || // (44: the comma, tested first)
    // A quotation that is a sentence of its own: "… форуме. «Кризис скоро закончится». По его словам …".
    (STOP_MARK.test(text.charAt(q.end)) && onlySpaces(text, sentenceStart, q.start) && UPPER_FIRST.test(inner));

  // (Also through wiki italics: "цитатой: ''«…»''".)
  const afterColon = COLON_BEFORE.test(text.slice(Math.max(paragraphStart, q.start - 5), q.start));
  if (citedHeadline(text, q, endsLikeSentence)) return K.citedHeadline;
  // Chinese title marks 《…》 enclose names of works by definition.
  if (text[q.start] === "《" || text[q.start] === "〈") return K.titleMarks;
  if (!endsLikeSentence && wordCount <= SCARE_MAX_WORDS && (wordBefore(text, q.start, paragraphStart, ALL_SO_CALLED) || soCalledUnspaced(text, q, language))) {
    return K.soCalled;
  }
  if (sloganUnspaced(text, q, language)) return K.slogan;
  if (articleWords(text, q, language)) return K.article;
  if (unspaced && unspacedTitle(text, q, language)) return K.namedThing;
  if (legalCharge(text, q, sentenceStart, language)) return K.charge;
  // (One word may be written in lower case: "das Forum „donaldtrump“".)
  // ("then known as "the Cranberry Saw Us"": an English article may open the name.)
  const capitalised = CAPITALISED.test(inner);
  if (!endsLikeSentence && wordCount <= NAMED_MAX_WORDS && (capitalised || ONE_WORD.test(inner)) && namedBy(text, q.start, paragraphStart)) {
    return K.named;
  }
  // "«закон Димы Яковлева»", "«закона Магнитского»": a kind word with a capitalised name after it, quoted, is that thing's name.
  if (!endsLikeSentence && wordCount >= 2 && wordCount <= NAME_MAX_WORDS && kindWithName(text, q)) return K.named;
  // "генеральный менеджер «Блюз» Даг Армстронг", "coach of “Spartak” Ivan Petrov": a quoted name between an office and
  // its holder's name is the body the office belongs to.
  if (!endsLikeSentence && wordCount <= NAMED_MAX_WORDS && UPPER_FIRST.test(inner) && officeOfBody(text, q, paragraphStart)) {
    return K.officeOf;
  }
  // "— сказал «Известиям» депутат Иван Петров": a quoted name right after a reporting verb, with the
  // sentence going on after it, is whom it was said to.
  if (
    !endsLikeSentence &&
    wordCount <= SCARE_MAX_WORDS &&
    NAME_FIRST.test(inner) &&
    // "сообщила «Интерфаксу», со ссылкой …": a Russian dative may close the clause with a comma.
    (/^[^\S\n]+\p{L}/u.test(text.slice(q.end, q.end + 3)) ||
      // "sagte dem „Handelsblatt“: „…“": the words said follow after a colon.
      /^:[^\S\n]*["“„«»]/u.test(text.slice(q.end, q.end + 3)) ||
      (/^,/.test(text.slice(q.end, q.end + 1)) && /^ru\b/i.test(language) && RUSSIAN_DATIVE.test(inner))) &&
    (wordBefore(text, q.start, paragraphStart, REPORTING_VERBS) || verbAndArticleBefore(text, q.start, paragraphStart))
  ) {
    return K.addressee;
  }
  // "…», — ответили власти, сообщает «Немецкая волна».": a short name after a comma and a reporting verb, closing the
  // sentence, is the source the sentence cites.
  if (!endsLikeSentence && wordCount <= SOURCE_MAX_WORDS && UPPER_FIRST.test(inner) && citedSource(text, q, paragraphStart)) {
    return K.citedSource;
  }
  if (wordCount >= 1 && !endsLikeSentence && !afterColon && NAME_FIRST.test(inner)) {
    // The words counted in one pass over a view of them (no token objects, no filtered lists): the content words (not
    // function words or name connectors), those of them capitalised or opening on a digit, and those capitalised.
    const words = wordsOf(text, q.start + 1, q.end - 1);
    // Only a short quotation may be a name (in English, one word): a longer one needs the ratio alone, below.
    const nameable = english ? words.length === 1 : words.length <= NAME_MAX_WORDS;
    let content = 0;
    let capitalised = 0;
    let upper = 0;
    let docNoun = false;
    for (let i = 0; i < words.length; i++) {
      // (Once the ratio cannot reach 0.6 even if every word left counts, the rest of a quotation too long for a name changes nothing.)
      if (!nameable && (capitalised + words.length - i) * 5 < (content + words.length - i) * 3) break;
      const norm = words.norm(i);
      if (NOT_NAMES.has(norm) || NAME_CONNECTORS.has(norm)) continue;
      content++;
      const first = text.charCodeAt(words.start(i));
      if (isUpperAt(text, words.start(i))) upper++;
      else if (first < 48 || first > 57) continue; // (nor an ASCII digit, /^\d/)
      capitalised++;
      docNoun ||= DOCUMENT_NOUNS.has(norm) || EVENT_NOUNS.has(norm);
    }
    const ratio = content ? capitalised / content : 0;
    if (words.length >= 2 && ratio >= 0.6 && docNoun) return K.documentNoun;
    // Not right after a verb of saying: "is reported to have said “Thanks be to God”" is speech ("wrote “The Long Road Home”" is a title).
    if (words.length >= 2 && ratio >= 0.8 && /^(?:en|de|fr|es|it|pt|nl)/.test(language) && !wordBefore(text, q.start, paragraphStart, SAYING)) {
      return K.titleCase;
    }
    // Outside English, quotation marks around a short capitalised phrase name a club, party,
    // company, product, operation or award («Спартак», „Aktion Sonne“); English writes those
    // in title case, so there only a single capitalised word counts.
    // (The tests in order of cost, each only when those before pass: all are pure.)
    const nameLike =
      nameable &&
      (!english || content === 1) &&
      // "« 100 millions d'euros »": an amount followed by lower-case words is no name.
      !(/^\p{N}/u.test(inner) && upper === 0) &&
      // "« Le contexte est bien pire qu'attendu »": a finite verb inside makes it a sentence, not a name.
      !predicateIn(words, language) &&
      // "Escucho las reivindicaciones; me lo apunto": clauses joined by a semicolon are no name.
      !/[;；]/.test(inner.slice(0, last + 1)) &&
      // "No hay derecho", "Esa y sólo esa": a negation or a pronoun opens a sentence, not a name.
      // (Also a French clitic elided before a verb: "« J’ai fait une erreur »", "« C’est fini »"; not "l’" or "d’".)
      !(words.length > 1 && (CLAUSE_OPENERS.has(words.norm(0)) || ELIDED_CLITIC.test(words.norm(0)))) &&
      // German capitalises every noun: a name of several words has no lower-case word but its connectors
      // („Verschleppungstaktik weniger Abgeordneter“ is someone's words).
      !(/^de\b/i.test(language) && words.length > 1 && ratio < 1) &&
      // "scandant « Fillon, démission »": a comma inside words a verb of speech governs makes them a slogan, not a name.
      // (Tested last: the look-back for the verb costs most, and most quotations here are no name already.)
      !(inner.includes(",") && attributedBefore(text, q, sentenceStart, language) !== null);
    // German capitalises every noun: a single quoted noun a verb governs ("nannte den Plan „Verrat“") is someone's word.
    // (Nor a single word with a common noun's ending: „Terrorismus“, „Digitalisierung“.)
    // "оканчивались словами «Аллаху акбар»": words after a speech noun are someone's words, not a name.
    if (
      nameLike &&
      !introduced &&
      !(followedOnce ??= followedAt(text, q.end, language)) &&
      !unspaced &&
      !(
        /^de\b/i.test(language) &&
        words.length === 1 &&
        (GERMAN_NOUN_ENDING.test(words.norm(0)) || attributedBefore(text, q, sentenceStart, language) !== null)
      ) &&
      !wordBefore(text, q.start, paragraphStart, SPEECH_NOUNS)
    ) {
      return K.properName;
    }
  }
  if (count <= SCARE_MAX_WORDS && !endsLikeSentence && !introduced) {
    if (!(followedOnce ??= followedAt(text, q.end, language)) && embeddedName(text, q, language, sentenceStart)) return K.embeddedName;
    const attributed = (followedOnce ??= followedAt(text, q.end, language))
      ? "verb-after"
      : (attributedBefore(text, q, sentenceStart, language) ??
        accordingAfter(text, q, language) ??
        unspacedAttributed(text, q, sentenceStart, language) ??
        (framed(text, q, sentenceStart, language) ? "framed" : null) ??
        // "Sein Sieg sei ein „neuer Beginn“": a verb form of reported speech before it in its sentence.
        // („nicht machbar“ seien: or right after it, in its clause.)
        (reportedSpeech(text, { start: sentenceStart, end: q.start }, language) || reportedAfter(text, q.end, language) ? "reported" : null));
    if (attributed) return K.attributed;
    if (spokenUnspaced(text, q, language)) return K.spokenForm;
    // A quoted predicate ("Marine Le Pen « est une femme »") is someone's words: a scare quote is a noun or an adjective.
    const firstWord = firstTokens(text, q.start + 1, q.end - 1, 1)[0];
    if (firstWord && wordCount >= 2 && PREDICATE_STARTS[lexiconFor(language).language]?.has(firstWord.norm)) {
      return K.predicate;
    }
    return K.short;
  }
  if (!introduced && !endsLikeSentence && embeddedName(text, q, language, sentenceStart)) return K.embeddedName;
  return introduced ? K.introduced : endsLikeSentence ? K.sentence : K.fragment;
}
