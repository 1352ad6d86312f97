// Patterns read from rounds 100 and 102 of the development corpus (issue 14: `dev100`, Presidential Office 2009, 2011 and 2014
// releases; `dev102`, 2015, 2016, 2018 and 2020), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes } from "./pattern-helpers";

describe("round 100: speakers nothing around the quotation names", () => {
  test("a release in the first person: the one the release opens on", () => {
    const text =
      "為「新海軍啟航」紀念碑揭牌\n\n蔡英文總統今日上午視察海軍司令部，並為紀念碑揭牌。\n\n就任後，第一次到蘇澳海軍基地時，我曾經向在場官兵宣示：「我跟你們在同一條船上」。";
    const q = quote(text, "zh", "我跟你們");
    expect(q.speaker).toBe("蔡英文總統");
    expect(q.signals).toContain("speaker:release-subject");
  });
  test("an interview: the one whose turn it is (問…：…？總統：…)", () => {
    const text = "總統接受專訪\n\n問8：您想要為臺灣留下什麼？總統：我對國家的規劃，第一個4年是要「撥亂反正、跟上世界」。";
    const q = quote(text, "zh", "撥亂反正");
    expect(q.speaker).toBe("總統");
    expect(q.signals).toContain("speaker:turn");
  });
  test("a question's turn names no speaker", () => {
    const text = "總統接受專訪\n\n總統：我們很好。問9：您怎麼看「撥亂反正、跟上世界」的說法？";
    expect(quote(text, "zh", "撥亂反正").signals).not.toContain("speaker:turn");
  });
  test("a document's words end with its quotation: later words in the sentence are not the document's", () => {
    const text =
      "總統說，第一是要建立國防，《孫子兵法》提到「上兵伐謀，其次伐交」，在國軍整體的精實戰力方面，因此建軍以我國目前的國力而言，應該是「小而精、小而強、小而巧」的精實戰力。";
    expect(quote(text, "zh", "上兵伐謀").speaker).toBe("孫子兵法");
    expect(quote(text, "zh", "小而精").speaker).toBe("總統");
    const speech =
      "晉任典禮\n\n馬英九總統今天主持將官晉任典禮。\n\n第一是要建立國防，《孫子兵法》提到「上兵伐謀，其次伐交」，在國軍整體的戰力方面，建軍以目前的國力而言，應該是「小而精、小而強」的精實戰力。";
    expect(quote(speech, "zh", "小而精").speaker).toBe("馬英九總統");
  });
});

describe("round 102: ideas, stances and roles; names past a gloss", () => {
  test.each([
    // A slogan before an idea's word (戰略, 構想) is still a slogan, not a name.
    ["總統說，我們要堅持「防衛固守、有效嚇阻」的戰略構想，利用有限的資源。", "防衛固守", "總統"],
    ["總統強調，國軍以「防衛固守、有效嚇阻」為最高戰略指導原則。", "防衛固守", "總統"],
    // One phrase held as a stance, a role or a statement (立場, 態度, 角色, 說法).
    ["總統說，他沒有堅守自己長期以來「一中各表」的立場。", "一中各表", "總統"],
    ["總統強調，我國也積極在國際社會上扮演「和平締造者」的角色。", "和平締造者", "總統"],
  ])("%s", (text, words, speaker) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("speech");
    expect(q.speaker).toBe(speaker);
  });
  test.each([
    // A magazine named before its gloss ("「時代」(Time)雜誌"), a command post (司令部).
    ["總統接受美國「時代」(Time)雜誌專訪。", "時代"],
    ["蔡英文總統今日上午視察「海軍司令部」，為紀念碑揭牌。", "海軍司令部"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
});

describe("round 102: words someone says or holds, named again", () => {
  test.each([
    // "X前天發表的「…」", "對於X講的「…」": the agent of the relative clause, after a topic marker and without a time word.
    ["隨後，總統針對馬前總統前天發表的「新三不」說法，對記者發表談話。", "新三不", "馬前總統"],
    ["她也要請問國民黨，對於馬前總統講的「新三不」，國民黨的態度如何？", "新三不", "馬前總統"],
    // The one who upholds a motto (秉持「…」) holds its words.
    ["總統指出，該校秉持「前瞻、創新、效能、卓越」的辦學理念，培育人才。", "前瞻", "該校"],
  ])("%s", (text, words, speaker) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("speech");
    expect(q.speaker).toBe(speaker);
  });
  test("a name repeated is still someone's words where a verb of saying puts it forward", () => {
    const text = "總統說，馬前總統提出了「新三不」。這個「新三不」的說法有問題。馬前總統在這個當下說出「新三不」，是一種讓步。";
    expect(quotes(text, "zh").map((q) => q.kind)).toEqual(["speech", "speech", "speech"]);
  });
});

describe("round 102: works, places and articles", () => {
  test.each([
    // A work someone wrote (撰寫「…」), a park, a school, a commemorative coin.
    ["總統說，蔣渭水並曾撰寫「臨床講義」，指出教育的問題。", "臨床講義"],
    ["總統說，他年輕時曾撰寫「台灣之夢」，影響深遠。", "台灣之夢"],
    ["他曾推動設立臺北市的「蔣渭水紀念公園」，以及其他活動。", "蔣渭水紀念公園"],
    ["在中研院的支持下，「臺灣人工智慧學校」也正在培育人才。", "臺灣人工智慧學校"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test("the words of an article named right before the quotation are speech", () => {
    const q = quote("總統說，立法院雖初審通過刪除《護照條例施行細則》第3條「不得擅自在護照封面加蓋圖戳」事，然外交部仍須處理。", "zh", "不得擅自");
    expect(q.kind).toBe("speech");
    expect(q.signals).toContain("quote-kind:article");
    expect(q.speaker).toBe("護照條例施行細則");
  });
});

describe("round 102: sayings and subjects", () => {
  test.each([
    // The subject of a verb of speech inside the run before "以「…」形容".
    ["總統表示，孫中山多次提及臺灣皆以「失地」形容。", "失地", "孫中山"],
    // A saying brought in with 以 ("以哈佛校長名言「…」期勉") is its owner's, and is no name set inside the clause.
    ["總統也以哈佛校長名言「歡迎男生女生加入受過教育者的行列」期勉畢業生。", "歡迎男生", "哈佛校長"],
    // A run opening on 向 (to) is whom the words are said to, not who says them.
    ["總統說，她要代表臺灣人民，向李前總統說一聲：「謝謝您。」", "謝謝您", "總統"],
  ])("%s", (text, words, speaker) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("speech");
    expect(q.speaker).toBe(speaker);
  });
});
