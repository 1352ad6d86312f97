import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis";
import { explainSignal, explainSignals } from "./signal-text";

const demo = readFileSync(new URL("../../prisma/seed-data/valdai-nato-east-asia.txt", import.meta.url), "utf8");

describe("explainSignal", () => {
  it.each([
    ["checkable:agent:New Zealand", "Names an agent: New Zealand"],
    ["checkable:date:July 10, 2024", "Gives a full date: July 10, 2024"],
    ["checkable:date:9 июля 2024", "Gives a full date: 9 июля 2024"],
    ["checkable:date:2024年7月9日", "Gives a full date: 2024年7月9日"],
    ["checkable:date:June 14", "Gives a date: June 14"],
    ["checkable:date:in 2004", "Gives a date: in 2004"],
    ["checkable:quantity:10 years", "Gives a quantity: 10 years"],
    ["evaluative:it-is-worth", "Uses evaluative wording: “it is worth”"],
    ["evaluative:exclamation", "Ends with an exclamation mark"],
    ["marker:however", "Contrasts with what came before (“however”)"],
    ["marker:since-verb", "Gives a reason (“since verb”)"],
    ["premise:before-therefore", "Gives a reason for the next claim (“therefore”)"],
    ["speaker:pronoun→Jane Roe (sentence 2)", "Speaker: “he”/“she” refers to Jane Roe (sentence 2)"],
    ["speaker:dropped-subject→Ana Ruiz (sentence 1)", "Speaker: the verb’s unnamed subject (“Estimó que …”) is Ana Ruiz (sentence 1)"],
    ["quote-kind:introduced", "Quotes words introduced by a reporting verb"],
    ["evidence:according-to", "Introduces evidence (“according to”)"],
    ["suggest:OPINION", "Reads as opinion, so the analyser suggests the verdict Opinion"],
  ])("%s", (code, sentence) => {
    expect(explainSignal(code)).toBe(sentence);
  });

  it("reads an unknown code as itself, so nothing is hidden", () => {
    expect(explainSignal("brand-new:thing")).toBe("brand-new:thing");
    expect(explainSignal("nocolon")).toBe("nocolon");
  });

  it("says every signal the analyser gives the demo article as a sentence, never as a code", () => {
    const codes = new Set(analyze(demo).units.flatMap((u) => u.signals));
    expect(codes.size).toBeGreaterThan(50);
    for (const code of codes) {
      const sentence = explainSignal(code);
      expect(sentence, code).not.toBe(code);
      expect(sentence, code).toMatch(/^[A-Z“]/u);
      expect(sentence, code).not.toMatch(/\b[a-z-]+:[a-z]/);
    }
  });

  it("says the signals of other languages' attribution and quote shapes as sentences too", () => {
    const texts: Array<[string, string]> = [
      [
        "fr",
        "Dans un entretien, Paul Durand décrit sa sœur comme « trop prudente ». « Je connais le terrain », explique-t-il. Il la juge « dure » et « injuste ».",
      ],
      [
        "ru",
        "Он выступил. «Мы начали эту работу давно, — напомнил Петров. — И мы её закончим». Иванов хотел видеть преемником Сидорова, который отшучивается словами: «Пора отдыхать».",
      ],
      [
        "ru",
        "Наиболее известен по произведениям: «Песня о море», «Три вечера». «Переговоры продолжатся», — пишет газета «Коммерсант». Так называемый «мирный план» отвергнут.",
      ],
      ["en", 'Text before it.\n"So far, it is one to nothing. But it is a long game." - Jane Roe\nA user labelled "Nobody" posted it.'],
      ["en", 'According to the Daily Courier, quoting the Central Weather Office, the city must prepare for a "state of emergency".'],
      ["fr", "Il ajoute que sa rivale « est une femme »."],
      ["fr", "Le syndicat SUD-PTT dénonce la réforme. « Nous refusons ce plan », estime le syndicat."],
      ["ru", "В беседе с изданием Sydney Morning Herald автор «Диких сердцем» и «Малхолланд Драйва» сказал, что уходит."],
      ["ru", "По мнению чиновника, «дорогу откроют в мае»."],
      ["ru", "Генеральный менеджер «Соколы» Иван Орлов доволен. Он член партии «Лига Юга». Орлов отверг обвинения в адрес «Лиги», назвав их «пугалками»."],
      ["zh", "他出演了电影《长夜》。"],
      ["ru", "«Вам надлежит покинуть страну», — ответили власти, сообщает «Немецкая волна»."],
      // (A present-tense verb of saying: a Russian past-tense one is an event, "dated-event".)
      ["ru", "Однако в пятницу иранское телевидение сообщает, что слова Роухани неверно переведены."],
      // A quotation broken by a word left outside its marks, and a passive verb of speech with its agent.
      // Chinese and German attribution frames (rounds 25–29).
      ["zh", "總統說，條約是不拘形式的。條約的名稱有24種之多，「宣言也是其中的一種名稱」。最後，總統也引用邱吉爾的名言期勉國人：「永不放棄。」"],
      ["zh", "最後，德拉霍斯主席說，他想用一句話來形容彼此的雙邊關係，那就是「真正的友誼」。市府推出「新化‧大目降」臺南經典小鎮攝影比賽。"],
      ["zh", "隨後，總統接見訪問團時表示：「歡迎來訪。」總統今（24）日上午表示：「歡迎來訪。」"],
      ["zh", "總統表示，以落實憲法增修條文第十條第六項「國家應維護婦女之人格尊嚴，保障婦女之人身安全」，政府持續努力。"],
      // The one quoted from, and a group a plural pronoun stands for (rounds 108–112).
      [
        "zh",
        "他引用地藏王菩薩曾立下的宏願，「地獄不空，誓不成佛」，期勉同仁。李萬居、吳三連、郭雨新等人率先投入選舉。他們當時喊出「國會改革」、「解除戒嚴」。",
      ],
      ["de", "Das Schiff habe „die Prozeduren missachtet“, hieß es von der Agentur Fars. Für den Abgeordneten Udo Bullmann ist sie „völlig unakzeptabel“."],
      [
        "es",
        'El Espanyol juega hoy. El delantero Raúl Tamudo entrenó ayer. "Si nos tocan en" semis "tampoco pasa nada, porque cualquiera es bueno", advirtió. El PLD ha sido acusado por la oposición de "comprar cédulas".',
      ],
    ];
    const codes = new Set(
      texts.flatMap(([language, text]) => {
        const a = analyze(text, { language });
        return [...a.units.flatMap((u) => u.signals), ...a.quotes.flatMap((q) => q.signals)];
      }),
    );
    for (const code of [
      "speaker:inside-quote",
      "speaker:relative-clause",
      "speaker:quoted-name",
      "speaker:dash-source",
      "speaker:quoting",
      "quote-kind:list-of-names",
      "quote-kind:coordinated-title",
      "quote-kind:cited-source",
      "checkable:dated-statement",
      "speaker:described",
      "quote-kind:office-of",
      "quote-kind:named-before",
      "quote-kind:split",
      "speaker:passive-agent",
      "speaker:saying-of",
      "speaker:reported-subject",
      "speaker:paragraph-subject",
      "speaker:sentence-subject",
      "speaker:said-by",
      "speaker:view-of",
      "quote-kind:named-thing",
      "speaker:cited",
      "speaker:group",
      "quote-kind:slogan",
      "quote-kind:article",
      "speaker:document",
    ]) {
      expect(codes, code).toContain(code);
    }
    for (const code of codes) {
      const sentence = explainSignal(code);
      expect(sentence, code).not.toBe(code);
      expect(sentence, code).not.toMatch(/\b[a-z-]+:[a-z]/);
    }
    expect(explainSignal("speaker:body→SUD-PTT (sentence 1)")).toBe("Speaker: the organisation refers to SUD-PTT (sentence 1)");
    expect(codes).toContain("speaker:body→SUD-PTT (sentence 1)");
  });

  it("says each reason once", () => {
    expect(explainSignals(["segment:sentence", "evaluative:vile", "segment:sentence"])).toEqual(["Is a whole sentence", "Uses evaluative wording: “vile”"]);
  });
});
