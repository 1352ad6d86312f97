// Patterns read from round 76 of the development corpus (issue 14: `dev76`, Presidential Office 2009–2011 and Tainan City
// Government 2020–2021 releases), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { analyze } from "./index";
import { quote } from "./pattern-helpers";

test.each([
  // The subject ends where an activity verb begins: "X主持…記者會時表示", "X出席…時表示" (with or without a comma before).
  ["今日全市新增3例，市長林大明主持防疫記者會時表示「病毒有時遠在天邊，有時近在眼前」，請大家小心。", "病毒", "市長林大明"],
  ["市長林大明出席開幕典禮時表示「這是最好的開始」，大家都很開心。", "這是最好", "市長林大明"],
  // A Latin full stop inside a parenthesis, Chinese right after it, ends no sentence.
  ["總統今天接見哈佛大學教授艾倫（Alan B. Smith, Jr.）博士時表示，政府將使台灣成為「和平的締造者」。", "和平", "總統"],
  // 籲 (appeals) is a verb of speech, as in a headline after the quotation.
  ["「病毒遠在天邊，近在眼前」　林大明籲做好防疫措施\n\n今天全市沒有新增病例。", "病毒遠在", "林大明"],
  // A person's name (and title) right before a quotation of speech, opening its clause or after a description's "的".
  ["影片中包括獲登錄為人間國寶的陳大村藝師「作品的責任感不可或缺」；年過七十的潘小雄藝師「如果多花一點功夫，這幅畫會不一樣」。", "作品", "陳大村藝師"],
  ["影片中包括獲登錄為人間國寶的陳大村藝師「作品的責任感不可或缺」；年過七十的潘小雄藝師「如果多花一點功夫，這幅畫會不一樣」。", "如果", "潘小雄藝師"],
])("%s", (text, words, speaker) => {
  const q = quote(text, "zh", words);
  expect(q.kind).toBe("speech");
  expect(q.speaker).toBe(speaker);
});

test("after a semicolon, a clause that runs on into the next quotation is that one's lead-in, not this one's attribution", () => {
  const text = "林大明藝師「作品要有責任感」；已故的陳小南藝師對畫稿設計的要求與專業「畫稿是基本」。";
  expect(quote(text, "zh", "作品").speaker).not.toBe("陳小南藝師");
  expect(quote(text, "zh", "畫稿是").speaker).toBe("陳小南藝師");
});

test("a name right before the quotation carries its own signal, and a verb's object is no such name", () => {
  expect(quote("年過七十的潘小雄藝師「如果多花一點功夫，這幅畫會不一樣」。", "zh", "如果").signals).toContain("speaker:named-before");
  expect(quote("我們也要感謝陳小明「一直以來的付出與努力」。", "zh", "一直").speaker).toBeNull();
});

test("a Latin abbreviation's full stop inside a parenthesis does not split the Chinese sentence", () => {
  const text = "總統接見艾倫（Alan B. Smith, Jr.）博士時表示，我們很高興。總統指出，合作很重要。";
  expect(analyze(text, { language: "zh" }).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
    "總統接見艾倫（Alan B. Smith, Jr.）博士時表示，我們很高興。",
    "總統指出，合作很重要。",
  ]);
});
