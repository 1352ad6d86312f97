// Argumentative and evaluative vocabulary. General English only (see lexicon.ts).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Evaluative words: the author judging rather than reporting. Weight 1 = a clear
 * judgement ("rightly", "vile"); intensifiers and softer judgements are in MILD_EVALUATIVE.
 */
export const EVALUATIVE = set(`
  rightly wrongly justifiably unjustifiably justly unjustly fairly unfairly reasonably
  unreasonably obviously clearly evidently undoubtedly undeniably unquestionably
  certainly surely naturally expectedly predictably unsurprisingly regrettably sadly
  unfortunately fortunately shamefully disgracefully outrageously absurdly ridiculously
  cynically hypocritically recklessly convincingly brilliantly wisely foolishly
  vile infamous notorious malicious malignant shameful disgraceful outrageous absurd
  ridiculous scandalous despicable deplorable appalling atrocious abhorrent odious
  heinous monstrous sinister nefarious hypocritical cynical reckless irresponsible
  disastrous catastrophic glorious heroic brilliant magnificent excellent superb
  wonderful terrible horrible awful dreadful pathetic stupid foolish idiotic insane
  legitimate illegitimate fair unfair just unjust wise unwise noble evil wicked
  alleged purported so-called striking remarkable natural justified unjustified
  undeniable indisputable inevitable inevitably belligerent aggressive provocative`);

/** Intensifiers and hedges: they colour a judgement but are weak evidence alone. */
export const MILD_EVALUATIVE = set(`
  absolutely utterly totally completely extremely deeply highly strongly firmly
  resolutely unequivocally essentially quite truly really very desperately succinctly
  dangerous important significant serious severe grave profound adequate inadequate`);

/** Multi-word evaluative frames, matched on lower-cased text. Keys are signal names. */
export const EVALUATIVE_PHRASES: ReadonlyArray<readonly [string, RegExp]> = [
  ["it-is-obvious-that", /\bit is (?:obvious|clear|evident|self-evident|undeniable) that\b/],
  ["there-is-no-doubt", /\bthere (?:is|can be) no doubt\b/],
  ["of-course", /\bof course\b/],
  ["needless-to-say", /\bneedless to say\b/],
  ["it-is-worth", /\bit is worth (?:noting|mentioning|recalling)\b/],
  ["one-cannot-help", /\b(?:one|we) (?:could|can)(?:not| not) help but\b/],
  ["not-accidental", /\bnot (?:accidental|a coincidence|by chance)\b/],
  ["should-must", /\b(?:should|must|ought to) (?:be|have|not)\b/],
];

/** Sentence-initial or clause-initial words that give a reason (the clause is a premise). */
export const PREMISE_OPENERS = set(`since because as given considering`);

/** Mid-sentence reason markers: "X, because Y". */
export const PREMISE_MARKERS = set(`because since given for as`);

/** Conclusion markers: the sentence follows from what precedes it. */
export const CONCLUSION_MARKERS = set(`
  therefore thus hence consequently accordingly so`);

/** Contrast markers: the sentence argues against what precedes it. */
export const CONTRAST_MARKERS = set(`
  however but nevertheless nonetheless yet still despite although though whereas
  conversely`);

/** Verbs of an anaphoric "This (example) confirms/shows ..." that present a conclusion. */
export const CONFIRMING_VERBS = set(`
  confirms confirmed shows showed demonstrates demonstrated proves proved illustrates
  illustrated explains explained indicates indicated suggests`);

/** Phrases that present what follows as evidence: "as shown by", "according to". */
export const EVIDENCE_PHRASES: ReadonlyArray<readonly [string, RegExp]> = [
  ["as-shown-by", /\bas (?:shown|evidenced|demonstrated|confirmed|reported|noted) (?:by|in)\b/i],
  ["according-to", /\baccording to\b/i],
  ["for-example", /\b(?:for example|for instance|such as|e\.g\.)/i],
  ["examples-of", /\bexamples? of\b/i],
];

/**
 * Publisher boilerplate, recognised only in the last paragraphs (or very short lines),
 * because the same words mid-article are ordinary claims.
 */
export const BOILERPLATE_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ["established-in", /\b(?:was|were|is) (?:established|founded|created|launched) in \d{4}\b/i],
  ["named-after", /\bis named after\b/i],
  ["views-expressed", /\bviews expressed\b/i],
  ["rights-reserved", /\ball rights reserved\b|©|\(c\) \d{4}/i],
  ["first-published", /\b(?:first|originally) (?:published|appeared)\b/i],
  ["subscribe", /\b(?:subscribe|sign up|newsletter|follow us|share this|read more)\b/i],
  ["photo-credit", /^(?:photo|image|picture|source|credit)s?\s*:/i],
];
