// PURE: the analyser's signal codes ("checkable:agent:New Zealand", "marker:however") as sentences a
// fact-checker reads ("Names an agent: New Zealand"). The codes stay the analyser's vocabulary (tests,
// benches, the API); this is only how the claim card says them. An unknown code reads as itself.

/** Families whose code is `family:value`: the sentence for a value, said once per value. */
const WITH_VALUE: Record<string, (value: string) => string> = {
  "checkable:agent": (v) => `Names an agent: ${v}`,
  "checkable:name": (v) => `Names a person, place or organisation: ${v}`,
  "checkable:date": (v) => (isFullDate(v) ? `Gives a full date: ${v}` : `Gives a date: ${v}`),
  "checkable:time": (v) => `Refers to a time: “${v}”`,
  "checkable:event": (v) => `Reports an event (“${v}”)`,
  "checkable:number": (v) => `Contains a number: ${v}`,
  "checkable:ordinal": (v) => `Contains an ordinal: ${v}`,
  "checkable:quantity": (v) => `Gives a quantity: ${v}`,
  evaluative: (v) => `Uses evaluative wording: “${words(v)}”`,
  "evaluative-mild": (v) => `Uses mildly evaluative wording: “${words(v)}”`,
  "reporting-verb": (v) => `Reports speech with “${v}”`,
  "speech-noun": (v) => `Mentions a speech or statement (“${v}”)`,
  saying: (v) => `Quotes someone’s saying (“${v}”)`,
  verb: (v) => `Uses the verb “${v}”`,
  boilerplate: (v) => `Looks like boilerplate (${words(v)})`,
};

/** Codes with a fixed sentence. */
const FIXED: Record<string, string> = {
  "checkable:attribution": "Attributes words or a position to someone",
  "checkable:comparative": "Makes a comparison",
  "checkable:dated-event": "Ties an event to a date",
  "checkable:dated-statement": "Says who said something and when",
  "checkable:event-agent": "Reports an event and who did it",
  "checkable:hortatory": "Calls for action (a demand, not a checkable fact)",
  "checkable:question": "Is a question, not a statement",
  "checkable:repeat-count": "Counts how often something happened",
  "checkable:role": "Names someone by office or role",
  "citation:named": "Cites a named document",
  "citation:quoted-title": "Cites a document by its quoted title",
  "citation:dated-event": "Cites a dated event",
  "evaluative:exclamation": "Ends with an exclamation mark",
  "evaluative:it-is-obvious-that": "Asserts something is obvious (“it is obvious that”)",
  "evaluative:should-must": "Says what should or must happen",
  "evidence:speech": "Reports what someone said",
  "evidence:cited-document": "Quotes or cites a document",
  "evidence:attribution": "Is attributed to a source",
  "evidence:illustrates": "Gives an example",
  "evidence:examples-of": "Gives examples",
  "premise:reason-clause": "Gives a reason (“because”, “since”)",
  "premise:concession": "Concedes a point before arguing against it",
  "quote:scare": "Puts a word in scare quotes",
  "quote:title": "Quotes a title",
  "quote:speech": "Quotes speech",
  "role:attribution": "Says who is speaking",
  "segment:sentence": "Is a whole sentence",
  "segment:clause": "Is one clause of a longer sentence",
  "segment:quote": "Is a quotation",
  "speaker:first-named": "Speaker: the first person named nearby",
  "speaker:only-named": "Speaker: the only person named nearby",
  "speaker:owner-of-speech": "Speaker: whoever the speech belongs to (“Putin’s speech”)",
  "speaker:previous-sentence": "Speaker: named in the previous sentence",
  "speaker:subject-of-verb": "Speaker: the subject of the reporting verb",
  "speaker:according-to": "Speaker: named by “according to”",
  "speaker:after-quote": "Speaker: named right after the quote",
  "speaker:after-verb": "Speaker: named after the reporting verb",
  "speaker:continued": "Continues the previous speaker’s quote",
  "speaker:quoting": "Speaker: the source another source quotes (“according to A, quoting B”)",
  "speaker:dash-source": "Speaker: named after a dash at the end of the quote",
  "speaker:inside-quote": "Speaker: named between dashes inside the quotation marks",
  "speaker:quoted-name": "Speaker: a name in quotation marks after the quote (a newspaper, an agency)",
  "speaker:relative-clause": "Speaker: the person a “who …” clause describes",
  "speaker:described": "Speaker: described, not named (“according to the mayor”)",
  "speaker:passive-agent": "Speaker: the agent of a passive verb of speech (“acusado por la oposición de «…»”)",
  "speaker:sentence-subject": "Speaker: the subject that opens the sentence",
  "speaker:paragraph-subject": "Speaker: the person the paragraph opens by quoting (“X said, …”)",
  "speaker:last-reporter": "Speaker: the person an earlier sentence of the paragraph reports (“X said, …”)",
  "speaker:saying-of": "Speaker: whose saying is quoted (“Churchill’s words: …”)",
  "speaker:colon-subject": "Speaker: the subject of the sentence that leads into the quote with a colon",
  "speaker:reported-subject": "Speaker: the person the pronoun after “X said,” stands for",
  "speaker:named-before": "Speaker: the person named right before the quote, no verb between (“… Master Chen “…””)",
  "speaker:clause-subject":
    "Speaker: the person who opens the clause of time or place before the verb of speech (“… when X met them, said”, “X, in an address, called for”)",
  "speaker:pronoun-reporter": "Speaker: the person the paragraph before reports (“X said, …”), whom the pronoun stands for",
  "speaker:document":
    "Speaker: the law, charter, declaration or classic whose words are quoted (“Article 10 of the Constitution “…””, “the Declaration states: “…””)",
  "speaker:release-subject": "Speaker: the person the press release opens on, since nothing near the quotation names another",
  "speaker:turn": "Speaker: whose turn it is in an interview or dialogue (“Q: … President: …”)",
  "speaker:cited":
    "Speaker: the one whose words the speaker quotes (“he quoted Eisenhower’s words: “…””, “as X wrote, “…””); the source does not go on speaking",
  "speaker:group": "Speaker: the people the text listed last, whom a plural pronoun stands for (“A, B and C … They called for “…””)",
  "speaker:report-author": "Speaker: the one who gave the report or speech the words are quoted from (“X’s report … the report says “…””)",
  "speaker:said-by": "Speaker: named by “it was said by” (“hieß es von …”)",
  "speaker:view-of": "Speaker: whose view it is (“for X, …”, “pour X, …”)",
  "speaker:spokesperson-of": "Speaker: the body a spokesperson speaks for (“a spokesman for the ministry”)",
  "speaker:paragraph-topic": "Speaker: the person the paragraph opens on, whom the pronoun stands for",
  "speaker:relayed-words": "Speaker: whose words another person repeats (“X repeated the words of Y: …”)",
  "structure:heading": "Is a heading",
  "structure:lede-repeats": "Repeats the opening paragraph",
  "suggest:OPINION": "Reads as opinion, so the analyser suggests the verdict Opinion",
};

const QUOTE_KIND: Record<string, string> = {
  introduced: "Quotes words introduced by a reporting verb",
  attributed: "Quotes words attributed to someone",
  "spoken-form": "Quotes words in the form of speech: addressed to “you” or “everyone”, or ending on an exclamation (“「大家辛苦了」”)",
  sentence: "Quotes a whole sentence",
  fragment: "Quotes a fragment of speech",
  slogan: "Quotes a slogan, principle or motto someone puts forward (“提出「積極管理‧有效開放」”, “「文化興國」理念”)",
  article: "Quotes the words of a law’s or a charter’s article named right before them (“憲法第十條第六項「…」”)",
  short: "Quotes a short phrase",
  "title-case": "Quotes a title",
  "proper-name": "Quotes a name",
  "document-noun": "Quotes a document’s name",
  "cited-headline": "Quotes a headline",
  named: "Quotes a name right after a word that names it (“called”, “the newspaper”)",
  addressee: "Quotes the name of whom it was said to (“told «Izvestia»”)",
  "cited-source": "Quotes the name of the source the sentence cites (“reports «Deutsche Welle»”)",
  "list-of-names": "Quotes one of several names listed together",
  "title-marks": "Quotes a title in title marks",
  coordinated: "Quotes words joined to the speaker’s quote before it",
  "coordinated-title": "Quotes a title listed with the title before it",
  predicate: "Quotes what someone said about someone",
  "so-called": "Quotes words the author keeps at a distance (“so-called”)",
  "office-of": "Quotes the name of the body an office belongs to (“manager of «Blues» Doug Armstrong”)",
  "named-before": "Quotes a shortened form of a title quoted before",
  "repeated-name": "Quotes a short name the text quotes again and again (“「識正書簡」” all through a speech)",
  "named-thing": "Quotes a name by its last word or the noun after it (“…Foundation”, “「…」 delegation”)",
  "embedded-name": "Quotes a name the sentence runs through (“觀賞「…」性能展示”): no clause of its own, no verb introducing it",
  charge: "Quotes the name of a legal charge (“mis en examen pour « recel … »”)",
  split: "Quotes the first half of a quotation broken by a word or two (“«Si nos tocan en» semis «tampoco pasa nada»”)",
};

const MARKER: Record<string, string> = {
  but: "Contrasts with what came before",
  however: "Contrasts with what came before",
  nevertheless: "Contrasts with what came before",
  despite: "Argues despite something",
  since: "Gives a reason",
  because: "Gives a reason",
  therefore: "Draws a conclusion",
  thus: "Draws a conclusion",
  "this-confirms": "Says something confirms it",
};

const RESOLVED_SPEAKER: Record<string, string> = {
  pronoun: "“he”/“she” refers to",
  "dropped-subject": "the verb’s unnamed subject (“Estimó que …”) is",
  possessive: "the owner of “su” (“A su juicio, …”) is",
  latter: "“the latter” (“ce dernier”) is the person named last,",
  "split-quote": "the speaker of the quotation’s second half is",
  surname: "the surname refers to",
  office: "the office refers to",
  body: "the organisation refers to",
};

/** One sentence for one signal code. */
export function explainSignal(code: string): string {
  const fixed = FIXED[code];
  if (fixed) return fixed;
  const arrow = /^speaker:([a-z-]+)→(.+)$/u.exec(code);
  if (arrow) return `Speaker: ${RESOLVED_SPEAKER[arrow[1]!] ?? "resolved to"} ${arrow[2]!.trim()}`;
  const [family, ...rest] = code.split(":");
  const value = rest.join(":");
  if (!family || !value) return code;
  if (family === "checkable" || family === "citation") {
    const [sub, ...tail] = value.split(":");
    const say = WITH_VALUE[`${family}:${sub}`];
    if (say && tail.length > 0) return say(tail.join(":"));
    return code;
  }
  if (family === "quote-kind" || family === "evidence") {
    const kind = QUOTE_KIND[value];
    if (kind) return kind;
    if (family === "evidence") return `Introduces evidence (“${words(value)}”)`;
    return code;
  }
  if (family === "marker") {
    const base = value.split("-")[0]!;
    return `${MARKER[value] ?? MARKER[base] ?? "Uses the connective"} (“${words(value)}”)`;
  }
  if (family === "premise" && value.startsWith("before-")) return `Gives a reason for the next claim (“${words(value.slice(7))}”)`;
  const say = WITH_VALUE[family];
  return say ? say(value) : code;
}

/** The sentences for a unit's signals, in the analyser's order, each said once. */
export function explainSignals(codes: readonly string[]): string[] {
  return [...new Set(codes.map(explainSignal))];
}

function words(value: string): string {
  return value.replace(/-/g, " ");
}

/** A day, a month and a year ("July 10, 2024", "10 July 2024", "2024-07-10", "2024年7月9日"). */
function isFullDate(value: string): boolean {
  const digits = value.match(/\d+/g) ?? [];
  const hasYear = digits.some((d) => d.length === 4);
  if (!hasYear) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/u.test(value)) return true;
  const hasDay = digits.some((d) => d.length <= 2);
  const hasMonthWord = /\p{L}{3,}/u.test(value);
  return hasDay && hasMonthWord;
}
