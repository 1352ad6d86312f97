import { describe, expect, test } from "vitest";
import { detectLanguage, resolveLanguage } from "./language";

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
