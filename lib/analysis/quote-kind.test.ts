import { describe, expect, test } from "vitest";
import { analyze } from "./index";

/** Kind of the first quotation in a short synthetic sentence of the given language. */
const kindOf = (text: string, language: string) => analyze(text, { language }).quotes[0]?.kind;

describe("quote kinds across languages", () => {
  test.each([
    ["ru", "a club's name", "Вчера «Спартак» проиграл в Казани.", "title"],
    ["ru", "a party's name", "Депутаты «Новой партии» покинули зал.", "title"],
    ["ru", "a law's name", "Суд признал закон «О печати» устаревшим.", "title"],
    ["ru", "a word held at a distance", "Они оторвали эту «букву» от опоры.", "scare"],
    ["ru", "em-dash dialogue", "«Мы готовы к диалогу», — сказал министр.", "speech"],
    ["de", "an operation's name", "Die Polizei beendete die „Aktion Sonne“ am Montag.", "title"],
    ["de", "short words attributed with a verb", "Gegner sprachen von einer „gefährlichen Entwicklung“ im Land.", "speech"],
    ["fr", "short words attributed with selon", "Selon le journal, l'usine travaille « depuis des semaines ».", "speech"],
    ["fr", "a foreign term held at a distance", "La ville installera des « food trucks » dans le métro.", "scare"],
    ["es", "an award's name", "El actor recibió el «Premio Goya» en Madrid.", "title"],
    ["en", "a short evaluative word said by someone", 'The bishop called the ruling "irresponsible" on Monday.', "speech"],
    ["en", "a one-word name", 'The group calls itself "Anonymous" in its videos.', "title"],
    ["en", "a cited headline in a source line", '"Minister opens new bridge over river" — The Daily Example, May 3, 2019', "title"],
    ["en", "a scare quote far from any verb", "They want to live in a world based on “rules” and nothing else.", "scare"],
  ])("%s: %s", (language, _name, text, kind) => {
    expect(kindOf(text, language)).toBe(kind);
  });
});
