import { Coreference } from "./coref";
import { isUnspaced } from "./language";
import { DROPPED_SUBJECT, PRONOUNS } from "./lexicons";
import { REPORTING_VERBS } from "./lexicon";
import { framedSource } from "./speakers-framed";
import { germanCommonNoun, glued } from "./speaker-shapes";
import { citedSource, quotedSource } from "./speakers-unspaced-documents";
import { attributeUnspacedAfter } from "./speakers-unspaced-after";
import { verbLeadsIn } from "./unspaced-verbs";
import { attributeUnspacedDescribed, attributeUnspacedSaying, introAttribution, paragraphSpeaker, pronounReferent } from "./speakers-unspaced-other";
import { speaksOfSelf, unspacedFallback } from "./speakers-unspaced-fallback";
import { findMentions, type MentionContext } from "./mentions";
import { plainQuote } from "./plain-quote";
import type { QuoteSpan } from "./quotes";
import { classifyQuote, type KindResult } from "./quote-kind";
import { namedAgain, repeatedNames, reportedSpeech, speechColonBefore, titleKeys } from "./quote-cues";
import { attribute, attributeAfter, dashSource, insideAttribution, type Attribution } from "./speakers";
import { nameLike } from "./speaker-shapes";
import { joinSplitHalves, SPLIT_GAP } from "./split-quotes";
import type { Quote, Span } from "./types";
import { capitalAfterWord, countWords, hasWordChar, isUpper, words } from "./text";
import { objectList } from "./object-list";

/** Only "and" (or a comma) between two quotations. */
const COORDINATED = /^\s*(?:,|,?\s*(?:и|and|et|y|und|ou|or|или|e)\s)\s*$/u;

const isVerbSignal = (x: string): boolean => x.startsWith("reporting-verb:");

/** Whether the words between two quotations name someone new (a capital outside the first word). */
function hasNewAgent(text: string, intro: Span): boolean {
  // A long stretch between two quotations is narration, not "…”, it added; and, later, “…".
  if (intro.end - intro.start > 200) return true;
  return capitalAfterWord(text, intro.start, intro.end);
}

/** How many sentences after a speaker's quotation a quotation with no attribution of its own may go on with that speaker. */
const CONTINUED_REACH = 3;

/** An attribution that only found a name in the sentence: no reporting verb, speech noun or source phrase. */
const onlyNamed = (signals: readonly string[]): boolean => signals.every((x) => x === "speaker:first-named" || x === "speaker:only-named");

const LISTED: KindResult = { kind: "title", signals: ["quote-kind:list-of-names"] };
const COORDINATED_SPEECH: KindResult = { kind: "speech", signals: ["quote-kind:coordinated"] };
const COORDINATED_TITLE: KindResult = { kind: "title", signals: ["quote-kind:coordinated-title"] };
const LIST_GAP = /^[^\S\n]*(?:\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+|(?=[,;、]))){0,3}[,;、][^\S\n]*(?:(?:и|или|and|or|et|ou|und|oder|y|o)[^\S\n]+)?$/u;
/**
 * Quotations listed one after another, each capitalised and without a full stop, separated by
 * commas (and at most a few words: "«Люблю тебя, люблю» Алена Рене, «Сияние» Стэнли Кубрика"):
 * names of works, clubs or products, not speech. Returns their indices.
 */
function listedNames(text: string, spans: readonly QuoteSpan[]): Set<number> {
  const out = new Set<number>();
  const spoken = new Set<number>();
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    // Only a comma (or "and"), perhaps after the work's author: "«A» Алена Рене, «B»"; never a dash or a verb.
    if (!LIST_GAP.test(text.slice(a.end, b.start))) continue;
    if (!nameLike(text, a) || !nameLike(text, b)) continue;
    // (Not words a verb of speech brings in after a colon: "ont clamé : « Menteur », « Misogyne »".)
    if (spoken.has(k - 1) || (!out.has(k - 1) && speechColonBefore(text, a.start))) spoken.add(k - 1).add(k);
    else out.add(k - 1).add(k);
  }
  return out;
}

/** A bare surname or a nameless office is replaced by the full name it refers to: that person (for later pronouns too). */
function resolveName(a: Attribution, coref: Coreference, paragraph: Span, sentence: number): Attribution {
  const speaker = a.speaker!;
  const r =
    coref.surname(speaker, sentence) ??
    glued(speaker, coref, sentence) ??
    (a.kind === "office" ? coref.office(speaker, paragraph, sentence, a.signals.includes("speaker:after-quote") && !/\p{Lu}/u.test(speaker.name)) : null);
  return r ? { ...a, speaker: r.speaker, kind: "person", signals: [...a.signals, r.signal] } : a;
}

/** Index of the span containing `pos`, searching forward from `from` (spans are sorted). */
export function indexAt(spans: Span[], pos: number, from = 0): number {
  let i = Math.max(0, from);
  while (i < spans.length - 1 && spans[i]!.end <= pos) i++;
  return i;
}

/** Whether the last word before the quotation, right before it, is a reporting verb ("он кричал «…»", "she shouted “…”"); read by index (no token list). */
function verbRightBefore(text: string, from: number, quoteStart: number): boolean {
  const w = words(text, Math.max(from, quoteStart - 30), quoteStart);
  const k = w.length - 1;
  return k >= 0 && !/\S/.test(text.slice(w.end(k), quoteStart)) && REPORTING_VERBS.has(w.norm(k)) && !isUpper(text[w.start(k)]);
}

/**
 * Kinds and speakers of the quotations. A speech quotation is attributed, in order, to a
 * reporting clause right after it ("…,” X said), to its own sentence's lead-in ("X stated:
 * “…”"), and, when it opens its sentence or the lead-in is the author's ("Let us cite: "),
 * to the sentence before it ("X formulated his assessment. “…”"). Chinese uses the name run
 * next to the reporting verb (speakers-unspaced.ts). Coreference (coref.ts) then turns a
 * pronoun, a bare surname or a nameless office into the name it refers to, and a quotation
 * that continues the previous one keeps its speaker.
 */
export function analyseQuotes(text: string, spans: QuoteSpan[], sentences: Span[], paragraphs: Span[], language: string, ctx: MentionContext): Quote[] {
  const out = objectList<Quote>();
  const listed = listedNames(text, spans);
  // The sentence and the paragraph of the quotation (indices, moving forward with the quotations).
  let cs = 0;
  let cp = 0;
  const coref = new Coreference(text, sentences, ctx);
  const unspaced = isUnspaced(language);
  let lastSpeech: Quote | undefined;
  let lastSpeechSentence = -1;
  /** The first words (stems) of the titles quoted so far. */
  const titleStems = new Set<string>();
  const repeated = unspaced ? repeatedNames(text, spans) : new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k]!;
    cs = indexAt(sentences, q.start, cs);
    cp = indexAt(paragraphs, q.start, cp);
    const lastSentence = indexAt(sentences, q.end - 1, cs);
    let kind = listed.has(k) ? LISTED : classifyQuote(text, q, paragraphs[cp]?.start ?? 0, language, sentences[cs]?.start);
    // "« grossier » et « inquiétant »", "« A », et non « B »": a short quotation joined to the
    // speech quotation just before it in its sentence is the same speaker's words.
    const prev = out[k - 1];
    // (So is a capitalised one after a comma: "ont clamé : « Menteur », « Misogyne »".)
    const inList = kind.signals[0] === "quote-kind:proper-name" && /^\s*,\s*$/.test(text.slice(prev?.end ?? 0, q.start));
    if ((kind.kind === "scare" || inList) && prev?.kind === "speech" && prev.end > (sentences[cs]?.start ?? 0) && countWords(text, prev.end, q.start) <= 3) {
      kind = COORDINATED_SPEECH;
    }
    // "автор «Диких сердцем» и «Малхолланд Драйва»": a capitalised quotation joined by "and" or a comma to a
    // title just before it is another title.
    if (
      kind.kind !== "title" &&
      prev?.kind === "title" &&
      /^\s*(?:,|,?\s*(?:и|and|et|y|und|ou|or|или)\s)\s*$/u.test(text.slice(prev.end, q.start)) &&
      /^\p{Lu}/u.test(text.slice(q.start + 1, q.end - 1).trim()) &&
      countWords(text, q.start + 1, q.end - 1) <= 6 &&
      !/[.!?]\s*$/.test(text.slice(q.start + 1, q.end - 1))
    ) {
      kind = COORDINATED_TITLE;
    }
    // A title quoted again, shortened or in part, or a short Chinese quotation the text keeps repeating (not a slogan someone holds).
    if (kind.kind !== "title" && kind.signals[0] !== "quote-kind:slogan") kind = namedAgain(text, q, titleStems, repeated) ?? kind;
    if (kind.kind === "title") for (const key of titleKeys(text, q)) titleStems.add(key);
    const speech = kind.kind === "speech" && sentences.length > 0;
    // (A speech quotation's own list is made at the end of its turn, at its full length: pushing the attribution's
    // signals onto a copy grew it to room for 17. Until then it is the kind's, read by nothing.)
    const signals = speech ? (kind.signals as string[]) : kind.signals.slice();
    const quote = plainQuote(q.start, q.end, text.slice(q.start + 1, q.end - 1), kind.kind, null, signals);
    out.push(quote);
    if (!speech) continue;

    const sent = sentences[cs]!;
    // The lead-in starts after the last speech quotation of the sentence; a title before it is the author's words.
    const intro = { start: Math.max(sent.start, lastSpeech && lastSpeech.end > sent.start ? lastSpeech.end : sent.start), end: q.start };
    const lastSent = sentences[lastSentence]!;
    // In Chinese "“…。”王明说。" the segmenter ends the sentence at the closing mark: the attribution after it is the next "sentence" (of its paragraph).
    const postEnd = unspaced ? Math.min(sentences[lastSentence + 1]?.end ?? lastSent.end, paragraphs[cp]?.end ?? Infinity) : lastSent.end;
    // A name in quotation marks right after ("— рассказал агентству «Интерфакс» Иван Петров") does not end the attribution.
    const next = spans[k + 1];
    const stop = next && next.start < postEnd && nameLike(text, next) ? spans[k + 2] : next;
    // "«очень могущественное государство» и «выгоден нам», заявил премьер": two quotations joined by "and" share the attribution after the second.
    const joinedNext = next && next.start < postEnd && stop === next && COORDINATED.test(text.slice(q.end, next.start));
    const post = joinedNext
      ? { start: next.end, end: Math.min(postEnd, spans[k + 2]?.start ?? Infinity) }
      : { start: q.end, end: Math.min(postEnd, stop?.start ?? Infinity) };

    const introHasWords = intro.end > intro.start && hasWordChar(text, intro.start, intro.end);
    const postHasWords = post.end > post.start && hasWordChar(text, post.start, post.end);
    let a: Attribution | null;
    if (unspaced) {
      a = introHasWords ? (citedSource(text, q, intro) ?? attributeUnspacedSaying(text, intro, language) ?? attributeUnspacedDescribed(text, q, intro)) : null;
      // ("書函同學說，「…」；祥凱同學說，「…」": a verb right before the quotation leads it in, not the next one's after it.)
      const ledIn = introHasWords && verbLeadsIn(text, intro, language);
      a ??= (postHasWords && !ledIn ? attributeUnspacedAfter(text, post, language) : null) ?? (introHasWords ? introAttribution(text, intro, language) : null);
      // (A verb whose subject was left out takes the paragraph's speaker first, then the one who spoke last; not a quotation
      // right after one of the same sentence: "「…。」，「…」" goes on with that one's speaker, below.)
      const goesOn = !introHasWords && lastSpeech?.speaker && lastSpeech.end === intro.start && lastSpeech.end > sent.start;
      if ((!a || a.pronoun === DROPPED_SUBJECT) && !goesOn) a = paragraphSpeaker(text, paragraphs[cp] ?? sent, q.start, language) ?? a;
    } else {
      a =
        framedSource(text, q, intro, post, sent.start, ctx) ??
        insideAttribution(text, q, ctx) ??
        (postHasWords ? attributeAfter(text, post, lastSent.start, ctx) : null);
      a ??= dashSource(text, q.end, ctx);
      // A source named after the quotation ("… “fraternal greetings” according to Prensa Latina") gives way
      // to a speaker whose reporting verb leads into it ("Lage said that Castro sends …").
      const sourceAfter = a?.signals.includes("speaker:according-to") === true;
      // "Во время нападения он кричал «Аллаху акбар», заявил прокурор": a reporting verb right before the quotation
      // governs it; the one after it reports the whole sentence.
      const governed = a?.speaker != null && !sourceAfter && introHasWords && verbRightBefore(text, intro.start, q.start);
      // ("Für ihn ist von der Leyen „…“": a frame's pronoun stands; the name after it is whom the words are about.)
      const framedPronoun = a?.deferred === "pronoun" && a.signals.includes("speaker:view-of");
      if ((!a?.speaker || sourceAfter || governed) && introHasWords && !framedPronoun) {
        const before = attribute(text, intro, sent.start, ctx);
        if (governed) {
          if (before.speaker || before.deferred === "pronoun") a = before;
        } else if (!a || (sourceAfter ? before.speaker !== null && before.signals.some((s) => s.startsWith("reporting-verb:")) : before.speaker)) a = before;
      }
    }
    // "Материал озаглавлен эгоцентрической цитатой: «…»": a lead-in to a colon that names nobody passes to the sentence before.
    const agentless =
      introHasWords &&
      intro.start === sent.start &&
      !a?.speaker &&
      !a?.deferred &&
      // (German: also with common nouns only, "Die grundlegenden Bedürfnisse „…“", no colon needed.)
      (/:\s*$/.test(text.slice(intro.start, intro.end)) || /^de\b/i.test(language)) &&
      findMentions(text, intro.start, intro.end, sent.start, ctx).every((m) => germanCommonNoun(text, m, language));
    // (Not a quotation right after another of its sentence, «propina», «migajas»: that one's speaker goes on, below.)
    const afterQuote = !introHasWords && lastSpeech?.speaker && lastSpeech.end > sent.start;
    if (!unspaced && !a?.speaker && a?.deferred !== "pronoun" && (!introHasWords || a?.deferred === "author" || agentless) && cs > 0 && !afterQuote) {
      const prev = sentences[cs - 1]!;
      const back = attribute(text, prev, prev.start, ctx);
      // "«…», – говорит Тэплин. … Apple изменила наш подход. «…»": a sentence before that only names someone (no reporting
      // verb, no "according to") gives way to the speaker of a quotation just before it.
      const namesOnly = onlyNamed(back.signals);
      // (Not after an author's lead-in, "Let us mention some of them:", which points at the sentence before.)
      const recent = !introHasWords && lastSpeech?.speaker && cs - lastSpeechSentence <= CONTINUED_REACH;
      if (back.speaker && !(namesOnly && recent))
        a = { speaker: back.speaker, kind: back.kind, signals: [...(a?.signals ?? []), ...back.signals, "speaker:previous-sentence"] };
    }
    // "A statement by the Brady Campaign was posted on Facebook. It said “…”": "it" is the statement of the sentence before, its owner speaks.
    if (!a?.speaker && a?.deferred === "pronoun" && a.pronoun && PRONOUNS.get(a.pronoun) === "neuter" && cs > 0) {
      const prev = sentences[cs - 1]!;
      const back = attribute(text, prev, prev.start, ctx);
      if (back.speaker && back.signals.includes("speaker:owner-of-speech"))
        a = { speaker: back.speaker, kind: back.kind, signals: [...a.signals, ...back.signals, "speaker:previous-sentence"] };
    }
    // "Una oposición, que acusa a Jospin de «…», denunció … como una «propina»": a verb without its subject right after a
    // quotation of the same sentence shares the subject that quotation's speaker was.
    // (Not the second half of a quotation broken by a word or two: the halves are matched below.)
    const droppedAfterQuote =
      a?.pronoun === DROPPED_SUBJECT &&
      lastSpeech?.speaker &&
      intro.start === lastSpeech.end &&
      lastSpeech.end > sent.start &&
      !SPLIT_GAP.test(text.slice(intro.start, intro.end));
    if (!a?.speaker && droppedAfterQuote) a = { speaker: { ...lastSpeech!.speaker! }, signals: [...a!.signals, "speaker:continued"] };
    if (!a?.speaker && a?.deferred === "pronoun") {
      const r =
        (a.pronoun && coref.pronoun(a.pronoun, cs)) ||
        (lastSpeech?.speaker && !lastSpeech.signals.some(quotedSource) ? { speaker: { ...lastSpeech.speaker }, signal: "speaker:pronoun" } : null);
      if (r) a = { speaker: r.speaker, signals: [...a.signals, r.signal] };
      // (A Chinese "他" in a paragraph that opens on a person other than that one: that person; or the one the paragraph before reports.)
      const topic = unspaced && a.pronoun !== DROPPED_SUBJECT ? pronounReferent(text, paragraphs, cp, q.start, r, lastSpeech, language) : null;
      if (topic) a = { speaker: topic.speaker, signals: [...a.signals.filter((x) => x !== r?.signal), topic.signal] };
    }
    // "Chavez said that he wants an “alternative way …” and canvassed for Venezuela … to “save our planet”": a name
    // merely mentioned between two quotations of one sentence does not take over from that sentence's speaker.
    const weak = a?.speaker && onlyNamed(a.signals);
    // "Sein Sieg sei ein „neuer Beginn“": German reported speech (Konjunktiv I) goes on with the speaker before it.
    const reported = reportedSpeech(text, intro, language) && lastSpeechSentence >= cs - 2 && !a?.signals.some(isVerbSignal);
    // (Also from the sentence before when only objects are named: "se van a aumentar las frecuencias con Washington, …, «vamos a …»".)
    const objectsOnly = a?.signals.includes("speaker:only-named") && lastSpeechSentence >= cs - 1;
    if (weak && lastSpeech?.speaker && (lastSpeech.end > sent.start || objectsOnly || reported))
      a = { speaker: { ...lastSpeech.speaker }, signals: ["speaker:continued"] };
    // "“…”, it added; and, later, “…”": a quotation continuing the previous one in its sentence keeps its speaker.
    // (Also past a name with no verb of speech, right after a quotation of the same sentence: "«…», por lo que el PNV seguirá «…»".)
    const sameClause = lastSpeech?.end === intro.start && lastSpeech.end > sent.start && intro.end - intro.start <= 80 && !a?.signals.some(isVerbSignal);
    if (!a?.speaker && lastSpeech?.speaker && lastSpeechSentence >= cs - 1 && (sameClause || reported || !hasNewAgent(text, intro))) {
      a = { speaker: { ...lastSpeech.speaker }, signals: [...(a?.signals ?? []), "speaker:continued"] };
    }
    // A quotation standing alone as its sentence or paragraph, with only names in the sentence before it, goes on with
    // the last speaker when that one spoke just before.
    if (!a?.speaker && !introHasWords && lastSpeech?.speaker && cs - lastSpeechSentence <= CONTINUED_REACH) {
      a = { speaker: { ...lastSpeech.speaker }, signals: [...(a?.signals ?? []), "speaker:continued"] };
    }
    // (A document's words end with the quotation, or the list it opens: no later one goes on with the document, no pronoun stands for it.)
    const afterDocument = lastSpeech?.signals.some(quotedSource) && (cs > lastSpeechSentence || intro.end - intro.start > 4);
    if (a?.signals.includes("speaker:continued") && afterDocument) a = null;
    // (Chinese: else the person the sentence before opens on, the one the paragraph reports, or the one the release opens on.)
    if (unspaced && (!a?.speaker || speaksOfSelf(a.speaker.name)))
      a = unspacedFallback(text, intro, paragraphs, cp, sent, q.start, language, a?.signals ?? []) ?? a;
    if (a?.speaker) a = resolveName(a, coref, paragraphs[cp] ?? sent, cs);
    quote.signals = a && a.signals.length > 0 ? kind.signals.concat(a.signals) : kind.signals.slice();
    if (a) {
      quote.speaker = a.speaker;
      if (a.speaker && !a.signals.some(quotedSource)) coref.register(a.speaker, cs, a.kind ?? "unknown", lastSentence);
    }
    lastSpeech = quote;
    lastSpeechSentence = lastSentence;
  }
  joinSplitHalves(text, out);
  return out;
}
