import { describe, expect, test } from "vitest";
import { detectLanguage, resolveLanguage } from "./language";
import { rng } from "../../bench/rng";

describe("language", () => {
  test.each([
    ["The summit took place in July.", "en"],
    ["Президент заявил, что переговоры продолжатся.", "ru"],
    ["他说我们准备好了。", "zh"],
    ["東京で会議が開かれました。", "ja"],
    ["대통령이 말했다.", "ko"],
    ["Die Regierung hat mit der Opposition nicht verhandelt, und das ist neu.", "de"],
    ["Le ministre a signé la loi et les députés sont partis dans la nuit.", "fr"],
    ["El gobierno y los sindicatos firmaron el acuerdo que pone fin a la huelga.", "es"],
    ["", "en"],
    ["12345 !!!", "en"],
  ])("detects %j as %s", (text, tag) => {
    expect(detectLanguage(text)).toBe(tag);
  });

  test.each([
    ["en-GB", "en-GB"],
    ["not a tag!!", "ru"],
    [undefined, "ru"],
  ])("resolves the given tag %j", (given, expected) => {
    expect(resolveLanguage("Привет, мир.", given)).toBe(expected);
  });
});

// detectLanguage counts by hand what it once counted with a regex per character; the old
// code is kept here as the reference, on random mixes of scripts (ties, astral letters,
// lone surrogates, letters whose lower case is longer).
function reference(text: string): string {
  const scripts: Array<[string, RegExp]> = [
    ["ru", /\p{Script=Cyrillic}/u],
    ["zh", /\p{Script=Han}/u],
    ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
    ["ko", /\p{Script=Hangul}/u],
    ["ar", /\p{Script=Arabic}/u],
    ["he", /\p{Script=Hebrew}/u],
    ["el", /\p{Script=Greek}/u],
    ["en", /\p{Script=Latin}/u],
  ];
  const counts = new Map<string, number>();
  const sample = text.slice(0, 20_000);
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) counts.set("en", (counts.get("en") ?? 0) + 1);
      continue;
    }
    if (!/\p{L}/u.test(ch)) continue;
    for (const [tag, re] of scripts) {
      if (re.test(ch)) {
        counts.set(tag, (counts.get(tag) ?? 0) + 1);
        break;
      }
    }
  }
  if ((counts.get("ja") ?? 0) > 0 && (counts.get("zh") ?? 0) > 0) return "ja";
  let best = "en";
  let bestCount = 0;
  for (const [tag, n] of counts) if (n > bestCount) [best, bestCount] = [tag, n];
  if (best !== "en") return best;
  const fw: Array<[string, Set<string>]> = [
    ["en", new Set("the and of to in is that was for with".split(" "))],
    ["de", new Set("der die das und nicht ist mit den von zu".split(" "))],
    ["fr", new Set("le la les et des est une du dans pour".split(" "))],
    ["es", new Set("el los las y que del una por con para".split(" "))],
  ];
  const scores = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) for (const [tag, words] of fw) if (words.has(m[0])) scores.set(tag, (scores.get(tag) ?? 0) + 1);
  let latin = "en";
  for (const [tag] of fw) if ((scores.get(tag) ?? 0) > (scores.get(latin) ?? 0)) latin = tag;
  return latin;
}

test("detectLanguage answers as the per-character regex count did", () => {
  const pieces = [
    "the ",
    "der ",
    "und ",
    "la ",
    "les ",
    "que ",
    "y ",
    "é",
    "É",
    "İ",
    "д",
    "Ж",
    "中",
    "あ",
    "한",
    "ع",
    "ש",
    "λ",
    "𝐀",
    "𠀀",
    "\ud835",
    "\udc00",
    "1",
    " ",
    ",",
    "nicht ",
    "dans",
    "x",
  ];
  const r = rng(11);
  const wrong: string[] = [];
  for (let n = 0; n < 3000; n++) {
    let s = "";
    const len = Math.floor(r() * 12);
    for (let i = 0; i < len; i++) s += pieces[Math.floor(r() * pieces.length)];
    if (detectLanguage(s) !== reference(s)) wrong.push(s);
  }
  expect(wrong).toEqual([]);
});
