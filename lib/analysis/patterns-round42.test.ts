// Patterns read from round 42 of the development corpus (issue 14: `read42`, measured as held-out first, then read;
// Chinese releases of 2017–2026), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes, unitHolding } from "./pattern-helpers";

describe("read42: who speaks in Chinese", () => {
  test.each([
    // A pronoun in a paragraph that opens on a person (a family name and a given name) who has not spoken yet: that person,
    // not the one who spoke last.
    ["黃偉哲市長表示：「今年陣容最強。」\n\n情歌王子黃偉晉即將迎來他的初體驗！首度受邀登台的他難掩興奮，表示：「非常期待。」", "非常期待", "情歌王子黃偉晉"],
    // A quotation right after one of the same sentence goes on with its speaker, before the paragraph's speaker.
    ["黃重諺表示，總統今天接見代表。總統在會見一開始便致詞強調，「核四不會是選項。」，「核電機組要如期退役。」", "核電機組", "總統"],
    // A run opening on "以" ("as"): the subject is the one already speaking.
    ["總統說，尚樺是好丈夫。她要代表國人表達哀悼，也要以三軍統帥身分對他的家人說，「我們都以他為榮」。", "我們都以", "總統"],
    // A name with its parenthesis right before the verb.
    ["第二分局與家屬聯繫當中，凃家(大姊凃怡欣)表示：「作錯事就該受罰」。", "作錯事", "凃家(大姊凃怡欣)"],
    // The person after a foundation's or an office's name.
    ["受贈單位財團法人台灣兒童暨家庭扶助基金會台南市南區分事務所李保良主任表示：「感謝各界善舉。」", "感謝", "李保良主任"],
    // "早已" and manner words ("興奮") end the subject.
    ["難得來到將軍漁港，團員們早已鎖定在地美食，笑說：「如果有生魚片就好了！」", "如果", "團員們"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
  test("the paragraph's person carries its own signal", () => {
    const text = "黃偉哲市長表示：「今年陣容最強。」\n\n歌手黃偉晉即將登台！受邀的他難掩興奮，表示：「非常期待。」";
    expect(quote(text, "zh", "非常期待").signals).toContain("speaker:paragraph-topic");
  });
});

describe("read42: Chinese titles", () => {
  test.each([
    // (Slogans with a comma in them, named as a spirit or a value, were titles here; since round 96 they are the words of whoever
    // holds them up: patterns-round96.test.ts.)
    // A theme, an official site.
    ["首日以「鯤鯓大團拜」為主題，集結多組卡司。", "鯤鯓"],
    ["請持續關注「台南旅遊」官網及臉書粉絲專頁。", "台南旅遊"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
  test("an event organised by a body is a title, and so is its part after the dash when quoted again", () => {
    const text = "由臺南市政府觀光旅遊局主辦的「2026臺南夏日音樂節-將軍吼」，將於8月1日登場。\n\n黃偉晉即將迎來他的臺南「將軍吼」初體驗！";
    expect(quotes(text, "zh").map((q) => q.kind)).toEqual(["title", "title"]);
  });
});

describe("read42: what can be checked in Chinese", () => {
  test.each([
    // A date in Chinese numerals and in the Republic's years.
    ["詎意民國一一○年三月二十二日，銜命執行任務。", "民國"],
    // Medals counted ("26金").
    ["總統提及，在這次世大運中，臺灣拿下26金、34銀、30銅。", "26金"],
    // An office's rejection ("駁回") by a named prosecutor's office.
    ["家屬聲請再議，仍為臺灣高等檢察署駁回。", "駁回"],
  ])("%s", (text, words) => {
    expect(unitHolding(text, words, "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});

describe("read42: who speaks in French", () => {
  test.each([
    // "selon le syndicat CGT": the body's own name after the word naming its kind.
    ["La RATP dément. Selon le syndicat CGT, cela « reste un épiphénomène ».", "reste", "CGT"],
    // A verb of blame: its object is blamed, the subject speaks.
    ["François Fillon, le candidat LR, a, lors de l'émission du jeudi 23 mars, accusé l'Élysée de tenir un « cabinet noir ».", "cabinet", "François Fillon"],
    ["Le président François Hollande a condamné fermement les « allégations mensongères » de Fillon.", "allégations", "François Hollande"],
    // "comme prétendu par X" after the quotation.
    ["Marc Dupont nie l'avoir embauchée pour tromper son « ennui », comme prétendu par Michel Crépu.", "ennui", "Michel Crépu"],
    // "Pour X, <someone> est …« … »": X's view.
    ["Pour Chartier, Fillon est victime « depuis un mois et demi » d'acharnement.", "depuis", "Chartier"],
    // A particle after two names is a person's ("Marc Ladreit de Lacharrière"), whom a pronoun can stand for.
    ["Marc Ladreit de Lacharrière nie tout. « C'est une femme intelligente », affirme-t-il.", "C'est une", "Marc Ladreit de Lacharrière"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "fr", words).speaker).toBe(speaker);
  });
  test.each([
    [
      "Thomas Sauret a logé chez une connaissance, Mohammed Ali. Ce dernier n'était pas au courant : « je l'avais laissé ici », déclare-t-il.",
      "fr",
      "je l'avais",
    ],
    ["Thomas Sauret a logé chez Mohammed Ali. Ce dernier a déclaré : « Je n'en savais rien ».", "fr", "Je n'en"],
    ['Thomas Sauret met Mohammed Ali. The latter said: "I had no idea."', "en", "I had"],
  ])("'the latter' is the person named last: %s", (text, language, words) => {
    const q = quote(text, language, words);
    expect(q.speaker).toBe("Mohammed Ali");
    expect(q.signals.some((x) => x.startsWith("speaker:latter→"))).toBe(true);
  });
  test("a French incise inside the marks, its verb inverted with the pronoun, gives the speaker", () => {
    const text = "Alexia Demirdjian est citée. L'intéressée a réagi : « Je suis choquée, réagit-elle au micro de BFMTV, mardi. »";
    const q = quote(text, "fr", "Je suis");
    expect(q.speaker).toBe("Alexia Demirdjian");
    expect(q.signals).toContain("speaker:inside-quote");
  });
  test("a short quotation in a sentence of the press's conditional (a reported claim) is speech", () => {
    const text = "Près de 35 500 euros de vêtements auraient aussi été « réglés en liquide », toujours à Arnys.";
    expect(quote(text, "fr", "réglés").kind).toBe("speech");
  });
  test("a verb past a comma after lower-case words does not make the quotation speech", () => {
    const text = "François Fillon a, lors de « L'Émission politique » du jeudi 23 mars, accusé l'Élysée de tenir un « cabinet noir ».";
    expect(quote(text, "fr", "L'Émission").kind).toBe("title");
  });
});

describe("read42: German chapter names", () => {
  test.each([
    ["Die Ziele finden sich im Kapitel „Demokratie erneuern“ ab Seite 210.", "Demokratie"],
    ["Die Forderungen finden sich im Abschnitt „Korruptionsbekämpfung“ vom Oberkapitel „Innen- und Rechtspolitik“.", "Korruptions"],
  ])("%s", (text, words) => {
    expect(quote(text, "de", words).kind).toBe("title");
  });
});
