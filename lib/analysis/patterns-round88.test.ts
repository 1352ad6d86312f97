// Patterns read from rounds 88, 90 and 94 of the development corpus (issue 14: `dev88`, Presidential Office 1996 and 1999
// releases; `dev90`, Presidential Office 2017, 2019 and 2024; `dev92`, 2004–2005; `dev94`, 2014, 2016 and 2018), each in a made-up
// text of the same shape.
import { expect, test } from "vitest";
import { quote } from "./pattern-helpers";

test.each([
  // The modal 要 after a sequence adverb is no part of the name ("登輝最後要強調").
  ["各位同仁，時間寶貴。\n\n明德最後要強調，「說一丈不如行一尺」，行動重於一切。", "說一丈", "明德"],
  // 提及 (mentions) is a verb of speech.
  ["總統提及，過去半世紀以來，中小企業提供了許多機會，「這是中小企業最重要的貢獻」。", "這是中小", "總統"],
  // A verb of speech after a title and 的 is a noun ("傑佛遜總統的呼籲"): the paragraph's speaker says the quotation.
  ["總統致詞表示，今日我們齊聚一堂，落實華盛頓總統的呼籲，並慶祝建交四十週年，「這是兩國關係的里程碑」。", "這是兩國", "總統"],
  // A clause that only says where its subject spoke ("X在就職演說中，") gives the subject of the verb opening the next clause.
  ["總統致詞表示，美國總統華盛頓（George Washington）在首任就職演說中，呼籲「與所有國家和平相處」。", "與所有", "美國總統華盛頓"],
  // A run that opens on thanks ("感謝大家") names nobody: the paragraph's speaker says the quotation.
  ["總統致詞時表示，很榮幸迎接代表團。感謝大家在賽場上為國家寫下光輝的一頁，「你們每一位都是英雄！」", "你們每一位", "總統"],
  // The one who puts words forward (提出「…」) said them; 日前 (the other day) opening the run is no part of the name.
  ["日前林院長提出「攀登競爭力的巔峰」，作為施政的大方向。", "攀登", "林院長"],
  // A paragraph that opens on a topic phrase and its comma ("對於…的努力，總統也表達感謝") has its subject after the comma.
  ["對於教育部、體育署、國訓中心、運科中心及各協會的努力，總統也表達感謝。政府的資源挹注是歷屆最佳，「但未來還會更好」。", "但未來", "總統"],
  // Round 94: a saying after a verb of quoting, without 的 ("引用英國史學家艾克頓名言："); 預祝 (wishes in advance) is one verb;
  // a run opening on 請 (asks) names nobody; whom the words are said to ("對傅縣長、…，以及…說") stands between subject and verb.
  ["總統也引用英國史學家艾頓名言：「權力使人腐化，絕對權力使人絕對腐化」，期勉學員。", "權力", "英國史學家艾頓"],
  ["總統也預祝所有的移民朋友們節日快樂，「謝謝你們來到臺灣，辛苦了！」", "謝謝你們", "總統"],
  ["總統表示，災情嚴重。她也再一次向縣長強調，如果有任何需要協助的地方，請林縣長務必告訴我們。「救災不分中央跟地方」，她會全力協助。", "救災", "總統"],
  ["總統也對林縣長、應變中心同仁，以及各機關與軍方的救援人員說一聲，「大家辛苦了」。", "大家辛苦", "總統"],
  // Round 92: "這也就是為什麼X常說" (this is why X said) names X; the modal 願意 is no part of a name.
  ["如果沒有他這一年的努力，歷史將就此改寫。這也就是為什麼辭修先生常說：「那一年是我一生中最值得回憶的一年」。", "那一年", "辭修先生"],
  ["阿扁願意在此宣示，「我們一定會充分配合」。", "我們一定", "阿扁"],
])("%s: the quotation %s is %s's", (text, words, speaker) => {
  const q = quote(text, "zh", words);
  expect(q.kind).toBe("speech");
  expect(q.speaker).toBe(speaker);
});

test("a pronoun with no one quoted since stands for the one the paragraph before reports", () => {
  const text =
    "總統說，「政治改革是必須要走的方向」。\n\n由議長林大華率領的訪問團，上午到總統府晉見總統。\n\n林大華並表示，她們對改革印象深刻。\n\n她同時表示，今年的大選是「歷史的轉捩點」。";
  const q = quote(text, "zh", "歷史");
  expect(q.speaker).toBe("林大華");
  expect(q.signals).toContain("speaker:pronoun-reporter");
  // (A quotation in between is that pronoun's antecedent as before.)
  const quoted = "林大華並表示，她們對改革印象深刻。\n\n總統說，「政治改革是必須要走的方向」。\n\n他同時表示，今年的大選是「歷史的轉捩點」。";
  expect(quote(quoted, "zh", "歷史").speaker).toBe("總統");
});

test("an article of a law or a charter right before a quotation is what it says", () => {
  const q = quote("政府以積極的作為，以落實憲法增修條文第十條第六項「國家應維護婦女之人格尊嚴，消除性別歧視」的憲政精神。", "zh", "國家應");
  expect(q.speaker).toBe("憲法增修條文第十條第六項");
  expect(q.signals).toContain("speaker:document");
  expect(quote("依據聯合國憲章第23條「安全理事會以十五會員國構成之」，我國曾是理事國。", "zh", "安全理事會").speaker).toBe("聯合國憲章第23條");
});

test.each([
  // What someone attends or holds (出席, 舉辦) is an event's name, however long.
  ["總統今日下午出席「臺美關係法＆ AIT@40：40年友誼慶祝典禮暨酒會」，期盼雙方持續合作。", "臺美關係法"],
  ["接見活動開始前，總統府內舉辦「臺灣英雄派對」。", "臺灣英雄"],
])("%s: %s is a title", (text, words) => {
  expect(quote(text, "zh", words).kind).toBe("title");
});

test("words a colon leads into are the speaker's who opens the sentence, not a noun's", () => {
  const text = "總統表示，主權是西方學界討論最多的議題。如果直接按照字面上的意思，主權可以簡單的定義成：「做為自己主人的權利與意志。」";
  expect(quote(text, "zh", "做為").speaker).not.toBe("意思");
  expect(quote("陳大明導演致詞時，表達團隊開啟這項計畫的初衷：「我們在這片土地出生。」", "zh", "我們").speaker).toBe("陳大明導演");
});
