// Patterns read from round 60 of the development corpus (issue 14: `dev60`, Tainan City Council 2021 and Presidential Office
// 2024–2025 releases), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { unitHolding } from "./pattern-helpers";

test.each([
  // A person's title alone names an agent, as "the president" does in English, and an acronym in Latin letters is a name, as
  // it would be in English: the same sentence scores alike in both languages.
  ["總統指出，臺灣第一座IC設計海外訓練基地將落腳在布拉格。", "第一座", "The president said the first IC design training base will be in Prague."],
  ["總統表示，曾頌恩是去年台灣大賽的MVP。", "MVP", "The president said Tseng was the MVP of last year's series."],
])("%s", (zh, words, en) => {
  expect(unitHolding(zh, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  expect(unitHolding(en, "president", "en").checkworthy).toBeGreaterThanOrEqual(0.5);
});
