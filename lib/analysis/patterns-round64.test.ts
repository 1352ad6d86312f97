// Patterns read from round 64 of the development corpus (issue 14: `dev64`, Tainan City Government 2023–2024 releases), each in
// a made-up text of the same shape.
import { expect, test } from "vitest";
import { quote } from "./pattern-helpers";

test.each([
  // "X最常勉勵Y的一句話": the subject of the verb of speech inside the owner of a saying.
  ["祝福她心想事成。黃偉哲市長最常勉勵臺南子弟的一句話：「不要有壓力，拿冠軍就好。」勉勵她平常心。", "不要有", "黃偉哲市長"],
  // 大聲, 齊聲, 一同 (aloud, together) are adverbs between the subject and the verb.
  ["最後，孩子們大聲說出「您辛苦了！」，爸爸們也很感動。", "您辛苦", "孩子們"],
])("%s", (text, words, speaker) => {
  expect(quote(text, "zh", words).speaker).toBe(speaker);
});
