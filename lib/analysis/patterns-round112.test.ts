// Patterns read from rounds 112 and 114 of the development corpus (issue 14: `dev112`, `dev114`, Presidential Office 2012, 2013,
// 2018 and 2019 releases), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 112: speakers", () => {
  test.each([
    // A time "years ago" before the name, and adverbs after it.
    ["總統指出，此外，3年前歐巴馬亦曾公開表示「臺灣是美國重要的夥伴」，可謂寫照。", "臺灣是美國", "歐巴馬"],
    // A plural pronoun: the people the paragraph listed last.
    ["李萬居、吳三連、郭雨新等人率先投入地方選舉，影響深遠。他們當時喊出「國會改革」、「解除戒嚴」，爭取自由。", "國會改革", "李萬居、吳三連、郭雨新等人"],
    // The one the press asked answers: "媒體亦問及總統…".
    ["總統出席活動。\n\n媒體亦問及總統昨日於推特上以簡體字表達中國宣布停發簽證為「戰略錯誤」。", "戰略錯誤", "總統"],
    // An author's book quoted from.
    ["我想引用高希均先生寫的《經濟學的世界》書中的一段話：「觀念是一切的根本，而教育點亮每個人。」", "觀念是一切", "高希均先生"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test("after a clause of purpose, 他 is the person the sentence before opens on, not the last one quoted", () => {
    const text =
      "總統說，美國前國務卿凱瑞曾公開表示「臺美關係堅定」，可謂寫照。總統也向訪賓說明我國漁業協議的成果。為解決我漁民前往東海捕魚遭干擾之問題，去年8月他即提出《東海和平倡議》，強調「主權無法分割，資源可以分享」理念，影響深遠。";
    expect(quote(text, "zh", "主權無法分割").speaker).toBe("總統");
  });
  test("a clause of time ending on 的時候 is no name: the pronoun before it speaks", () => {
    const text = "蔡英文總統今日出席茶會。\n\n總統提到，前陣子，她接受媒體專訪的時候說，臺灣是「堅韌之島」，大家都認同。";
    expect(quote(text, "zh", "堅韌之島").speaker).toBe("總統");
  });
  test("the one the press asked answers, when the paragraph opens on the question", () => {
    const text = "總統出席活動。\n\n有關媒體詢及總統對臺灣國際地位的看法，總統認為，很多人都認為臺灣是好夥伴，所以我們說「臺灣是世界的臺灣」也不為過。";
    expect(quote(text, "zh", "臺灣是世界").speaker).toBe("總統");
  });
  test("a conditional (若要…) names nobody: the release's subject speaks", () => {
    const text = "蔡英文總統今日接受專訪。\n\n總統回應，若要用兩個字形容臺灣，最貼切的字眼是「堅韌」，這是大家的共識。";
    expect(quote(text, "zh", "堅韌").speaker).not.toBe("若要用兩個字");
  });
});

describe("round 112: names of things", () => {
  test.each([
    // Head words: a movement, a trip, an aircraft type, a message, a zone, a routine.
    ["林獻堂以非武力方式，提倡「臺灣議會設置請願運動」，歷時14年。", "臺灣議會"],
    ["總統將今天的行程定調為「三年有成產業之旅」，並說明原因。", "三年有成"],
    ["總統指出，日前我向美採購之「P-3C型機」及「AH-64E阿帕契直升機」也已逐步交貨。", "P-3C"],
    ["總統響應教宗「2019年世界和平日文告」，致函表達支持。", "2019年"],
    ["民進黨執政後推動「自由貿易港區」，效果有限。", "自由貿易"],
    ["總統與長輩一同進行「大腦保健體操」，鼓勵運動。", "大腦保健"],
    // Given as a gift, held as an event, a body before its head's title.
    ["董事長也在現場致贈「機能外套」，表達謝意。", "機能外套"],
    ["如日前在美國舉行的「歐習會」，各國都表示支持。", "歐習會"],
    ["包括「天主教耕莘醫院」院長鄧世雄、「臺北仁濟院」院長戴東原及內政部次長等均出席。", "臺北仁濟院"],
    // A list of agenda items closed by "等…議題"; a name glossed by one word in capitals, the kind of event after it.
    ["與會者就「放寬港區管制措施」、「整合行政服務」與「優先示範項目之建議」等現階段重點議題交換意見。", "整合行政"],
    ["總統表示支持「選擇美國」（SelectUSA）。", "選擇美國"],
    ["總統表示支持「智慧城市」（smart city）示範計畫，擴大推動。", "智慧城市"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test.each([
    // A verb ending on 制 is no name's head; words said right after 說.
    ["對於人員進出，總統指示，「外勞確實不得不管制」，但可考量特殊辦法。", "外勞確實"],
    ["所以我們說「臺灣是世界的臺灣」也不為過。", "臺灣是世界"],
  ])("%s is not a name", (text, words) => {
    expect(quote(text, "zh", words).kind).not.toBe("title");
  });
});
