// Per-language word lists behind attribution and check-worthiness. The lists are data
// (one JSON file per language, each stating its provenance); this module compiles them once
// into sets and regular expressions. Nothing here names a particular person, place or
// organisation: the rules are measured on texts nobody here has seen.
import { alt, DATA, type LexiconData } from "./data";
import { unspacedCues, type UnspacedCues } from "./unspaced-cues";

/** A Chinese fraction: "四分之三", "3分之1". */
const FRACTION = "[〇一二两兩三四五六七八九十百\\d]+分之[〇一二两兩三四五六七八九十百\\d]+";
/** An acronym in Latin letters inside text written without spaces: "IC", "APEC", "COVID-19" (not part of a longer word). */
const ACRONYM = "(?<![A-Za-z])[A-Z]{2,}(?:-?\\d+)?(?![A-Za-z])";

export type { Gender, PronounGender } from "./data";

/** Reporting verbs of the languages that leave a pronoun subject out (`subjectDrop`): "Estimó que …" opens with one. */
export const SUBJECT_DROP_VERBS: ReadonlySet<string> = new Set(Object.values(DATA).flatMap((d) => (d.subjectDrop ? d.reportingVerbs : [])));
export * from "./all";

/** What a cue word shows: see checkworthy.ts. */
export type CueKind = "event" | "time" | "comparative" | "number" | "month" | "ordinal";

/** A cue word or phrase, looked up by its first word's lower-case form. */
export interface Cue {
  kind: CueKind;
  /** The phrase's further words ("place" of "took place"). */
  rest: readonly string[];
  text: string;
}

export interface LanguageLexicon {
  language: string;
  provenance: string;
  /** Writes without spaces: words are matched as substrings, not tokens. */
  unspaced: boolean;
  reportingVerbs: ReadonlySet<string>;
  /** The same verbs in the same order, as a list: what unspaced text is searched for, substring by substring. */
  reportingVerbList: readonly string[];
  /** "according to X" phrases; match[0] ends where the source's name begins. */
  accordingTo: RegExp | null;
  officeNouns: ReadonlySet<string>;
  /** Dates written the language's way ("9 июля 2024 года", "7. Juni 2015", "2024年7月9日"). */
  date: RegExp | null;
  /** A number with a unit or a counted noun ("45 тысяч рублей", "10 %", "三成"). */
  quantity: RegExp;
  /** Numbers written as words ("три", "zwölf", "douze"). */
  numberWord: RegExp | null;
  ordinal: RegExp;
  eventVerb: RegExp | null;
  /** Chinese place and body suffixes ("…省", "…委员会"): the named agents of unspaced text. */
  agentName: RegExp | null;
  /** The suffixes alone: a span without one holds no `agentName` and is not searched for it. */
  agentSuffix: RegExp | null;
  /** Any of the language's month names, anywhere: a span without one holds no `date` (null for Chinese, whose dates have no names). */
  monthName: RegExp | null;
  /** A month named without a day ("в сентябре", "en septembre prochain"): a date reference. */
  monthAlone: RegExp | null;
  /** Days and relative days ("yesterday", "вчера", "am Montag"): when an event happened. */
  timeWord: RegExp | null;
  /** "more than", "более", "plus de", "超过": a comparison that can be checked. */
  comparative: RegExp | null;
  /**
   * Spaced languages: every cue word and phrase by its first word, so a unit's cues are found
   * in one pass over its tokens instead of one regular expression per kind of cue.
   */
  cues: ReadonlyMap<string, readonly Cue[]>;
  /** Unspaced languages: the cue lists of `eventVerb`, `timeWord`, `agentSuffix` … found by first character (unspaced-cues.ts). */
  unspacedCues: UnspacedCues | null;
  /** Months are written in lower case (ru, fr, es): "Mars" the planet is no month; English and German capitalise them. */
  lowerCaseMonths: boolean;
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  quoteTags: ReadonlySet<string>;
  /** The language leaves a pronoun subject out ("Estimó que …"): see data.ts. */
  subjectDrop: boolean;
  /** Unspaced languages: a quoted name's last words, and the words after a quotation that make it a name (data.ts). */
  titleHead: RegExp | null;
  titleFollower: RegExp | null;
  /** A title's head word anywhere (the words after a quotation, up to the clause's end: "「新化‧大目降」臺南經典小鎮攝影比賽"). */
  titleHeadWithin: RegExp | null;
  titlePreceder: RegExp | null;
  verbBlockers: ReadonlySet<string>;
  /** A person's title ending a run ("…先生", "…總統"): unspaced languages. */
  personTitleEnd: RegExp | null;
  /** A person's name ending a run: a common family name and one or two characters ("情歌王子黃偉晉"), or a title. */
  personNameEnd: RegExp | null;
  /** A person's title right before a family name and a given name: "秘書長黃昆輝" (who holds which office). */
  titledPerson: RegExp | null;
  /** A person's name opening a clause after a short description: "門將張明哲獲獎後…" gives "門將張明哲" (three-character names). */
  personNameStart: RegExp | null;
  personNameAt: RegExp | null;
  /** "X的名言：", "X的一句話" at the end of the text before a quotation (group 1 starts at 的). */
  sayingBefore: RegExp | null;
  /** A verb form of reported speech (data.ts `reportedSpeech`), as a word. */
  reportedSpeech: RegExp | null;
  /** The language's own third-person subject pronouns ("er", "ella"): capitalised to open a sentence, still no name. */
  pronouns: ReadonlySet<string>;
}

// JavaScript's \b only knows ASCII letters; these bounds work for Cyrillic and accents too.
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
const DAY = "\\d{1,2}(?:er)?";
const YEAR = "(?:1[5-9]|20)\\d{2}";

function datePattern(d: LexiconData): RegExp | null {
  // (Also Taiwan's press style, the day in brackets after "today" or "this": "今（24）日", "本（6）月".)
  if (d.language === "zh")
    // ("今年3月", "去年5月": a month of a year named by its distance, as "in March last year".)
    // (Also in Chinese numerals and in the Republic's years: "民國一一○年三月二十二日".)
    return /(?:\d{4}|[〇零○一二三四五六七八九]{4}|民[國国](?:\d{2,3}|[〇零○一二三四五六七八九十百]{2,4}))年(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?)?|(?:今年|去年|明年|前年|同年)\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]|[今昨明本][（(]\d{1,2}[）)][日月]/gu;
  if (d.months.length === 0) return null;
  const m = `(?:${alt(d.months)})`;
  const parts = [
    `${L}${DAY}\\.?\\s+(?:de\\s+)?${m}(?:\\s+(?:de\\s+)?${YEAR})?${R}`, // 9 июля 2024, 7. Juni 2015, 15 de octubre de 2023
    `${L}${m}\\s+${YEAR}${R}`, // Juni 2015, septembre 2009
  ];
  return new RegExp(parts.join("|"), "giu");
}

const words = (list: string[], unspaced: boolean, flags = "iu"): RegExp | null =>
  list.length ? new RegExp(unspaced ? `(?:${alt(list)})` : `${L}(?:${alt(list)})${R}`, flags) : null;

function cueMap(d: LexiconData): ReadonlyMap<string, readonly Cue[]> {
  const map = new Map<string, Cue[]>();
  const put = (kind: CueKind, list: string[]): void => {
    for (const phrase of list) {
      const [head, ...rest] = phrase.toLowerCase().split(/\s+/);
      if (!head || !/\p{L}/u.test(head)) continue;
      map.set(head, [...(map.get(head) ?? []), { kind, rest, text: phrase }]);
    }
  };
  put("event", d.eventVerbs);
  put("time", d.timeWords);
  put("comparative", d.comparatives);
  put("number", d.numberWords);
  put("month", d.months);
  put("ordinal", d.ordinalWords);
  return map;
}

function compile(d: LexiconData): LanguageLexicon {
  const unspaced = d.language === "zh";
  const digits = unspaced ? "(?:\\d[\\d,.]*|[一二两兩三四五六七八九十百千万萬亿億]+)" : `${L}\\d[\\d\\s.,]*`;
  // A Chinese numeral that counts ("二十", "三百", "五"; not "一", an article, nor a year read digit by digit, "一九九四").
  // ("十餘位", "300多年": about so many.)
  const counted =
    "(?<![〇零一二两兩三四五六七八九十百千万萬])(?:[一二两兩三四五六七八九]?[十百千万萬][一二两兩三四五六七八九十]*|[二两兩三四五六七八九])[多餘余]?";
  // A number in words counts too when a unit follows it ("до трёх лет", "zwölf Prozent").
  const number = d.numberWords.length && !unspaced ? `(?:${digits}|${L}(?:${alt(d.numberWords)}))` : digits;
  const units = alt(d.quantityWords);
  // Bodies and places, and the titles that end a person's name: both name an agent.
  const agents = [...d.agentSuffixes, ...(d.personTitles ?? [])];
  // Months are written in lower case in Russian, French and Spanish, so "Mars" the planet is
  // not "mars" the month; German capitalises them.
  const months = d.language === "de" ? d.months.map((m) => m[0]!.toUpperCase() + m.slice(1)) : d.months;
  return {
    language: d.language,
    provenance: d.provenance,
    unspaced,
    reportingVerbs: new Set(d.reportingVerbs),
    reportingVerbList: [...new Set(d.reportingVerbs)],
    accordingTo: d.accordingTo.length ? new RegExp(`${unspaced ? "" : L}(?:${alt(d.accordingTo)})${unspaced ? "" : R}`, "iu") : null,
    officeNouns: new Set([...d.officeNouns, ...d.kinshipNouns]),
    date: datePattern(d),
    // "an 11-year lull", "ein 20-Tonnen-Lkw": a hyphen may join the number to its unit.
    quantity: new RegExp(
      `${number}(?:\\s*|-)(?:${units})${unspaced ? "" : R}|[$€£¥]\\s?\\d${d.counters?.length ? `|(?:\\d[\\d,.]*[多餘余]?|${counted})(?:${alt(d.counters)})|${FRACTION}` : ""}`,
      "giu",
    ),
    numberWord: d.numberWords.length && !unspaced ? new RegExp(`${L}(?:${alt(d.numberWords)})${R}`, "giu") : null,
    ordinal: new RegExp(d.ordinalPattern, "giu"),
    eventVerb: d.eventVerbs.length ? new RegExp(unspaced ? alt(d.eventVerbs) : `${L}(?:${alt(d.eventVerbs)})${R}`, "iu") : null,
    // A name starts after a preposition, a conjunction, punctuation or another script: "在日内瓦市" gives "日内瓦市" (in either script).
    // (A person's title alone names an agent too, as "the president" does in English: "總統說"; and so does an acronym in Latin
    // letters, as it would in English: "IC", "APEC", "MVP".)
    agentName: d.agentSuffixes.length
      ? new RegExp(
          `(?<=^|[^\\p{Script=Han}]|[在于於从從到自和与與及的对對向由被把给給往達达])(?![在于於从從到自和与與及的对對向由被把给給往達达])(?:[\\p{Script=Han}]{1,6}?(?:${alt(agents)})${d.personTitles?.length ? `|(?:${alt(d.personTitles)})` : ""})${unspaced ? `|${ACRONYM}` : ""}`,
          "gu",
        )
      : null,
    agentSuffix: d.agentSuffixes.length ? new RegExp(`${alt(agents)}${unspaced ? `|${ACRONYM}` : ""}`, "u") : null,
    monthName: unspaced || d.months.length === 0 ? null : new RegExp(`(?:${alt(d.months)})`, "iu"),
    monthAlone: months.length ? new RegExp(`${L}(?:${alt(months)})${R}`, "u") : null,
    timeWord: d.clockPattern ? new RegExp(`(?:${alt(d.timeWords)})|${d.clockPattern}`, "iu") : words(d.timeWords, unspaced),
    comparative: words(d.comparatives, unspaced),
    cues: unspaced ? new Map() : cueMap(d),
    unspacedCues: unspaced ? unspacedCues(d, agents, ACRONYM) : null,
    lowerCaseMonths: d.language === "ru" || d.language === "fr" || d.language === "es",
    prepositions: new Set(d.prepositions),
    determiners: new Set(d.determiners),
    quoteTags: new Set(d.quoteTags),
    subjectDrop: d.subjectDrop === true,
    pronouns: new Set(Object.values(d.pronouns).flat()),
    titleHead: d.titleHeads?.length ? new RegExp(`(?:${alt(d.titleHeads)})$`, "u") : null,
    reportedSpeech: d.reportedSpeech?.length ? new RegExp(`${L}(?:${alt(d.reportedSpeech)})${R}`, "u") : null,
    // ("「文化治理4.0」為願景": also after "為", "as".)
    titleFollower: d.titleFollowers?.length ? new RegExp(`^(?:的|為|为|作為|作为)?(?:${alt(d.titleFollowers)})`, "u") : null,
    titleHeadWithin: d.titleHeads?.length ? new RegExp(alt(d.titleHeads.filter((w) => w.length >= 2)), "u") : null,
    // (A comma, a colon or "是" may stand between: "加油標語，是「振臂翱翔」", "校訓：「…」".)
    titlePreceder: d.titlePreceders?.length ? new RegExp(`(?:${alt(d.titlePreceders)})(?:分別|分别)?[，,：:是為为叫─—]{0,3}$`, "u") : null,
    verbBlockers: new Set(d.verbBlockers ?? []),
    personTitleEnd: d.personTitles?.length ? new RegExp(`(?:${alt(d.personTitles)})$`, "u") : null,
    personNameEnd: d.surnames?.length ? new RegExp(`(?:[${d.surnames.join("")}][\\p{Script=Han}]{1,2}|${alt(d.personTitles ?? [])})$`, "u") : null,
    titledPerson: d.surnames?.length && d.personTitles?.length ? new RegExp(`(?:${alt(d.personTitles)})[${d.surnames.join("")}][\\p{Script=Han}]`, "u") : null,
    personNameStart: d.surnames?.length ? new RegExp(`^[\\p{Script=Han}]{0,4}?[${d.surnames.join("")}][\\p{Script=Han}]{2}`, "u") : null,
    // A person's name right at the start: a family name and one or two characters up to a delimiter or a particle, or a
    // transliterated name with its middle dot ("林韡勳則…", "賴倍元，", "札達夫‧佩揚").
    personNameAt: d.surnames?.length
      ? new RegExp(
          `^(?:[${d.surnames.join("")}][\\p{Script=Han}]{1,2}(?=[^\\p{Script=Han}]|[及和與与等則则也以的在於于將将]|$)|[\\p{Script=Han}]{1,6}[‧・·˙•][\\p{Script=Han}])`,
          "u",
        )
      : null,
    sayingBefore: d.sayingNouns?.length ? new RegExp(`(的(?:${alt(d.sayingNouns)}))[^，,。！？!?「」『』“”\n]{0,8}[：:]?\s*$`, "u") : null,
  };
}

const compiled = new Map<string, LanguageLexicon>();
/** By the tag exactly as given: this is asked once per unit, and the tag rarely varies. */
const byTag = new Map<string, LanguageLexicon>();

/** The lexicon of a BCP 47 tag's primary language; English for languages without one. */
export function lexiconFor(language: string): LanguageLexicon {
  let lex = byTag.get(language);
  if (!lex) {
    lex = compiledFor(language);
    if (byTag.size > 64) byTag.clear();
    byTag.set(language, lex);
  }
  return lex;
}

function compiledFor(language: string): LanguageLexicon {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? "en";
  const key = primary in DATA ? primary : "en";
  let lex = compiled.get(key);
  if (!lex) {
    lex = compile(DATA[key]!);
    compiled.set(key, lex);
  }
  return lex;
}

/** First words of every spaced language's cue phrases: a word outside it starts no cue. */
export const ALL_CUE_HEADS: ReadonlySet<string> = new Set(
  Object.values(DATA)
    .filter((d) => d.language !== "zh")
    .flatMap((d) => [...cueMap(d).keys()]),
);
