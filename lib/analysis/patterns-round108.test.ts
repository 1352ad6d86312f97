// Patterns read from rounds 108 and 110 of the development corpus (issue 14: `dev108`, `dev110`, Presidential Office 2020, 2022,
// 2024 and 2025 releases), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { quote, unitHolding } from "./pattern-helpers";

describe("round 108: the one whose words are quoted", () => {
  test.each([
    // The object of 引用: a person, a book, a classic, with "的一句話", "的宏願", or a chapter and verse.
    ["總統出席典禮。他引用觀世音菩薩曾立下的宏願，「救苦救難，普度眾生」，期勉同仁。", "救苦救難", "觀世音菩薩"],
    ["院長致詞時引用了英國前首相邱吉爾的一段話：「我們絕不投降，我們將戰鬥到底。」", "我們絕不投降", "英國前首相邱吉爾"],
    ["牧師最後引用聖經新約的一句話，「愛是恆久忍耐」。", "愛是恆久忍耐", "聖經新約"],
    ["總統引用論語第二章第三節，「有恥且格」，勉勵大家。", "有恥且格", "論語"],
    // "As X said" (or wrote), the sentence gives X's words, X in quotation marks too.
    ["我們也將洽簽新協定，如同「傳統基金會」發表的一篇文章所提：「現在是簽署協定的時候了。」", "現在是簽署", "傳統基金會"],
    ["張部長對此了然於胸。就像張部長所說，有時為了改革，就必須承擔「必要的風險、值得的風險」。", "必要的風險", "張部長"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test("the one quoted from does not go on speaking: a later quotation with no speaker of its own is not theirs", () => {
    const text = "總統今日出席典禮。\n\n總統致詞時引用孟子的一句話：「民為貴，社稷次之。」這句話提醒我們，「政府要照顧每一位國人」。";
    const a = analyze(text, { language: "zh" });
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(["孟子", "總統"]);
  });
});

describe("round 108: who is speaking", () => {
  test("one who refers to themself (個人, 如我) is the one whose turn it is", () => {
    const text = "總統：感謝首相來訪。\n\n李前首相：去年，個人曾在研討會上指出，「臺灣安全」等同「區域安全」。";
    expect(quote(text, "zh", "區域安全").speaker).toBe("李前首相");
    expect(quote(text, "zh", "臺灣安全").kind).toBe("speech");
  });
  test("as I said (如我先前說過) in a release that reports one person: that person", () => {
    const text = "蔡英文總統今日以視訊方式發表演說。\n\n總統表示，我們的產業已成為關鍵。如我先前說過：「經濟安全就是國家安全。」今日我們更有準備。";
    expect(quote(text, "zh", "經濟安全").speaker).toBe("總統");
  });
  test("words reported after 'X說，' that open on a titled person are that person's, and so are the person's later 他", () => {
    const text =
      "副總統說，高玉樹先生入獄前仍相當關心國家的前途，並主張應該以「和平演變」來解決國際上的問題，尤其1971年以後，他甚至主張應該建立「中華自由共和國」，影響深遠。";
    expect(quote(text, "zh", "和平演變").speaker).toBe("高玉樹先生");
    expect(quote(text, "zh", "中華自由").speaker).toBe("高玉樹先生");
  });
  test("a quotation in the headline is the words of the one the lead opens on", () => {
    const text = "出席「社區修繕交流會」　副總統盼幫助更多家庭住進「有溫度有感情的家」\n\n賴清德副總統今（17）日上午前往嘉義縣出席交流會，肯定志工朋友。";
    expect(quote(text, "zh", "有溫度").speaker).toBe("賴清德副總統");
  });
  test("a transliterated foreign name opening the paragraph is the one a later 他 stands for", () => {
    const text = "總統出席頒獎典禮。\n\n麥克唐納對此了然於胸。身為人權鬥士，他力抗不公。就像他所說，為了改變，就必須「勇敢發聲、持續發聲」。";
    expect(quote(text, "zh", "勇敢發聲").speaker).toBe("麥克唐納");
  });
  test("a person named right after a paper's title marks is named with it", () => {
    const text = "總統接見訪團。\n\n訪團成員《紐約時報》總編輯佛里德曼（Tom Friedman）代表致詞表示，這週非常特別，「自由」是一個神聖的詞彙。";
    expect(quote(text, "zh", "自由").speaker).toBe("《紐約時報》總編輯佛里德曼");
  });
  test("代表 after a name's gloss is on the group's behalf: the name before the gloss speaks", () => {
    const text = "總統接見訪團。\n\n團長史密斯（John Smith）代表致詞表示：「我們支持臺灣。」";
    expect(quote(text, "zh", "我們支持").speaker).toBe("團長史密斯");
  });
});

describe("round 108: names of things", () => {
  test.each([
    // Head words: a group (團), an order (令), a resolution's text, a dashboard; a version after a name.
    ["總統盼能將「高雄市修繕行善團」的理念推廣到其他縣市。", "高雄市"],
    ["總統頒贈「褒揚令」，表彰其貢獻。", "褒揚令"],
    ["大家積極澄清「聯合國第 2758 號決議文」，為臺灣發聲。", "聯合國"],
    ["民眾透過「防災資訊儀表板」，可以查詢每日資料。", "防災資訊"],
    ["總統表示，將「淨零綱領1.0版」升級為「淨零綱領2.0版」，擴大推動。", "淨零綱領2.0版"],
    // Quotations listed and counted as facets.
    ["總統表示，除原有的「識別」、「阻擋」及「懲處」等三面向，還要加強宣導。", "阻擋"],
    // Launched, held as the first session, published (an article's title).
    ["政府推出「青年安心成家」，協助年輕人。", "青年安心成家"],
    ["上個月，我們與美國舉行首屆「臺美經濟繁榮夥伴對話」，探討合作。", "臺美"],
    ["我們與日本舉行「臺日科技合作對話」，交換意見。", "臺日"],
    ["雙方在第三屆「臺歐合作」中交換意見。", "臺歐"],
    ["副總統接著說，該雜誌1951年刊出的「政府不可誘民入罪」，引發衝突。", "政府不可"],
    // A gloss in capitalised Latin words after a short quotation names a work.
    ["去年活動由美國國務卿發表「中國挑戰」（The China Challenge）演說，引起關注。", "中國挑戰"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test.each([
    // A goal held as an idea, words advocated, a short quotation opening the clause after a verb of speech.
    ["總統期勉國軍把戰訓本務做好，落實「用實力達到真和平」的目標。", "用實力達到真和平"],
    ["副總統說，雷震先生並主張應該以「兩個中國」來解決國際上的問題。", "兩個中國"],
    ["七年前，日本前首相曾在此指出，「重振經濟」無比重要。", "重振經濟"],
    // (A gloss in lower case is a translation of the words, not a name.)
    ["大家都知道路易斯津津樂道的「必要的麻煩」（necessary trouble），就是這個意思。", "必要的麻煩"],
  ])("%s is speech", (text, words) => {
    expect(quote(text, "zh", words).kind).not.toBe("title");
  });
});

describe("round 108: what can be checked", () => {
  test.each([
    // Events named by verbs of founding, serving, bringing about or taking part: with a date or a name they pass 0.5.
    ["他協助選民登記投票，並促成1965年的《選舉權法》，影響深遠。", "促成1965年"],
    ["曾任高雄市立醫院內科主任、基督教醫院副院長等職，提升醫療水準。", "曾任高雄市立醫院"],
  ])("%s", (text, words) => {
    expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});
