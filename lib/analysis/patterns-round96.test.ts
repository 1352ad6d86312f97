// Patterns read from rounds 96 and 98 of the development corpus (issue 14: `dev96`, Presidential Office 2010, 2012 and 2013
// releases; `dev98`, 2004, 2006 and 2008), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

describe("round 96: a document speaks its words", () => {
  test.each([
    // A declaration or a charter named right before the verb (《…》指出：) says the words, not the one reported before it.
    ["教授發表報告。報告也提到環境的重要。《地球環境宣言》指出：「人類是環境的創造者」。", "人類是", "地球環境宣言"],
    // "《…》及國際慣例所主張的「…」": what the document holds.
    ["總統說，我們希望能貫徹《聯合國憲章》及國際慣例所主張的「以和平方式解決國際爭端」。", "以和平方式", "聯合國憲章"],
    // A classic taken as the example ("以…《…》為例，「…」") says the words after it.
    ["副總統說，以孔子所著《禮記》中的《禮運大同篇》為例，「故人不獨親其親」，是要大家敬老。", "故人不獨", "禮運大同篇"],
    // A law's name in 「」 ends on a document's word.
    ["部長表示，「國家安全法」規定：「人民入出境應經許可」。", "人民入出境", "國家安全法"],
  ])("%s", (text, words, speaker) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("speech");
    expect(q.speaker).toBe(speaker);
    expect(q.signals).toContain("speaker:document");
  });
  test("one who wrote in a book is not the book", () => {
    expect(quote("總統在《台灣之子》中說：「我要努力」。", "zh", "我要努力").speaker).toBe("總統");
  });
});

describe("round 96: the author of a report", () => {
  test("“the report says” is the one who gave the report, named before in the paragraph", () => {
    const text =
      "總統今天主持月會，並聽取林大明教授以「人權的開展」為題發表專題報告。林教授的專題報告論及人權的本質；報告中指出，發揮「人饑己饑」的精神，才能達到「民吾同胞，物吾同與」的境界。";
    const q = quote(text, "zh", "民吾同胞");
    expect(q.speaker).toBe("林教授");
    expect(q.signals).toContain("speaker:report-author");
  });
});

describe("round 96: slogans of parallel phrases are the words of whoever puts them forward", () => {
  test.each([
    ["阿扁在元旦文告中明確提出要以「積極管理‧有效開放」來因應兩岸關係的變化。", "積極管理", "阿扁"],
    ["總統說，國軍戰備絕不能放鬆，其戰略目標「防衛固守、有效嚇阻」亦未有任何改變。", "防衛固守", "總統"],
    ["總統指出，他上任後亦提出「藍色革命、海洋興國」理念。", "藍色革命", "總統"],
    // (Before round 96 these were titles: "named as a spirit or a value", "a principle".)
    ["業者表示，公司秉持「取之於社會，用之於社會」的精神，捐贈善款。", "取之於", "公司"],
    ["部長表示，雙方採取「低調、零意外」原則，推動交流。", "低調", "部長"],
  ])("%s", (text, words, speaker) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("speech");
    expect(q.signals).toContain("quote-kind:slogan");
    expect(q.speaker).toBe(speaker);
  });
  test.each([
    // A slogan that names an event or a contest, or a motto after the word for it, stays a title.
    ["市府推出「新化‧大目降」臺南經典小鎮攝影比賽。", "新化"],
    ["校長向學生闡述該校校訓：「敦品勵學、愛國愛人」。", "敦品"],
    ["市府舉辦「健康、樂活」計畫說明會。", "健康"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
});

describe("round 98: names that are no speaker", () => {
  test.each([
    // "比如說她曾經建議": "for example" opens the run; 她 is the subject.
    ["副總統表示，老人要更重視自己。比如說她曾經建議幼稚園可以成立「托老班」，讓老人有去處。", "托老班", "副總統"],
    // "與大家分享" is whom the words are shared with, not a subject.
    ["副總統也提出「三知權利」與大家分享，她期許，在「敬天、惜地、愛人」的宗旨下，發揮媒體的力量。", "敬天", "副總統"],
    // 題詞 (inscribed) is a verb of words written.
    ["總統指出，陳誠故副總統在蔣先生墓碑上題詞「革命先烈」，他則認為，實至名歸。", "革命先烈", "陳誠故副總統"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});

describe("round 98: ideas put forward, and treaties", () => {
  test.each([
    // One phrase held as an idea ("「…」理念", "「…」的觀念") is the holder's words.
    ["總統指出，他一向秉持「文化興國」理念，並認為文化最重要。", "文化興國", "總統"],
    // Words someone puts forward (提出「…」), however short, are theirs.
    ["阿扁在就職演說中提出「中道治國」，獲得好評。", "中道治國", "阿扁"],
  ])("%s", (text, words, speaker) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("speech");
    expect(q.speaker).toBe(speaker);
  });
  test.each([
    // What two countries sign (簽訂「…」) and a peace treaty or a parliament's short name are titles.
    ["1952年我國與日本簽訂「中日友好」，確定了上述文件的內容。", "中日友好"],
    ["總統說，這是一份「北約和約」。", "北約和約"],
    ["總統說，此事交給「歐洲議會」。", "歐洲議會"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
});

test("round 98: a half (一半) is a quantity, checkable like 三成", () => {
  const u = unitHolding("他說，尤其憲改與兩岸議題即佔了將近一半的篇幅。", "一半", "zh");
  expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
  expect(u.signals).toContain("checkable:quantity:一半");
});

describe("round 98: a copula before the pronoun, a so-called law", () => {
  test("“「…」是他自我的勉勵”: 是 before the pronoun is no part of the speaker", () => {
    const text = "陳總統表示，這篇演說很重要。至於演說中前幾句話「講誠信、存慈悲、大公無私」是他自我的勉勵；作為領導者，必須如此。";
    expect(quote(text, "zh", "講誠信").speaker).toBe("陳總統");
  });
  test("a law's name after 所謂 stays a title; a plan's is held at a distance", () => {
    expect(quote("去年三月中國人大通過所謂的「反分裂國家法」，授權軍隊。", "zh", "反分裂").kind).toBe("title");
    expect(quote("他說，所謂的「和平計畫」遭到雙方拒絕。", "zh", "和平計畫").kind).toBe("scare");
  });
});

test("round 96: an exercise, a ceremony or a reception is an event's name", () => {
  expect(quote("總統肯定國軍，尤其日前在金門所舉行的「萬安36號演習」，特別進行防疫演練。", "zh", "萬安").kind).toBe("title");
  expect(quote("總統今晚出席並致詞，他說「國慶酒會」的來賓很多。", "zh", "國慶酒會").kind).toBe("title");
});
