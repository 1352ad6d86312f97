// Patterns read from round 37 of the development corpus (issue 14: `dev37`, German and French), each in a made-up text of
// the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

describe("round 37: German descriptions and offices", () => {
  test.each([
    // A long description of the subject after the verb, then the person's name in commas.
    [
      "„Wir schätzen, dass viele Menschen getötet wurden“, sagte der Leiter der zuständigen Sektion des Internationalen Komitees vom Roten Kreuz, Franz Huber, am Sonntag.",
      "Wir schätzen",
      "Franz Huber",
    ],
    ["„Das stimmt nicht“, sagte der Sprecher der CDU-Landesgruppe Sachsen, Paul Weber, am Montag.", "Das stimmt", "Paul Weber"],
    // A capitalised German office stands for the person last named with it.
    [
      "Es gab Gespräche mit dem britischen Außenminister Jack Straw. Großbritannien hat den Vorsitz inne. Der britische Außenminister hatte eine Warnung ausgesprochen, „die die Verbindung gefährden könnte“.",
      "die die Verbindung",
      "Jack Straw",
    ],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "de", words).speaker).toBe(speaker);
  });

  test("a description with someone the subject met does not hand the quotation to that person", () => {
    const text = "„Gut“, sagte die Ministerin nach einem Treffen mit dem Präsidenten, Emmanuel Macron, in Paris.";
    expect(quote(text, "de", "Gut").speaker).not.toBe("Emmanuel Macron");
  });

  test("an office no one was named with stays the office, not the last person of the paragraph", () => {
    const text = "Das Gespräch hat ein Sprecher der Regierung gegenüber der Zeitung Paul Weber bestätigt. „Wir sind bereit“, sagte der Regierungssprecher.";
    expect(quote(text, "de", "Wir sind").speaker).toBe("Regierungssprecher");
  });

  test("a capitalised pronominal adverb (Dabei) is no name", () => {
    const text = "Die Regierung hatte sich entschuldigt. Dabei sagte Paul Weber, „es sei notwendig gewesen“.";
    expect(quote(text, "de", "es sei").speaker).toBe("Paul Weber");
  });
});

describe("round 37: French frames and asides", () => {
  test.each([
    // "Pour X, [aside,] il s'agit d'« … »": the view of X.
    ["Les résultats sont contestés. Pour Erdogan, au contraire, il s'agit d' « un moment historique ».", "un moment", "Erdogan"],
    ["Pour le maire, c'est « une honte ».", "une honte", "maire"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "fr", words).speaker).toBe(speaker);
  });

  test("a pronoun after 'quant à' is no subject of the verb", () => {
    const text =
      "Des élus, comme Pascal Julien, craignent une « forteresse ».\n\nLa municipalité, quant à elle, justifie, dans un communiqué, que « notre volonté est d'aboutir ».";
    expect(quote(text, "fr", "notre volonté").speaker).not.toBe("Pascal Julien");
  });
});

describe("round 37: who speaks in Chinese", () => {
  test.each([
    // A quoting verb or "that is" before the name, "所" after it, a role word before a short name.
    ["總統朗讀了書中段落，引用孔子所說的「再思可也」，勉勵學童。", "再思", "孔子"],
    ["總統回答，這就是勇氣，也就是孟子說過：「自反而縮，雖千萬人吾往矣。」", "自反", "孟子"],
    ["已經第三度參賽的海東國小學生姜小蕎表示「我很高興能參加比賽」。", "我很高興", "姜小蕎"],
    // The words after a quotation, up to the end of its paragraph only.
    ["總統說，「社會能和諧、安定」\n\n因此，總統在和大家講話，聽了所有志工們說他們的心路歷程時，特別表示「大家真令人感動」。", "社會能", "總統"],
    // A run opening on "在" (at, in) names nobody: the one the paragraph's pronoun stands for keeps the quotation.
    ["江大香說，「很辛苦」。\n\n她說，藉由多年服務，發現真理就是「服務別人，也就是服務自己」，在相互勉勵中，體會到人性的光輝。", "服務別人", "江大香"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });
});

describe("round 37: what can be checked", () => {
  test.each([
    // A currency sign after the number, as French writes it.
    ["Alors qu'elles valaient 71,50 $ la veille, elles sont tombées à 68,65 $ mardi.", "71,50", "fr"],
    // Chinese events of official life: attending, unveiling, taking office.
    ["陳總統水扁先生今天上午應邀參加紀念墓園揭幕，並致詞。", "揭幕", "zh"],
    ["總統選擇在520就職週年，與大理國小的學生共讀童書。", "520", "zh"],
    // German events: an arrest that took place ("erfolgte") on a day.
    ["Die Festnahme von Raúl Reyes erfolgte am Samstag.", "Festnahme", "de"],
  ])("%s", (text, words, language) => {
    expect(unitHolding(text, words, language).checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});

describe("round 37: Chinese groups and leads", () => {
  test("a group of named people joined by 與 speaks together", () => {
    const text = "獲得第一的海東國小學生高小軒、姜小濬與蘇小揚表示：「這次比賽很辛苦。」";
    expect(quote(text, "zh", "這次").speaker).toBe("高小軒、姜小濬與蘇小揚");
  });
  test("a titled person opening the sentence after a closed quotation says it", () => {
    const text = "「辛苦了！真是謝謝您們。」李總統登輝先生接見志願服務得獎代表，亟表欽佩。";
    expect(quote(text, "zh", "辛苦了").speaker).toBe("李總統登輝先生");
  });
});

describe("round 37: titles", () => {
  test.each([
    // A version number's point is no full stop inside a name.
    ["市府攜手成大，除共同規劃「沙崙智慧 綠能科學城2.0計畫」，去年並簽署備忘錄。", "沙崙智慧", "zh"],
    // A named strategy, a memorial room.
    ["全力布局下一世代「精準醫療」策略，打造醫療中心。", "精準醫療", "zh"],
    ["總統參觀第三進「林癡仙與林陳琅先生紀念展示室」。", "林癡仙", "zh"],
    // A legal charge after "pour", in a sentence of prosecution.
    ["Ils ont été mis en examen pour « recel de détournements de fonds publics ».", "recel", "fr"],
    ["Le parquet a ouvert une enquête visant le couple, pour des « chefs de détournement de fonds publics ».", "chefs de", "fr"],
  ])("%s", (text, words, language) => {
    expect(quote(text, language, words).kind).toBe("title");
  });

  test("words someone fights for, or a clause of allegations, are no charge", () => {
    expect(quote("Il se bat pour « la justice ».", "fr", "la justice").kind).not.toBe("title");
    const clause = "Cette enquête a été ouverte pour des « allégations [qui] portent sur des irrégularités concernant des consultants ».";
    expect(quote(clause, "fr", "allégations").kind).not.toBe("title");
  });
});

describe("round 37: spokespeople and frames", () => {
  test.each([
    // A spokesperson speaks for the body named with them.
    ["„Wir gehen davon aus, dass es eine Obduktion gibt“, sagte ein Sprecher der Staatsanwaltschaft.", "Wir gehen", "Staatsanwaltschaft", "de"],
    // "hieß es von …" after the clause's last word.
    [
      "Sie habe ein auffällig „pro-aserbaidschanisches Verhalten“ gezeigt, hieß es von der Staatsanwaltschaft.",
      "pro-aserbaidschanisches",
      "Staatsanwaltschaft",
      "de",
    ],
  ])("%s", (text, words, speaker, language) => {
    const q = quote(text, language, words);
    expect(q.speaker).toBe(speaker);
    expect(q.kind).toBe("speech");
  });
});
