// Patterns read from round 54 of the development corpus (issue 14: `dev54`, Tainan City Government 2019–2020 and Presidential
// Office 2012–2013 releases), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes } from "./pattern-helpers";

describe("round 54: Chinese quotations set inside a clause", () => {
  test.each([
    // A thing, a slogan or a principle the sentence runs through: a word before the opening mark and after the closing one.
    ["總統抵達後觀賞「AH-64E阿帕契直升機」性能展示，並接受模型。", "AH-64E"],
    // (Parallel phrases, "以「防衛固守、有效嚇阻」為…原則", were a title here; since round 96 a slogan: patterns-round96.test.ts.)
    ["總統強調，我國秉持「以和平方式解決爭端」之原則，持續努力。", "以和平方式"],
    ["市長也表示，將加速串連「新營－後壁－白河」大新營地區觀光發展路線。", "新營"],
    ["馬英九總統上午接見「亞洲文化協會（ACC）50週年訪華團」代表。", "亞洲文化協會"],
    // Three characters are enough, even with a verb of speech earlier in the sentence.
    ["總統表示，兩岸重申在「九二共識」的基礎上穩中求進。", "九二共識"],
    ["總統指出，該雜誌甚至認為「馬習會」是30年來的重要成果。", "馬習會"],
    ["本市「高年級實習生」陸續展開一系列的活動。", "高年級"],
  ])("%s", (text, words) => {
    const q = quote(text, "zh", words);
    expect(q.kind).toBe("title");
    expect(q.speaker).toBeNull();
  });
  test.each([
    // Words of a clause of their own (a comma inside), a list of what was said, or words after a colon stay speech.
    ["總統強調「主權無法分割，資源可以分享」理念，盼雙方合作。", "主權無法分割"],
    ["美方的保證包括「軍售沒有截止期限」及「不會事先與中國大陸諮商」等。", "軍售沒有"],
    ["總統致詞時表示：「我們今天非常高興歡迎各位」，並感謝訪賓。", "我們今天"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("speech");
  });
  test("two characters set inside a clause stay a word held at a distance", () => {
    expect(quote("相信各位同學都能成為「頭家」想要僱用的第一名。", "zh", "頭家").kind).toBe("scare");
  });
  test("so is a word after 所謂; the name someone gave and the words someone describes with stay theirs", () => {
    expect(quote("他說，所謂的「和平計畫」遭到雙方拒絕。", "zh", "和平計畫").kind).toBe("scare");
    expect(quote("最後，被林志明市長稱為「老街幫幫主」的高先生提到，在台南生活了十年。", "zh", "老街幫幫主").speaker).toBe("林志明市長");
  });
});

test.each([
  // Lectures and cases by their last word; a song after the word for it; a page named before "粉絲頁".
  ["勞工局今年共規劃六場次「青少年職涯探索講座」，今日於南英商工辦理第二場次。", "青少年"],
  ["由導演籌備多年的「臺灣三部曲歷史文化園區BOT案」，今日舉辦簽約記者會。", "臺灣三部曲"],
  ["回想他40年前服役，學會軍歌「九條好漢在一班」，其中一段歌詞很有意思。", "九條好漢"],
  ["相關消息，歡迎至「豐盛之城」粉絲頁查詢。", "豐盛之城"],
])("%s", (text, words) => {
  expect(quote(text, "zh", words).kind).toBe("title");
});

test("a name quoted three times or more may open on a model's letters and run to sixteen characters", () => {
  const text =
    "總統觀賞「AH-64E阿帕契直升機」性能展示。總統致詞時指出，「AH-64E阿帕契直升機」係全球頂尖的戰鬥直升機。隨後，總統並登上「AH-64E阿帕契直升機」，實地瞭解裝備性能。";
  const all = quotes(text, "zh");
  expect(all).toHaveLength(3);
  for (const q of all) expect(q.kind).toBe("title");
});

describe("round 54: Chinese speakers", () => {
  test.each([
    // Manner, occasion and time words between the subject and the verb are not part of the name.
    ["部長王大明明確表示：「我們不會讓步。」", "部長王大明"],
    ["部長王大明公開表示：「我們不會讓步。」", "部長王大明"],
    ["部長王大明受訪時表示：「我們不會讓步。」", "部長王大明"],
    ["部長王大明再三強調：「我們不會讓步。」", "部長王大明"],
    ["部長王大明一開始就表示：「我們不會讓步。」", "部長王大明"],
    // Nor a name's parenthesis and a time after it.
    ["此外，美國前國務卿柯琳頓（Hillary Clinton）2年前亦曾公開表示：「臺灣是重要的夥伴」，凡此均顯示關係改善。", "美國前國務卿柯琳頓"],
    // "包括X曾表示": including what X said.
    ["總統並列舉數項例證，包括美國前國務卿柯琳頓曾公開表示：「臺灣是重要的夥伴」。", "美國前國務卿柯琳頓"],
    // "以X所說": in the words X said.
    ["總統也以經國先生所說「為了高尚的目標，甘願歷苦捨身」，期勉所有畢業同學們。", "經國先生"],
  ])("%s", (text, speaker) => {
    const words = /「(.{2})/u.exec(text)![1]!;
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});
