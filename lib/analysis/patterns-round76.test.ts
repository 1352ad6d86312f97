// Patterns read from rounds 76, 78, 80 and 82 of the development corpus (issue 14: `dev76`, Presidential Office 2009–2011 and
// Tainan City Government 2020–2021 releases; `dev78`, Presidential Office 2018 and Tainan City Government 2024–2025; `dev80`,
// Presidential Office 2001–2003; `dev82`, Presidential Office 2013–2014 and 2021–2023; `dev84`, Presidential Office 2005 and
// 2016; `dev86`, Presidential Office 2006–2008 and 2019–2020), each in a made-up text of the same shape.
import { expect, test } from "vitest";
import { analyze } from "./index";
import { quote, unitHolding } from "./pattern-helpers";

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
  // Round 78: a connective is no subject ("所以講到後來"); a run that ends on a verb of speech of its own is that verb's subject
  // ("總統回應指出", "黃偉哲幽默地回應說"); "可說是" (may be called) is no verb of speech; "有網友指出" (a netizen pointed out).
  ["總統說，有些年輕朋友走得太艱辛，所以講到後來都哭出來，「讓漫畫發展是執政者的責任」。", "讓漫畫", "總統"],
  ["總統回應指出，「這絕對不是一件小事情」，必須全民防疫。", "這絕對", "總統"],
  ["黃偉哲幽默地回應說：「小孩子才做選擇，我全都要！」", "小孩子", "黃偉哲"],
  ["總統表示，去桃園球場看比賽甚至可說是一種時尚，「你們正在改變臺灣的職業棒球」。", "你們正在", "總統"],
  ["網友紛紛留言，其中就有網友指出「有小黃公車的地方真的很偏僻」。", "有小黃", "網友"],
  // A doubled character before the verb is an adverb ("娓娓述說", "頻頻表示"); 述說, 回饋 and 恭喜 are verbs of speech.
  ["「上次現場萬人空巷，等著簽名的隊伍排很長」黃偉哲娓娓述說，希望人氣能帶動經濟。", "上次", "黃偉哲"],
  ["王市長頻頻表示「謝謝大家」。", "謝謝", "王市長"],
  ["演出場場爆滿！民眾紛紛回饋「好精彩的國際級表演！」", "好精彩", "民眾"],
  ["林市長恭喜選手們，「你們是台南的驕傲」。", "你們是", "林市長"],
  // The one who does something to the thing with 將 or 把 stands before it: "黃偉哲將泡菜鯛魚飯形容為「…」" (not "女將", a woman athlete).
  ["黃偉哲將泡菜鯛魚飯形容為「sexy food」，現場氣氛輕鬆。", "sexy", "黃偉哲"],
  ["方小靈奪金，也讓臺南女將賽後直呼：「真的很震撼！」", "真的", "臺南女將"],
  // Round 80: the subject stands before "以" (with, as: "總統首先以…理論說明", "市長以視訊方式致詞表示"); "我們常說" (as we say) is the
  // words of the one speaking; a colon's subject after a clause of time ("…被解散時，渭水先生曾發表談話說："); "X的太太" is the
  // person ("戲稱", jokingly called, is a verb of speech).
  ["總統首先以蝴蝶效應理論說明環保行動「牽一髮而動全身」。", "牽一髮", "總統"],
  ["市長林大明以視訊方式致詞表示：「歡迎大家。」", "歡迎", "市長林大明"],
  ["總統致詞表示：「屏東很成功。」\n\n每一個縣市也一定能，我們常說：「不要只給他魚吃，更要教如何捕魚。」", "不要只", "總統"],
  ["在一九三一年，「台灣民眾黨」被強制解散時，渭水先生曾發表談話說：「有此民心，不怕無黨」。", "有此民心", "渭水先生"],
  ["阿扁的太太曾對外戲稱：「他的鮪魚肚不見了。」", "他的鮪魚肚", "阿扁的太太"],
  // A quotation no verb attributes, in a paragraph that opens on a person and a verb of thanks or praise, is that person's.
  ["黃偉哲感謝國際團隊來臺南演出，也感謝志工的支持，「這是最好的國民外交！」", "這是最好", "黃偉哲"],
  // Round 82: 宣示 (declared) is a verb of speech; a word ending in 為 (is) is no name ("光復大陸的方法為「…」").
  ["當時蔣總統也宣示光復大陸的方法為「三分軍事、七分政治」。", "三分軍事", "蔣總統"],
  // Short words addressed to the listeners take the paragraph's speaker ("總統致詞時表示，…「大家辛苦了」").
  ["總統致詞時表示，今天是小年夜。每年放年假，民眾很關心交通。尤其今年年假最長，對大家來說挑戰也更大，「大家辛苦了」。", "大家辛苦", "總統"],
  // "X的一句名言「…」" (a famous saying of X), and 呼應 (echoing) brings the saying in as 引用 does.
  ["此亦呼應艾森豪總統的一句名言「只要直接對話，就離世界和平不遠」。", "只要直接", "艾森豪總統"],
  // Round 84: "X之意" (the intent of X) is no person's name, whatever family name opens it; "針對媒體詢問" (regarding the media's
  // question) opens on a topic, not a subject.
  ["游秘書長接見優秀青年代表，表達由衷的祝賀與嘉許之意，也期盼青年們「理想要高、志向要大」。", "理想", "游秘書長"],
  // Round 86: a time of day after the subject ("今天中午表示"), "稍早" before it and "有" (did) before the verb are no part of the
  // name; in a headline, an ideographic space separates the clauses ("…外交部長　總統：「…」").
  ["陳總統水扁先生今天中午表示，作為國家元首，他就應該「顧台灣」。", "顧台灣", "陳總統水扁先生"],
  ["總統希望大家往前走。稍早陳永和前里長有說，「抗爭已經結束了。」", "抗爭", "陳永和前里長"],
  ["接見索羅門群島外交部長　總統：「臺灣是負責任的夥伴」\n\n蔡英文總統今日接見部長。", "臺灣是", "總統"],
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

test.each([
  // Round 78: attending (到場), re-election (連任) and spreading (擴散) are events.
  ["表揚典禮上，市議員吳大龍、蔡小青、盧大福也到場。", "到場"],
  ["柯市長去年連任。", "連任"],
  ["疫情在2020年擴散全球，各國公司都調整了經營模式。", "擴散"],
  // Round 84: an agency (署), a district office (公所) or a federation (總會, 工會) is an agent of the event it names.
  ["海巡署特別成立戰技精良的特勤隊。", "特勤隊"],
])("%s is check-worthy", (text, words) => {
  expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
});

test.each([
  // Round 78: names after "名稱分別為" (the names are, respectively), listed up to "等畫作"; an exhibition (大展); a Latin word someone
  // describes with is that person's word; "「…」的說法" (the claim that …) is someone's words.
  ["張女士說明兩幅畫的名稱分別為「希望之鎖」與「平安」。", "希望之鎖", "title"],
  ["張女士介紹畫作名稱分別為「希望之鎖」、「喜悅」、「祝福」及「平安」等畫作。", "祝福", "title"],
  ["總統提及，日前她參觀「鄭問故宮大展」，有深刻的感覺。", "鄭問", "title"],
  ["黃偉哲將泡菜鯛魚飯形容為「sexy food」，現場氣氛輕鬆。", "sexy", "speech"],
  ["媒體報導，兩人見面傳出有「先交出戰犯」的說法。", "先交出", "speech"],
  // Round 82: a fund (基金) and a course (課程) are named by their last word (as a vision of policy, 施政願景, and a launch
  // ceremony, 啟動儀式, after a quotation already named it).
  ["美國國會於1983年通過預算，成立「國家民主基金」（National Endowment for Democracy）。", "國家民主", "title"],
  ["公司安排高階主管到校教授「客製化課程」，成效很好。", "客製化", "title"],
  ["總統指出，他所提出的「優質文教」施政願景涵蓋兩大主軸。", "優質文教", "title"],
  ["隨後，副總統與貴賓一同進行「交通安全GO」啟動儀式。", "交通安全", "title"],
  // Round 84: friendship associations (聯誼會), councils (理事會), offices (辦公室), shows of results (成果展) and award ceremonies
  // (表揚大會) end names; what is briefed (簡報「…」) and a slogan after a dash (口號─「…」) or before 的政策 are names.
  ["而我國立法院「臺日交流聯誼會」及「臺日國會議員聯誼會」二會，目前已與日方建立聯繫。", "臺日交流", "title"],
  ["行政院已成立「全國反恐怖管控辦公室」，並擬定各種對策。", "全國反恐", "title"],
  ["副總統參觀「交通安全教育成果展」。", "交通安全", "title"],
  ["局長分別簡報「112年春節疏運情形」及「春節國道交通疏導情形」。", "112年", "title"],
  ["本屆全中會的口號─「勇敢追夢，世界看我」，代表著年輕人的精神。", "勇敢追夢", "title"],
  ["在「年輕台灣，活力政府」的政策推動下，青年參與增加。", "年輕台灣", "title"],
])("%s: %s is a %s quotation", (text, words, kind) => {
  expect(quote(text, "zh", words).kind).toBe(kind);
});

test("a short quotation addressed to the listeners, or closed by an exclamation, is speech with its own signal", () => {
  expect(quote("尤其今年年假最長，對大家來說挑戰也更大，「大家辛苦了」。", "zh", "大家辛苦").signals).toContain("quote-kind:spoken-form");
  expect(quote("今年大家輪班執勤，保護民眾安全，「各位都辛苦了」。", "zh", "各位").kind).toBe("speech");
  expect(quote("這是所謂的「時代精神」，值得學習。", "zh", "時代精神").kind).not.toBe("speech");
});

test("a word ending in 為 is no person named before a quotation", () => {
  expect(quote("光復大陸的方法為「三分軍事、七分政治」。", "zh", "三分軍事").speaker).toBeNull();
});

test("a topic phrase opening the sentence names no speaker", () => {
  expect(quote("針對媒體詢問「總統為何不出訪？」，總統表示，出訪要看時機。", "zh", "總統為何").speaker).not.toBe("針對媒體");
});
