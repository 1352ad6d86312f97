// Attribution, kind and check-worthiness patterns of round 7 of the development corpus (issue 14),
// each in a made-up sentence of the same shape: hyphenated offices, surnames that are function
// words, given names that are document nouns, bodies and places that read like two-word names,
// names inside a reported clause, quotations in a reported clause or after a speech noun, a cited
// source closing the sentence, and event verbs and amounts as checkable facts.
import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { lastSpeech, quote } from "./pattern-helpers";

describe("round 7: who speaks", () => {
  test.each([
    // "Премьер-министр": a hyphenated office noun opens the name it qualifies.
    ["ru", "Австралийский Премьер-министр Джон Говард сказал: «Это огромная потеря».", "Джон Говард"],
    // "Nor", "May": a capitalised function word or month ending a name mid-sentence is its surname.
    ["en", 'Abdullahi Nor, who said he was a spokesman for the group, commented: "We tried to board the ship."', "Abdullahi Nor"],
    ["en", 'Britain voted on Thursday. Theresa May said: "We respect the result."', "Theresa May"],
    // "Bill": a document noun opening a two-word name is a given name.
    ["en", 'Bill Gortney issued a statement on Monday. "This is a great example," he remarked.', "Bill Gortney"],
    // "Naval Forces Central Command", "United States": bodies and places, not people, so "he" skips them.
    ["en", 'US Vice Admiral Bill Gortney, from the Naval Forces Central Command, issued a statement. "We are ready," he remarked.', "Bill Gortney"],
    ["en", 'On Wednesday, United States film director Steven Spielberg withdrew. "Conscience will not allow me to continue," he said.', "Steven Spielberg"],
    // A body named by its kind: the name after the kind word, or the capitalised adjective with its noun.
    ["fr", "L'agence Reuters a précisé : « Les négociations continuent ».", "Reuters"],
    ["ru", "Агентство «Синьхуа» сообщило: «Переговоры продолжатся».", "Синьхуа"],
    ["ru", "Об этом газета «Коммерсант» написала: «Сделка закрыта».", "Коммерсант"],
    ["ru", "Белый дом заявил: «Переговоры продолжатся».", "Белый дом"],
  ])("%s: %s", (language, text, speaker) => {
    expect(lastSpeech(text, language).speaker?.name).toBe(speaker);
  });

  test("a name in the clause a reporting verb reports does not speak", () => {
    const ru = "13 июля англоязычный сайт движения заявил, что в районе Зурмат «американские оккупанты» убили более 40 мирных жителей.";
    expect(quote(ru, "ru", "американские").speaker).toBeNull();
    const en = 'The website said that in Zurmat district "the occupiers" killed more than 40 civilians.';
    expect(quote(en, "en", "the occupiers").speaker).not.toBe("Zurmat");
  });
});

describe("round 7: quotation kinds", () => {
  test("short words at the end of a clause a reporting verb reports are speech, however far the verb", () => {
    const ru = "Власти заявили, что в результате воздушных и наземных операций в районах Зурмат и Ахмадабад провинции были убиты «десятки боевиков».";
    expect(quote(ru, "ru", "десятки").kind).toBe("speech");
    // Without a reporting verb the same words are held at a distance.
    const scare = "В результате воздушных и наземных операций в районах Зурмат и Ахмадабад провинции были убиты «десятки боевиков».";
    expect(quote(scare, "ru", "десятки").kind).toBe("scare");
  });

  test("short words after a speech noun or a verb of calling are speech", () => {
    expect(quote("Движение отвергает заявления властей о «десятках погибших» в провинции.", "ru", "десятках").kind).toBe("speech");
    expect(quote("Рыбаки сделали то, что эксперты называют «очень редким» открытием.", "ru", "очень").kind).toBe("speech");
    expect(quote('The group rejected the claims of "heavy losses" in the province.', "en", "heavy").kind).toBe("speech");
  });

  test("a short name after a comma and a reporting verb, closing the sentence, is the cited source", () => {
    const ru = "«Вам надлежит покинуть Баварию», — ответили власти в документе от февраля 1905 года, сообщает «Немецкая волна».";
    expect(quote(ru, "ru", "Немецкая").kind).toBe("title");
    // Words answered after a reporting verb with no comma before it stay speech.
    expect(quote("Он ответил «Нет».", "ru", "Нет").kind).not.toBe("title");
  });
});

describe("round 7: what can be checked", () => {
  const score = (text: string, language: string): number => analyze(text, { language }).units[0]!.checkworthy;

  test.each([
    ["en", "Iraqi law requires a plea, and Fitzsimons entered not guilty pleas."],
    ["en", "The verdict was delayed by the Baghdad court."],
    ["ru", "Однако Трумп нарушил закон о воинской повинности."],
    ["ru", "Ирвину было 44 года."],
    ["ru", "Поэтому на машины претендуют 12 человек."],
    ["fr", "La réunion de Montréal a été reportée."],
  ])("%s: an event with its agent, or a measured amount, passes 0.5: %s", (language, text) => {
    expect(score(text, language)).toBeGreaterThanOrEqual(0.5);
  });

  test("an event verb alone, with no agent named, stays below 0.5", () => {
    expect(score("They abandoned the attack without causing damage.", "en")).toBeLessThan(0.5);
  });
});
