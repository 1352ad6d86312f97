// Patterns read from round 56 of the development corpus (issue 14: `dev56`, Tainan City Government 2021–2022 and Presidential
// Office 2014–2016 releases), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

describe("round 56: Chinese speakers", () => {
  const text =
    "美國國務院亞太副助卿董雲裳（Susan Thornton）去年5月演講時，肯定目前的雙邊關係處於最佳狀態，並稱我國是美國在東亞地區「至關重要的夥伴」（vital partner），並且強調「穩定處理兩岸關係是雙方能夠密切合作的重要成分」（important ingredient），顯見關係穩定。";
  test("a long office ending on a person's name opening the sentence is that person", () => {
    expect(quote(text, "zh", "至關重要").speaker).toBe("董雲裳");
  });
  test("a gloss in parentheses after a quotation names nobody", () => {
    expect(quote(text, "zh", "穩定處理").speaker).toBe("董雲裳");
  });
});

test.each([
  // "更接連表示": adverbs of sequence between the subject and the verb.
  ["雙方關係改善，美國白宮更接連表示「美國歡迎兩岸為降低緊張所採取的行動」。總統進一步指出，將持續努力。", "美國白宮"],
])("%s", (text, speaker) => {
  const words = /「(.{2})/u.exec(text)![1]!;
  expect(quote(text, "zh", words).speaker).toBe(speaker);
});

test.each([
  // Appointments and transfers are events with their agents.
  ["人事異動如下：  4、新竹縣警察局長吳敬田，調任台南市警察局主任秘書。", "調任"],
  ["總統指出，蕭領袖代表此行也與全球三大經濟體－美國、中國大陸及日本的領袖進行雙邊會談。", "會談"],
])("%s", (text, words) => {
  expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
});

test("a semicolon joins clauses with subjects of their own", () => {
  const text = "總統提到雙方合作密切；美國國務院亞太副助卿董雲裳（Susan Thornton）近日在智庫演講時，也提及各項合作，並表示我國是美國在東亞「至關重要之夥伴」。";
  expect(quote(text, "zh", "至關重要").speaker).toBe("董雲裳");
});
