// Patterns read from round 41 of the development corpus (issue 14: `dev41`, French Wikinews of 2016 and 2018, Chinese
// releases of 1992–2022, a German press release), each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote, quotes, unitHolding } from "./pattern-helpers";

describe("round 41: who speaks in French", () => {
  test.each([
    // Verbs of speech: "a twitté", "critique", "a chanté", "s'est adressé".
    ["Vers midi, commentant un dessin, Karim Hacène, journaliste a twitté : « Sont-ils incultes ? ».", "Sont-ils", "Karim Hacène"],
    ["Vers 22h00, le militant Eric Drouet critique Emmanuel Macron : « on le voit nulle part ».", "on le voit", "Eric Drouet"],
    // A colour after a capitalised noun names a group ("Gilets jaunes"); "des" opening the clause is an article, and "de"
    // after a word for a group says who the group is.
    ["Vers 19h40, sur les Champs-Élysées, un groupe de Bonnets rouges a chanté : « Au revoir Benalla ».", "Au revoir", "Bonnets rouges"],
    ["À Paris, des Gilets jaunes ont distribué des ballons en criant « Macron démission ».", "Macron", "Gilets jaunes"],
    // Words relayed by someone else are their owner's.
    ["Vers 22h30, Bruce Toussaint répète les propos tenus par le militant Eric Drouet : « samedi, c'est l'Élysée ».", "samedi", "Eric Drouet"],
    // "ce" takes up the person just named, even where a preposition governed that name.
    [
      "Dans une vidéo publiée sur le site de Christophe Chalençon, ce militant du Vaucluse s’est adressé aux politiques : « vous devez partir ».",
      "vous devez",
      "Christophe Chalençon",
    ],
    // Plural bodies: "les services de renseignement".
    ["Dans la soirée, les services de renseignement signalent des « appels à tuer ».", "appels", "services de renseignement"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "fr", words).speaker).toBe(speaker);
  });
  test("the relayed words carry their own signal", () => {
    expect(quote("Anne Roy répète les mots de Jean Petit : « tout va bien ».", "fr", "tout va").signals).toContain("speaker:relayed-words");
  });
});

describe("round 41: who speaks in Chinese", () => {
  test.each([
    // "常" between the subject and its verb.
    ["總統常說，「每當我聽到這個消息，我就很難過」。", "每當", "總統"],
    // A run that ends on "了" is a clause, not a name: the sentence's subject speaks.
    ["王大明說創業以來，高峰低谷都走過了，勉勵大家「要生活，就要正向轉念。」", "要生活", "王大明"],
    // "X表示，我們…認為：「…」": the run before the comma ends on its own verb of speech.
    ["總統表示，我們中國人向來認為：「未知生，焉知死」，但他有不同看法。", "未知生", "總統"],
    // A quotation opening its paragraph, then "X表示，「…」": the first half of one statement.
    ["耶穌告訴我們「要愛人」。\n\n「結實的生命就是奉獻。」總統表示，「這樣的死就是復活」。", "結實", "總統"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});

describe("round 41: Chinese titles", () => {
  test("quotations listed, then counted, are names", () => {
    const text = "各縣市教師參與「空污議題肢體創作」、「Let’s Hit the Road!」、「復興天文定向密逃」三個不同領域的教學課程。";
    expect(quotes(text, "zh").map((q) => q.kind)).toEqual(["title", "title", "title"]);
  });
  test.each([
    ["總統對這次我國影片「喜宴」榮獲金熊獎，極表肯定。", "喜宴"],
    ["由中影公司出品的「囍宴」這次在影展中得獎。", "囍宴"],
    ["他以自己和妻子名字各取一字命名「錦燕堂」。", "錦燕堂"],
    ["為落實市長「希望家園」的施政願景，勞工局辦理講座。", "希望家園"],
    ["今日邀請何錦榮董事長分享「錦砂燕賞品人生」。", "錦砂燕賞"],
  ])("%s", (text, words) => {
    expect(quote(text, "zh", words).kind).toBe("title");
  });
});

describe("round 41: what can be checked", () => {
  test.each([
    // Chinese: an event verb with a time of day (also written "九時三十分") and a place (飯店, 醫院; after "往").
    ["慶祝會是於下午在台北圓山飯店舉行。", "慶祝會", "zh"],
    ["總統是於上午九時三十分抵達空軍總醫院。", "抵達", "zh"],
    ["李總統今天親往空軍總醫院，探視空軍中校張復一。", "探視", "zh"],
    // A million written as a word, then the noun it counts (after "de" in French).
    ["Das Portal ist ein Erfolg, mit deutlich über einer Million Seitenaufrufen jeden Monat.", "Million", "de"],
    ["Le site a reçu un million de visiteurs.", "million", "fr"],
  ])("%s", (text, words, language) => {
    expect(unitHolding(text, words, language).checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});
