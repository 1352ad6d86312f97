// Attribution and kind patterns of round 9 of the development corpus (issue 14), each in a
// made-up sentence of the same shape: the subject opening a clause after a leading phrase, a
// person's name before "of" and a body, a day or month opening a name, a genitive place between an
// office and its holder, more reporting verbs; and more event verbs, number words and times.
import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { lastSpeech, quote } from "./pattern-helpers";

describe("round 9: who speaks", () => {
  test.each([
    // A joined predicate's or a participle's subject opens its clause, after a leading phrase and its comma.
    [
      "en",
      'According to a press report, ex-CIA official Paul Pillar led the work of the National Intelligence Council and told the Service that the estimates "addressed the fears explicitly".',
      "Paul Pillar",
    ],
    [
      "en",
      'Weeks earlier, on January 25, former UN weapons inspector Hans Blix recommended that the United States give a commitment, stating, "Regime changes from the outside are no panacea."',
      "Hans Blix",
    ],
    // "<First> <Last> of <Body>": the person, not the body.
    [
      "en",
      'Amos Nyaoro of Somalia Water Management, the agency where Watson was working, told The Daily Telegraph: "We are attempting to make contact."',
      "Amos Nyaoro",
    ],
    // "the Sunday Telegraph": a capitalised day between "the" and a name opens the name.
    ["en", 'On February 12, the Sunday Telegraph claimed that strategists are "drawing up plans for raids".', "Sunday Telegraph"],
    // A genitive place ("земли Гессен") between an office and its holder is not part of the holder's name.
    ["ru", "Премьер-министр земли Гессен Фолькер Буфье напомнил, что министр работал «днём и ночью».", "Фолькер Буфье"],
    // An office named after the reporting verb brings its holder named right after it.
    ["fr", "L'armée reste, comme le précise l'ambassadeur de France en Afghanistan, Bernard Bajolet : « Les forces tournent une page ».", "Bernard Bajolet"],
    // "complained", "stating": reporting verbs; the last one before the quotation governs it.
    ["en", 'To address the issues he mentioned, Hugo Chavez complained that "the assembly has been turned into a deliberative organ."', "Hugo Chavez"],
  ])("%s: %s", (language, text, speaker) => {
    expect(lastSpeech(text, language).speaker?.name).toBe(speaker);
  });
});

describe("round 9: quotation kinds", () => {
  test("words someone names or defines something as are that someone's speech", () => {
    const named = "Исламское государство назвало исполнителя теракта «солдатом халифата».";
    expect(quote(named, "ru", "солдатом")).toMatchObject({ kind: "speech", speaker: "Исламское государство" });
    const defined = "В письме политик определил будущее земли как «безнадёжное».";
    expect(quote(defined, "ru", "безнадёжное").kind).toBe("speech");
  });
});

describe("round 9: what can be checked", () => {
  test.each([
    ["ru", "Британское правительство экстрадировало Насира на прошлой неделе."],
    ["ru", "Всего в её фильмографии около тридцати работ."],
    ["ru", "Заявление появилось на сайте Кремля 2 ноября."],
    ["fr", "La maternité de Figeac a été fermée en 2009."],
  ])("%s: %s passes 0.5", (language, text) => {
    expect(analyze(text, { language }).units[0]!.checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});
