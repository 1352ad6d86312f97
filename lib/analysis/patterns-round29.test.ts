// Patterns read from round 29 of the development corpus (issue 14: `dev29`, German, French and Chinese), each in a
// made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

const unit = unitHolding;

describe("round 29: who speaks in Chinese", () => {
  test.each([
    // A run opening on its topic ("針對…") has its subject before the comma; "的" ends the description before the name.
    ["資深攝影師的王小明，針對得獎作品表示：「畫面很有動感。」", "畫面", "王小明"],
    // The topic or addressee after a name ends it: "針對", "向".
    ["評審張大同老師針對銀牌作品表示：「構圖完整。」", "構圖", "評審張大同老師"],
    ["市長致詞時向與會的農民、漁民及業者代表說明：「補助會準時發放。」", "補助", "市長"],
    // A pronoun opening the run is the subject, whatever adverbs follow it (here the speaker before); "當" (when) and
    // "讓" (let) open no name.
    ["投手李志強表示：「很緊張。」他還誠實地說：「一上來就嚇到了！」", "一上來", "投手李志強"],
    ["比賽結束後，讓陳大文大喊：「後悔了！」", "後悔", "陳大文"],
    ["當林小華表示：「我會再來。」", "我會", "林小華"],
    // A run of adverbs after a comma: the person named just before the comma (after "的").
    ["最後拿下勝投的陳恩，還自己形容：「我個子小小的。」", "我個子", "陳恩"],
    // "X的名言": the person whose saying is quoted, after the verb that brings it in.
    ["總統最後也引用邱吉爾的名言期勉國人：「永不放棄。」", "永不", "邱吉爾"],
    ["主席指出合作很重要，他要再次引用哈維爾前總統的名言「人權與自由不可或缺」。", "人權", "哈維爾前總統"],
    // "X說，他…「…」": the pronoun after "X說，" in the same lead-in is X.
    ["最後，德拉霍斯主席說，他想用一句話來形容兩國關係，那就是「真正的友誼」。", "真正", "德拉霍斯主席"],
    // An adverb after a name's parenthesis belongs to that name.
    ["捷克前總統哈維爾（Václav Havel）曾經說過「真理與愛必將戰勝謊言與仇恨」。", "真理", "捷克前總統哈維爾"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });

  test("稱 inside 名稱 is no verb of speech: the paragraph's speaker keeps the quotation", () => {
    const text = "總統說，條約是不拘形式的，條約的名稱有24種之多，「宣言也是其中的一種名稱」。";
    expect(quote(text, "zh", "宣言").speaker).toBe("總統");
  });
});

describe("round 29: Chinese titles and speech", () => {
  test.each([
    // Long names of meetings and delegations, with a subtitle, a list or a nested name, end on a head word.
    ["總統出席「重建希望、重建愛：颱風災後重建周年座談會」開幕儀式。", "重建希望", "title"],
    ["總統接見「開羅宣言70週年國際學術研討會」與會貴賓。", "開羅", "title"],
    // A quotation opening a noun phrase that ends on a name's head word; a word for a work or a slogan before it.
    ["市府推出「新化‧大目降」臺南經典小鎮攝影比賽。", "新化", "title"],
    ["金牌由王先生所拍攝的「養鴨好人家」奪得。", "養鴨", "title"],
    ["他的加油標語，是「振臂翱翔」。", "振臂", "title"],
    // A short quotation after the sentence's verb of speech, followed by a conjunction, is speech.
    ["總統表示，最重要的仍是「減災」及「防災」。", "減災", "speech"],
  ])("%s", (text, words, kind) => {
    expect(quote(text, "zh", words).kind).toBe(kind);
  });
});

describe("round 29: Chinese check-worthiness", () => {
  test.each([
    // A month of a year named by its distance is a date; "去年" is a time as "last year" is; a title before a name makes
    // an office an agent.
    ["今年3月，臺灣組成專家團前往捷克考察。", "今年3月", "checkable:date:今年3月"],
    ["去年，國發會主委龔明鑫率團訪問捷克。", "去年", "checkable:time:去年"],
    ["去年，國發會主委龔明鑫率團訪問捷克。", "去年", "checkable:name:國發會主委"],
  ])("%s", (text, words, signal) => {
    const u = unit(text, words, "zh");
    expect(u.signals).toContain(signal);
    expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});

describe("round 29: who speaks in German and French", () => {
  test.each([
    // "hieß es von/in X" after the quotation: X said it.
    [
      "Das Schiff habe „die eingespielten Prozeduren missachtet“, hieß es von der Agentur Fars. Der Tanker fährt weiter.",
      "de",
      "die eingespielten",
      "Agentur Fars",
    ],
    // ", so X," before the quotation: according to X.
    ["Der Account wurde gesperrt, wegen Äußerungen, die, so Twitter, „im Zusammenhang mit der Gewalt stehen“.", "de", "im Zusammenhang", "Twitter"],
    // "Für X ist …": in X's view.
    ["Die Kandidatin wurde nominiert. Für den Abgeordneten Udo Bullmann ist sie „völlig unakzeptabel“.", "de", "völlig", "Udo Bullmann"],
    [
      "Donald Tusk a parlé, tandis que, pour le président de la Commission Jean-Claude Juncker, « il y aura un centenaire ».",
      "fr",
      "il y aura",
      "Jean-Claude Juncker",
    ],
    // "X, der …, sagte, er sei": the comma after the verb opens the reported clause; the subject is before the relative clause.
    ["Der Außenminister Jeremy Hunt, der gegen Boris Johnson für die Nachfolge kandidiert, sagte, er sei „äußerst besorgt“.", "de", "äußerst", "Jeremy Hunt"],
    // "sich beschweren" is a verb of speech; an office's holder named after it in apposition speaks.
    ["„Das ist unakzeptabel“, beschwerte sich die Fraktionschefin der Sozialdemokraten, Iratxe García Pérez.", "de", "Das ist", "Iratxe García Pérez"],
    // "nach Angaben von X": the preposition is no part of X's name.
    ["Nach Angaben von Stena Bulk habe sich das Schiff „in internationalen Gewässern“ befunden.", "de", "in internationalen", "Stena Bulk"],
  ])("%s", (text, language, words, speaker) => {
    // (A person named with an office keeps it: "Abgeordneten Udo Bullmann".)
    expect(quote(text, language, words).speaker).toMatch(new RegExp(`(?:^|\\s)${speaker}$`, "u"));
  });

  test.each([
    // A newspaper in quotation marks between "sagte dem" and a colon is whom it was said to.
    ["Helima Croft sagte dem „Handelsblatt“: „Die Attacke ist eine dramatische Eskalation.“", "Handelsblatt", "title"],
    // A one-word name after the kind of thing it names, even in lower case.
    ["Reddit sperrte am Freitag das Forum „donaldtrump“.", "donaldtrump", "title"],
    // German capitalises every noun: several words with a lower-case one among them are someone's words, not a name.
    ["Die Nominierung sei durch die „Verschleppungstaktik weniger Abgeordneter“ gescheitert, sagte Bush.", "Verschleppungstaktik", "speech"],
  ])("%s", (text, words, kind) => {
    expect(quote(text, "de", words).kind).toBe(kind);
  });

  test("Uhr and Ortszeit name nobody: a pronoun does not take them as its antecedent", () => {
    const text = "Um 22:00 Uhr Ortszeit sei das Schiff „nicht mehr unter Kontrolle“ gewesen. Er sei „äußerst besorgt“, sagte er.";
    expect(quote(text, "de", "äußerst").speaker).not.toBe("Uhr Ortszeit");
  });
});

describe("round 29: French slogans and clauses, German events", () => {
  test.each([
    // Words a verb of chanting governs, with a comma inside, are a slogan: speech, not a name.
    ["Il a été accueilli par des manifestants scandant, entre autres, « Fillon, démission » et « Penelope, l’enveloppe ».", "Fillon", "speech"],
    // A French clitic elided before a verb opens a clause: "« J’ai fait une erreur »" is no name.
    ["« J’ai fait une erreur de jugement », et « je les ai rendus », déplore-t-il.", "J’ai", "speech"],
    // ("« L'Émission politique »": an elided article still opens a name.)
    ["Il était invité lors de « L'Émission politique » jeudi soir.", "L'Émission", "title"],
  ])("%s", (text, words, kind) => {
    expect(quote(text, "fr", words).kind).toBe(kind);
  });

  test("hieß es in einer Erklärung X-s: the statement's owner speaks, in the form the text names it elsewhere", () => {
    const text = "Am Freitag sperrte Twitter den Account. „Die Accounts werden wir nicht sperren“, hieß es in einer Erklärung Twitters.";
    expect(quote(text, "de", "Die Accounts").speaker).toBe("Twitter");
  });

  test.each([
    // A participle with its auxiliary is an event, also opening the sentence; with its day and agent it is checkable.
    ["Gesperrt wurde Donald Trump bereits am Donnerstag von Facebook und Twitch.", "Gesperrt", "checkable:dated-event"],
    ["Die Kandidatin wurde am Dienstag einstimmig nominiert.", "Kandidatin", "checkable:dated-event"],
    // "im nächsten Monat" is a time, as "next month" is.
    ["Die erste Lieferung des Impfstoffs Sputnik V soll im nächsten Monat eintreffen.", "Lieferung", "checkable:time:im nächsten monat"],
  ])("%s", (text, words, signal) => {
    expect(unit(text, words, "de").signals).toContain(signal);
  });
});

describe("round 31: Chinese", () => {
  test.each([
    // A manner adverb in "…的" before the verb (older press style); the subject after a clause of time inside the run.
    ["李總統登輝先生堅定的表示，「最重要的是全民的利益」。", "最重要", "李總統登輝先生"],
    ["總統並有感而發的說，「我個人受苦不必說」。", "我個人", "總統"],
    ["總統見了很多人。和郎雄見面時總統直稱「郎先生身體很硬朗」。", "郎先生", "總統"],
    // "更進一步", "進一步" are adverbs; "告訴" brings the addressee: the subject is before it.
    ["總統下午接見僑團領袖時更進一步指出，「我們不但肯定自己」。", "我們不但", "總統"],
    ["「本人要領導國家邁向富強」，總統告訴僑胞代表說，「這是本人的責任」。", "這是本人", "總統"],
    // The longest verb ending at the last position: "笑稱", not its "稱".
    ["總統開懷的笑稱：「對！我很喜歡。」", "對！", "總統"],
    // A clause opening on its topic, even when "的" is inside it, has its subject before the comma.
    ["講師何南輝老師，針對脫穎而出的金牌作品表示：「色調非常完美。」", "色調", "講師何南輝老師"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });

  test.each([
    // "簡單說", "老實說" are discourse markers, no verbs of speech: the paragraph's speaker keeps the quotation.
    ["總統說，兩岸關係有很大的改變。簡單說，「我們希望消除過去的敵對」。", "我們希望"],
    ["總統說，民主是老話。老實說，「人生下來就有其自由」。", "人生"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).speaker).toBe("總統");
  });

  test.each([
    // A Chinese numeral that counts, with its unit or measure word, is a quantity; a year read digit by digit is not.
    ["他有近二十年沒有到過戲院。", "checkable:quantity:二十年"],
    ["活動順利籌募到162雙運動鞋。", "checkable:quantity:162雙"],
    ["評審選出25張作品。", "checkable:quantity:25張"],
  ])("%s", (text, signal) => {
    expect(unit(text, text.slice(0, 2), "zh").signals).toContain(signal);
  });

  test("一九九四年 is a year, not four years", () => {
    expect(unit("李總統在一九九四年訪問美國。", "李總統", "zh").signals).not.toContain("checkable:quantity:四年");
  });
});

describe("round 31: German and French", () => {
  test.each([
    // "ein Brief an Premierminister Boris Johnson": "an" governs the name, past its capitalised office.
    ["In einem Brief an Premierminister Boris Johnson schrieb Amber Rudd: „Die Regierung steckt viel Energie hinein.“", "de", "Die Regierung", "Amber Rudd"],
    // A frame's pronoun: "Für ihn ist X „…“", "Pour lui, « … »".
    ["Udo Bullmann ist wütend. Für ihn ist von der Leyen „als Kommissionspräsidentin völlig unakzeptabel“.", "de", "als Kommissions", "Udo Bullmann"],
    ["Nicolas Thibault a pris la défense des Fillon. Pour lui, « nous sommes dans une conformité totale ».", "fr", "nous sommes", "Nicolas Thibault"],
    // A relative clause in commas, however many it holds, runs from its antecedent to the verb.
    [
      "Le manager, José Mourinho, qui a dépensé 105 millions pour signer Paul Pogba, et 75 millions pour l'attaquant Romelu Lukaku, a déclaré : « Chers sont ceux qui entrent. »",
      "fr",
      "Chers",
      "José Mourinho",
    ],
  ])("%s", (text, language, words, speaker) => {
    expect(quote(text, language, words).speaker).toBe(speaker);
  });

  test.each([
    // A kind word and a capitalised name, past a connector: « affaire François Fillon ».
    ["8 février 2017. – L' « affaire François Fillon » se poursuit.", "affaire", "title"],
  ])("%s", (text, words, kind) => {
    expect(quote(text, "fr", words).kind).toBe(kind);
  });
});

test("two known people's surnames run together after a German verb: the first speaks", () => {
  const text = "Emmerson Mnangagwa ist Präsident. Robert Mugabe ist gestorben. In seiner Würdigung bezeichnete Mnangagwa Mugabe als „Unabhängigkeitsikone“.";
  expect(quote(text, "de", "Unabhängigkeitsikone").speaker).toBe("Emmerson Mnangagwa");
});

describe("round 32: German and French", () => {
  test.each([
    // German capitalises every noun: one after an article is no speaker; the sentence before gives it.
    [
      "Barham Salih sprach auf der Konferenz. Die grundlegenden Bedürfnisse „von der Elektrizität bis zum Wasser sind nicht befriedigt.“",
      "de",
      "von der",
      "Barham Salih",
    ],
    // "beschuldigen" is a verb of speech.
    ["Cortez beschuldigte US-Präsident Donald Trump, „eine autoritäre Präsidentschaft“ zu führen.", "de", "eine autoritäre", "Cortez"],
    // An office after "selon" gives the person in apposition to it.
    [
      "Selon le président du comité d'organisation, Christophe Borgel, « nous serons entre 1,7 et 2 millions de votants ».",
      "fr",
      "nous serons",
      "Christophe Borgel",
    ],
    // An apposition in commas, then an auxiliary and an adverb, before the verb.
    [
      "Emmanuel Grégoire, premier secrétaire de la fédération, a d'ailleurs reconnu le problème : « On assiste à un contournement. »",
      "fr",
      "On assiste",
      "Emmanuel Grégoire",
    ],
  ])("%s", (text, language, words, speaker) => {
    expect(quote(text, language, words).speaker).toBe(speaker);
  });

  test("a German participle of speech makes a single quoted noun someone's word", () => {
    expect(quote("Sie hatte gesagt, die Vereinigten Staaten würden „Konzentrationslager“ betreiben.", "de", "Konzentrationslager").kind).toBe("speech");
  });
});
