import { describe, expect, test } from "vitest";
import { analyze } from "./index";

/** The speaker of the last speech quotation, checked against its span, and the rule that linked it. */
function last(text: string, language: string): { name: string | null; signals: string[] } {
  const q = analyze(text, { language })
    .quotes.filter((x) => x.kind === "speech")
    .at(-1);
  if (q?.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.name);
  return { name: q?.speaker?.name ?? null, signals: q?.signals ?? [] };
}

describe("speakers across languages and sentences", () => {
  test.each([
    [
      "en",
      "a pronoun takes the last named person",
      "Officials met on Monday. Jane Roe told reporters the talks went well. “We are close to a deal,” she said.",
      "Jane Roe",
      "speaker:pronoun→Jane Roe",
    ],
    ["en", "an organisation speaks", "“The plan is final,” the city council said on Friday.", "city council", "speaker:after-quote"],
    [
      "en",
      "in the words of an office with its name",
      "In the words of the state prosecutor, Jane Roe, “the case is closed for good.”",
      "Jane Roe",
      "speaker:according-to",
    ],
    [
      "en",
      "a surname takes the full name",
      "Transport Minister Paul Brandt visited the site. “It is not secret at all,” Brandt said.",
      "Paul Brandt",
      "speaker:surname→Paul Brandt",
    ],
    [
      "en",
      "a quotation continued in the next sentence",
      "“The front is calm,” said the agency. “Nothing has changed since morning.” It gave no figures.",
      "agency",
      "speaker:previous-sentence",
    ],
    ["ru", "em-dash attribution after the quote", "«Мы готовы к диалогу», — сказал Сергей Петров в понедельник.", "Сергей Петров", "speaker:after-quote"],
    [
      "ru",
      "a pronoun after the verb",
      "Министр Сергей Петров приехал в город. «Работа продолжится», — отметил он.",
      "Сергей Петров",
      "speaker:pronoun→Сергей Петров",
    ],
    [
      "ru",
      "an inflected surname takes its base form",
      "Об этом сообщила Анна Петрова. «Решение принято», — сказала Петрова.",
      "Анна Петрова",
      "speaker:surname→Анна Петрова",
    ],
    [
      "de",
      "speaker before a colon",
      "Die Abgeordnete Christina Berg sagte am Montag: „Wir wollen ein neues Gesetz.“",
      "Christina Berg",
      "speaker:subject-of-verb",
    ],
    ["de", "laut X", "Laut Polizei sei die Lage „vollkommen ruhig“ geblieben.", "Polizei", "speaker:according-to"],
    [
      "fr",
      "an office refers to the person named in its paragraph",
      "Marc Dupont a été élu président le 31 mai. « Le pays doit rester uni », a déclaré le nouveau président.",
      "Marc Dupont",
      "speaker:office→Marc Dupont",
    ],
    ["fr", "selon X", "Selon La Gazette, l'usine tourne « depuis des semaines ».", "La Gazette", "speaker:according-to"],
    ["es", "speaker after the quote", "«Vamos a ganar», dijo Ana Torres en Madrid.", "Ana Torres", "speaker:after-quote"],
    [
      "de",
      "a capitalised pronoun opening the sentence is no name",
      "Der Minister Paul Weber besuchte Bonn. Er fügte hinzu: „Wir sind bereit.“",
      "Paul Weber",
      "speaker:pronoun→Paul Weber",
    ],
    [
      "de",
      "Sie, capitalised, is a pronoun",
      "Die Ministerin Anna Berg besuchte Köln. Sie sagte: „Wir werden investieren.“",
      "Anna Berg",
      "speaker:pronoun→Anna Berg",
    ],
    ["de", "a compound office before a surname", "„Das hat sich etabliert“, erklärte Kultusministerin Eisenmann.", "Eisenmann", "speaker:after-quote"],
    ["de", "a hyphenated office before a name", "SPD-Fraktionschef Andreas Stoch sagte: „Das ist ein Feldzug.“", "Andreas Stoch", "speaker:subject-of-verb"],
    [
      "de",
      "the subject after the verb when a prepositional phrase opens the clause",
      "In einem dieser Briefings schrieb der Botschafter Kim Darroch: „Wir gehen nicht davon aus.“",
      "Kim Darroch",
      "speaker:after-verb",
    ],
    [
      "de",
      "a possessive opening the sentence is no name",
      "Sein Gegenkandidat Boris Johnson sagte: „Ich glaube das nicht.“",
      "Boris Johnson",
      "speaker:subject-of-verb",
    ],
    [
      "de",
      "a feminine agent noun is an office",
      "Die Pädagogin María Teresa Blandón sagte: „Wir bleiben hier.“",
      "María Teresa Blandón",
      "speaker:subject-of-verb",
    ],
    [
      "de",
      "the owner of a speech noun after von",
      "Das Fazit von Sandra Boser überrascht nicht: „Die Zahlen sind gut.“",
      "Sandra Boser",
      "speaker:owner-of-speech",
    ],
    [
      "de",
      "a verb after a comma has its subject after it",
      "Die Regierung solle „ehrlich und offen“ bleiben, sagte die Sprecherin. „Wir bezahlen sie dafür.“",
      "Sprecherin",
      "speaker:after-verb",
    ],
    [
      "de",
      "an office held by a woman is who 'sie' stands for",
      "Im April bezeichnete Gérard Araud den Präsidenten als „etwas primitiv“. Die Öffentlichkeit erwarte eine „ehrliche Einschätzung“, sagte die Sprecherin. Sie fügte hinzu: „Wir bezahlen sie dafür.“",
      "Sprecherin",
      "speaker:pronoun→Sprecherin",
    ],
    [
      "de",
      "reported speech (Konjunktiv I) goes on with the speaker before it",
      "„Ganz Istanbul hat diese Wahl gewonnen“, sagte Ekrem İmamoğlu. Sein Sieg sei ein „neuer Beginn“ für die Türkei.",
      "Ekrem İmamoğlu",
      "speaker:continued",
    ],
    [
      "de",
      "a separable verb of speech",
      "Giuseppe Conte warf Salvini in seiner Rede „politischen Opportunismus“ vor.",
      "Giuseppe Conte",
      "speaker:subject-of-verb",
    ],
    [
      "de",
      "a verb after an apposition's comma keeps the subject before it",
      "Der Vorsitzende der Partei, Ghazi Atabani, sagte Journalisten, dass „jeder Staat die Folgen tragen“ werde.",
      "Ghazi Atabani",
      "speaker:",
    ],
    [
      "es",
      "Ella opening the sentence is a pronoun",
      "La ministra Ana García visitó Sevilla. Ella dijo: «Vamos a invertir».",
      "Ana García",
      "speaker:pronoun→Ana García",
    ],
  ])("%s: %s", (language, _name, text, speaker, signal) => {
    const r = last(text, language);
    expect(r.name).toBe(speaker);
    expect(r.signals.some((s) => s.startsWith(signal))).toBe(true);
  });
});

describe("speakers in Chinese", () => {
  test.each([
    ["speaker before the verb and a colon", "外交部发言人表示：“我们坚决反对这一决定。”", "外交部发言人", "speaker:subject-of-verb"],
    ["speaker after the quotation", "“我们已经准备好了。”王明说。", "王明", "speaker:after-quote"],
    ["an adverb between subject and verb", "市长当天指出：“道路将在明天开放。”", "市长", "speaker:subject-of-verb"],
    ["a pronoun takes the last speaker", "“会议很成功。”王明说。他表示：“我们会继续合作。”", "王明", "speaker:pronoun→王明"],
    ["Traditional characters", "楚里歐會長指出，雷根總統曾說，「每個國家都有其獨一無二的文化特色。」", "雷根總統", "speaker:subject-of-verb"],
    ["a place after the name", "“这是一个重要的里程碑，”世界卫生组织总干事谭德塞在日内瓦表示。", "世界卫生组织总干事谭德塞", "speaker:after-quote"],
    ["a day and an occasion after the name", "国务院总理李强5日在政府工作报告中表示：“我们要坚定信心。”", "国务院总理李强", "speaker:subject-of-verb"],
    [
      "a verb after a closed quotation opens a statement of its own",
      "李强说：“我们要坚定信心。”\n他指出，“中国经济长期向好的基本面没有改变”。",
      "李强",
      "speaker:pronoun→李强",
    ],
    ["a left-out subject is the sentence's", "最後，總統除再次表達悼念，也強調，「臺灣很美，但臺灣受傷了。」", "總統", "speaker:sentence-subject"],
    ["a clause of time is no subject", "總統今（24）日上午接見訪問團時表示，「感謝各位。」", "總統", "speaker:sentence-subject"],
    [
      "a pronoun opening the sentence is its subject",
      "鄭佳欣表示：「我們會監督。」她要求市府一週內徹查，強調「該停止的立即停止，該究責絕不寬貸」。",
      "鄭佳欣",
      "speaker:pronoun→鄭佳欣",
    ],
    [
      "the paragraph's subject after an opening phrase",
      "針對北歸仁發展停滯，鄭佳欣表示，這是老問題。七年前她提出構想。「市府說要重視交通。」",
      "鄭佳欣",
      "speaker:paragraph-subject",
    ],
    ["a surname that is also an adverb", "曾培雅議員也針對開發進度提出質疑，強調：「東區建設值得更好！」", "曾培雅議員", "speaker:sentence-subject"],
    ["the person after 的", "苗栗三灣國中的張昌峻同學表示：「我會繼續努力。」", "張昌峻同學", "speaker:subject-of-verb"],
    ["the person after the firm", "禧榕軒大飯店主廚柯秉佐說：「台灣鯛很好料理。」", "主廚柯秉佐", "speaker:subject-of-verb"],
    ["a clause of time opening the paragraph", "總統致詞時表示，警察是人民的保母。大家辛苦了。「這是國家給你們的任務。」", "總統", "speaker:paragraph-subject"],
    ["an adverb of sequence after the name", "林榮川再次強調：「市府不會改變立場。」", "林榮川", "speaker:subject-of-verb"],
    ["the subject of the paragraph", "總統說，民主是共享的價值。雙方也共同努力。「我們會繼續合作。」", "總統", "speaker:paragraph-subject"],
  ])("zh: %s", (_name, text, speaker, signal) => {
    const r = last(text, "zh");
    expect(r.name).toBe(speaker);
    expect(r.signals.some((s) => s.startsWith(signal))).toBe(true);
  });
});

describe("why this unit", () => {
  test("a carved quotation's unit carries the rule that found its speaker", () => {
    const text = "Officials met on Monday. Jane Roe told reporters the talks went well. “We are close to a deal on tariffs,” she said.";
    const unit = analyze(text, { language: "en" }).units.find((u) => u.kind === "EVIDENCE");
    expect(unit?.speaker?.name).toBe("Jane Roe");
    expect(unit?.signals).toEqual(expect.arrayContaining(["evidence:speech", "speaker:pronoun→Jane Roe (sentence 2)"]));
  });
});
