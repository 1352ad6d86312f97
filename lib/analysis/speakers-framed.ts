// Sources named in a frame around a quotation rather than as the subject of a verb of speech:
// "„…“, hieß es von Fars" (it was said by), "…, so Twitter, „…“" (according to), "Für den Abgeordneten Udo Bullmann ist
// sie „…“" and "pour le président Jean-Claude Juncker, « … »" (in the view of). Each frame is a fixed phrase of its
// language right before or right after the quotation, so the name it holds speaks.
import { findMentions, type Mention, type MentionContext } from "./mentions";
import { from, personLike, toSpeaker, type Attribution } from "./speakers";
import { SPEECH_NOUNS } from "./lexicon";
import { pronounForm, pronounIn } from "./lexicons";
import type { Span, Speaker } from "./types";

/** After the closing mark: "hieß es von Fars", "hieß es in Press TV", "heißt es aus dem Ministerium". */
const SAID_AFTER: Record<string, RegExp> = {
  // (Also after the clause's last word or two: "„…“ gezeigt, hieß es von der Staatsanwaltschaft".)
  de: /^[^\S\n]*(?:\p{Ll}[\p{L}-]*[^\S\n]*){0,2}[,.]?[^\S\n]*(?:hieß|heißt|hiess|heisst)[^\S\n]+es[^\S\n]+(?:(?:von|vonseiten|seitens|in|im|bei|beim|aus|vom)[^\S\n]+)(?:(?:der|dem|den|des|einer|einem)[^\S\n]+)?/iu,
};
/** Before the opening mark, after a comma: "…, so Twitter, „…“". */
const ACCORDING_BEFORE: Record<string, RegExp> = {
  de: /,[^\S\n]*so[^\S\n]+([^,;:„“"»«\n]{2,60}),[^\S\n]*$/u,
};
/** Opening the sentence or a clause: "Für X ist …", "pour X, « … »". */
const VIEW_OF: Record<string, RegExp> = {
  de: /(?:^|[.;:][^\S\n]*)Für[^\S\n]+(?:(?:den|die|das|dem|der)[^\S\n]+)?([^,;:„“"\n]{2,80}?)[^\S\n]+(?:ist|sind|sei|seien|war|waren|wäre)[^\S\n]/u,
  // (Also past a short aside and "il s'agit de", "c'est": "Pour Erdogan, au contraire, il s'agit d'« … »"; or a clause with
  // "être": "Pour Chartier, Fillon est victime « … »".)
  fr: /(?:^|[.;:][^\S\n]*|,[^\S\n]*|[^\S\n])[Pp]our[^\S\n]+((?:le|la|les|l['’])[^,;:«»\n]{2,80}|\p{Lu}[^,;:«»\n]{1,80}|lui|elle|eux|elles),(?:[^\S\n]*[^,;:«»\n]{1,25},)?(?:[^\S\n]*(?:il[^\S\n]+s['’]agit[^\S\n]+d(?:e|['’])|c['’]est|ce[^\S\n]+sont|[^,;:«»\n]{1,40}[^\S\n](?:est|sont|était|étaient|serait|seraient|reste|restent)[^\S\n][^,;:«»\n]{0,40}))?[^\S\n]*$/u,
};

const primary = (language: string): string => language.slice(0, 2).toLowerCase();
/** The languages with a frame (others pay nothing). */
const FRAMED: ReadonlySet<string> = new Set([...Object.keys(SAID_AFTER), ...Object.keys(ACCORDING_BEFORE), ...Object.keys(VIEW_OF)]);

/** A German genitive name ("Twitters") as the document names it elsewhere ("Twitter"). */
function nominative(speaker: Speaker, ctx: MentionContext): Speaker {
  const base = speaker.name.slice(0, -1);
  return /\p{L}s$/u.test(speaker.name) && !speaker.name.includes(" ") && ctx.docNames.has(base.toLowerCase())
    ? { ...speaker, name: base, end: speaker.end - 1 }
    : speaker;
}

/** Whether a frame names a source around the quotation (for its kind: such words are someone's speech). */
export function framed(text: string, q: Span, sentenceStart: number, language: string): boolean {
  const l = primary(language);
  if (!FRAMED.has(l)) return false;
  const lead = text.slice(Math.max(sentenceStart, q.start - 200), q.start);
  return SAID_AFTER[l]?.test(text.slice(q.end, q.end + 40)) === true || ACCORDING_BEFORE[l]?.test(lead) === true || VIEW_OF[l]?.test(lead) === true;
}

/** The person (else the first name) among the mentions within `span`. */
function named(text: string, span: Span, sentenceStart: number, ctx: MentionContext): Mention | undefined {
  const found = findMentions(text, span.start, span.end, sentenceStart, ctx).filter((m) => m.start >= span.start && m.end <= span.end);
  return found.find(personLike) ?? found[0];
}

/**
 * The source a frame names around the quotation `q`: `intro` is the lead-in within its sentence (from the sentence's
 * start, or the last speech quotation), `post` the words after it.
 */
export function framedSource(text: string, q: Span, intro: Span, post: Span, sentenceStart: number, ctx: MentionContext): Attribution | null {
  const language = primary(ctx.language ?? "en");
  if (!FRAMED.has(language)) return null;
  const after = SAID_AFTER[language]?.exec(text.slice(post.start, Math.min(post.end, post.start + 40)));
  if (after) {
    let at = post.start + after[0].length;
    // "hieß es in einer Erklärung Twitters": the owner of the statement.
    const noun = /^(\p{L}+)[^\S\n]+(?:(?:von|des|der)[^\S\n]+)?/u.exec(text.slice(at, at + 40));
    if (noun && SPEECH_NOUNS.has(noun[1]!.toLowerCase())) at += noun[0].length;
    // (A name the statement noun was read into, "Erklärung Twitters", from the owner on.)
    const found = findMentions(text, post.start, post.end, sentenceStart, ctx).find((x) => x.start <= at && x.end > at);
    const m = found ? from(text, found, at) : undefined;
    if (m && m.start === at) return { speaker: nominative(toSpeaker(m), ctx), kind: m.kind, signals: ["speaker:said-by", "speaker:after-quote"] };
  }
  const lead = text.slice(intro.start, q.start);
  for (const [re, signal] of [
    [ACCORDING_BEFORE[language], "speaker:according-to"],
    [VIEW_OF[language], "speaker:view-of"],
  ] as const) {
    const m = re?.exec(lead);
    if (!m) continue;
    // "Pour lui, « … »", "Für ihn ist …": a pronoun, for coreference to resolve.
    const pronoun = pronounForm(m[1]!.toLowerCase()) ?? pronounIn(m[1]!.toLowerCase());
    if (pronoun) return { speaker: null, signals: [signal], deferred: "pronoun", pronoun };
    const start = intro.start + m.index + m[0].indexOf(m[1]!);
    const who = named(text, { start, end: start + m[1]!.length }, sentenceStart, ctx);
    if (who) return { speaker: toSpeaker(who), kind: who.kind, signals: [signal] };
  }
  return null;
}
