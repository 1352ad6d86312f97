// Patterns read from round 104 of the development corpus (issue 14: `dev104`, Presidential Office 2015 and 2019 releases), each
// in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes } from "./pattern-helpers";

describe("round 104: names of bodies, events and measures", () => {
  test.each([
    // An acronym in parentheses after a quotation names a body or an event.
    ["總統今日接見「美國貿易代表署」（USTR）副貿易代表。", "美國貿易代表署"],
    ["美方邀請我方參與「環太平洋聯合演練」（RIMPAC），強化交流。", "環太平洋"],
    ["總統說，「跨太平洋夥伴」（CPTPP）的重要性日增。", "跨太平洋"],
    // Heads of names: a training camp, a statement, a week, a union.
    ["今年8月臺美更共同辦理「MERS檢驗診斷國際研習營」，擴大合作。", "MERS"],
    ["委員聯署發表「支持臺美進一步強化貿易關係聲明」，支持我方。", "支持臺美"],
    ["總統說，再過不久，「國家清潔週」也將要開始啟動。", "國家清潔週"],
    ["總統指出，「全國環保公務機關總工會」在這期間也提供了協助。", "全國環保"],
    // What something is named (命名為「…」) and its subtitle (副標「…」).
    ["副總統說，本次特展定名「府城百年看見你」，以示紀念。", "府城百年"],
    ["副總統說，特展的副標「請告訴我你看見什麼」，則是期盼參觀的人自由觀看。", "請告訴我"],
    // Parallel phrases counted as measures ("5大福利措施") name them; counted as principles they stay a slogan (below).
    ["總統表示，政府提出「好穿、好行、好洗、好住、好安全」5大福利措施，照顧清潔隊員。", "好穿"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test("a slogan counted as principles stays the words of whoever holds them", () => {
    expect(quote("阿扁說，中國不接受以「主權、民主、和平、對等」四大原則作為前提。", "zh", "主權").kind).toBe("speech");
  });
});

describe("round 104: speakers", () => {
  test("a sequence word with no subject (隨後致詞表示) goes on with the one the paragraph opens on", () => {
    const text = "總統抵達後，首先觀賞學生走秀。隨後致詞表示，今天來臺南跟清潔隊員一起參加活動，大家才能有乾淨的生活空間，「每一位清潔隊員，都是城市的英雄」。";
    expect(quote(text, "zh", "每一位").speaker).toBe("總統");
  });
  test("a place after a quoted name (「…」（APEC）會議上) is where the one before 在 spoke", () => {
    const text = "總統進一步指出，美國總統歐巴馬在去年的「亞太經濟合作會議」（APEC）會議上提到臺灣為「生氣蓬勃的民主」；此外如此。";
    expect(quote(text, "zh", "生氣蓬勃").speaker).toBe("美國總統歐巴馬");
  });
});

describe("round 104: parts of a named list; an instruction's words", () => {
  test("each part of a list a title names is that title again", () => {
    const text = "總統提出「好穿、好行、好洗、好住、好安全」5大福利措施。總統提到，現在「好穿」的制服、以及「好安全」的防護裝備，已陸續送達。";
    const kinds = quotes(text, "zh").map((q) => q.kind);
    expect(kinds).toEqual(["title", "title", "title"]);
  });
  test("one phrase given as an instruction (「…」的指示) is the words of the one who gave it", () => {
    const q = quote("總統說，國軍的任務就是，達成我一再下達的，「務實建軍備戰」的指示。", "zh", "務實建軍備戰");
    expect(q.kind).toBe("speech");
  });
});

test("round 104: the spirit of one who upholds a phrase (秉持「…」的精神) is that one's words", () => {
  const q = quote("副總統說，本次特展秉持「人民的總統府」的精神，歡迎民眾參觀。", "zh", "人民的總統府");
  expect(q.kind).toBe("speech");
  expect(q.signals).toContain("quote-kind:slogan");
});

test.each([
  // Heads of names a president's releases use (lexicons/zh.json titleHeads): newspapers, teams, lantern festivals, curricula,
  // treaties' and communiqués' words, ships and aircraft, missiles, battles, hospitals, institutes, white papers, films.
  ["總統說，「紐約時報」也報導了這件事。", "紐約時報"],
  ["總統說，他很期待「2019台灣燈會」。", "2019台灣燈會"],
  ["總統說，他很重視「天弓三型飛彈」。", "天弓三型飛彈"],
  ["總統說，他很掛念「廣大興28號」。", "廣大興28號"],
  ["政府發表「國防報告書」，說明國防政策。", "國防報告書"],
])("round 104: a name by its head word: %s", (text, words) => {
  expect(quote(text, "zh", words).kind).toBe("title");
});
