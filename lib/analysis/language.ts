// Language: given by the caller or guessed from the script of the first letters.
// Script is enough for what the analyser does with the language (choosing Intl.Segmenter
// rules and quote conventions); telling English from French needs no more here.

const SAMPLE = 20_000;

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["ru", /\p{Script=Cyrillic}/u],
  ["zh", /\p{Script=Han}/u],
  ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["ko", /\p{Script=Hangul}/u],
  ["ar", /\p{Script=Arabic}/u],
  ["he", /\p{Script=Hebrew}/u],
  ["el", /\p{Script=Greek}/u],
  ["en", /\p{Script=Latin}/u],
];

/** The BCP 47 tag of the dominant script in the text ("en" for Latin or no letters). */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  const sample = text.slice(0, SAMPLE);
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    // Fast path for ASCII: the common case, and regex tests per character are slow.
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) counts.set("en", (counts.get("en") ?? 0) + 1);
      continue;
    }
    if (!/\p{L}/u.test(ch)) continue;
    for (const [tag, re] of SCRIPTS) {
      if (re.test(ch)) {
        counts.set(tag, (counts.get(tag) ?? 0) + 1);
        break;
      }
    }
  }
  // Japanese text is mostly Han with some kana; any kana at all means Japanese.
  if ((counts.get("ja") ?? 0) > 0 && (counts.get("zh") ?? 0) > 0) return "ja";
  let best = "en";
  let bestCount = 0;
  for (const [tag, n] of counts) {
    if (n > bestCount) [best, bestCount] = [tag, n];
  }
  return best === "en" ? latinLanguage(sample) : best;
}

// Latin script is shared by English, German, French and Spanish: their most frequent
// function words tell them apart. Closed-class words only; English wins ties.
const FUNCTION_WORDS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ["en", new Set("the and of to in is that was for with".split(" "))],
  ["de", new Set("der die das und nicht ist mit den von zu".split(" "))],
  ["fr", new Set("le la les et des est une du dans pour".split(" "))],
  ["es", new Set("el los las y que del una por con para".split(" "))],
];

function latinLanguage(sample: string): string {
  const scores = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [tag, words] of FUNCTION_WORDS) if (words.has(m[0])) scores.set(tag, (scores.get(tag) ?? 0) + 1);
  }
  let best = "en";
  for (const [tag] of FUNCTION_WORDS) if ((scores.get(tag) ?? 0) > (scores.get(best) ?? 0)) best = tag;
  return best;
}

/** A usable language tag: the given one if Intl accepts it, else the detected one. */
export function resolveLanguage(text: string, given: string | undefined): string {
  if (given) {
    try {
      const [canonical] = Intl.getCanonicalLocales(given);
      if (canonical) return canonical;
    } catch {
      // An invalid tag from the caller must not make analyze() throw.
    }
  }
  return detectLanguage(text);
}

/** Whether the language writes without spaces, so word-based rules do not apply. */
export function isUnspaced(language: string): boolean {
  return /^(?:zh|ja|th|lo|km|my)\b/i.test(language);
}

const segmenters = new Map<string, Intl.Segmenter>();

// ONE segmenter per language is reused: constructing one costs far more than a segment call.
export function sentenceSegmenter(language: string): Intl.Segmenter {
  let seg = segmenters.get(language);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(language, { granularity: "sentence" });
    } catch {
      seg = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(language, seg);
  }
  return seg;
}
