// Patterns read from round 52 of the development corpus (issue 14: `dev52`, English Wikinews from AMALGUM), each in a
// made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 52: English kinds", () => {
  test('a name after a naming word may open on an article ("then known as \\"the Cranberry Saw Us\\"")', () => {
    expect(quote('She joined the band, then known as "the Cranberry Saw Us", as a teenager.', "en", "the Cranberry").kind).toBe("title");
  });
  test("a few lower-case words ending the author's sentence keep its full stop inside the marks: a term, not a quoted sentence", () => {
    expect(quote('The country also banned "homosexual propaganda." The law means gays could be jailed.', "en", "homosexual").kind).toBe("scare");
    // A verb of speech before them still makes them someone's words.
    expect(quote('The minister said it was "totally unacceptable." Then he left.', "en", "totally").kind).toBe("speech");
  });
});

describe("round 52: Chinese kinds and speakers", () => {
  test.each([
    // A nickname right before the person's name.
    ["另一方面，「果醬男孩」林韡勳則以創新的果醬產品贏得冠軍。", "果醬男孩"],
    ["本屆得主「印度森林之子」札達夫‧佩揚、「臺灣樹王」賴倍元，長期努力種樹。", "印度森林之子"],
    ["本屆得主「印度森林之子」札達夫‧佩揚、「臺灣樹王」賴倍元，長期努力種樹。", "臺灣樹王"],
    // The work someone won with; a name opening a noun phrase that ends on an event's head word, even in the first person.
    ["來自建興國中的吳同學以「阮兜的魔術師」榮獲國中組第一名。", "阮兜的魔術師"],
    ["教育局日前辦理113學年度「我詩故我在」本土語新詩創作競賽。", "我詩故我在"],
    // A medal; names listed and counted with "三大…"; a name "as" the vision.
    ["總統頒發「全球熱愛生命獎章」給兩位得主。", "全球熱愛生命獎章"],
    ["未來施政將以「傳統深化」、「文化教育」、「創新應用」三大主軸作為策略方向。", "傳統深化"],
    ["而未來施政將以「文化治理4.0」為願景。", "文化治理4.0"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test.each([
    // "就像X說的" (just as X said): X, without "just as".
    ["總統說，政府將持續努力。就像國安會諮詢委員林良蓉日前所提到的：「臺灣可以成為良善的力量。」", "臺灣可以", "國安會諮詢委員林良蓉"],
    // "詩中寫道" (the poem says) names nobody: the one writing it does.
    ["吳同學表示很開心。她以活潑語言描繪校園風光，詩中寫道：「笑聲攏充滿」，展現對學校的熱愛。", "笑聲攏充滿", "吳同學"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});
