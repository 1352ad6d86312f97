// Patterns read from round 60 of the development corpus (issue 14: `dev60`, Tainan City Council 2021 and Presidential Office
// 2024–2025 releases), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

test.each([
  // A person's title alone names an agent, as "the president" does in English, and an acronym in Latin letters is a name, as
  // it would be in English: the same sentence scores alike in both languages.
  ["總統指出，臺灣第一座IC設計海外訓練基地將落腳在布拉格。", "第一座", "The president said the first IC design training base will be in Prague."],
  ["總統表示，曾頌恩是去年台灣大賽的MVP。", "MVP", "The president said Tseng was the MVP of last year's series."],
])("%s", (zh, words, en) => {
  expect(unitHolding(zh, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  expect(unitHolding(en, "president", "en").checkworthy).toBeGreaterThanOrEqual(0.5);
});

test.each([
  // A courtesy title after a name's parenthesis belongs to that name; "如" (as) opens none.
  ["總統表示，如捷克第一位民選總統哈維爾（Václav Havel）先生所說「自由的價值，就是我們的價值」。", "自由", "捷克第一位民選總統哈維爾"],
  // A Latin name with accents and a space; 曾言 reports words.
  ["如同捷克斯洛伐克第一任總統Tomáš Masaryk曾言：「人道主義是我們國家的歷史目標。」他相信這句話也適用。", "人道", "捷克斯洛伐克第一任總統Tomáš Masaryk"],
  // "套一句X常說的一句話": X, without "borrowing" or "often says".
  ["兄弟拿下3座總冠軍，套一句中華職棒大聯盟楊清瓏秘書長常說的一句話：「不簡單，真正不簡單！」", "不簡單", "中華職棒大聯盟楊清瓏秘書長"],
  // "實現了X所說的": the one named after a verb's "了".
  ["他認為執政團隊實際上也實現了教宗方濟各所說的「真正的權力是服務」。", "真正", "教宗方濟各"],
  // "另指出": another adverb between the subject and its verb.
  ["「缺水是否會影響到學生的營養午餐團膳」，蔡筱薇另指出，因應缺水，部分縣市有改變。", "缺水", "蔡筱薇"],
])("%s", (text, words, speaker) => {
  expect(quote(text, "zh", words).speaker).toBe(speaker);
});

test("以「…」這句話來形容: the one who describes with the words", () => {
  expect(quote("林領袖代表以「花若盛開，蝴蝶自來」這句話來形容，過去臺灣需要投入心力。", "zh", "花若盛開").speaker).toBe("林領袖代表");
});

test("words a colon leads into, with no verb of speech, are those of the subject the sentence opens on", () => {
  const text = "魏德聖導演致詞時，表達團隊開啟這項計畫的初衷：「我們在這片土地出生、長大。」";
  const q = quote(text, "zh", "我們");
  expect(q.speaker).toBe("魏德聖導演");
  expect(q.signals).toContain("speaker:colon-subject");
});
