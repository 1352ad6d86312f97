// Attribution and kind patterns of round 8 of the development corpus (issue 14), each in a made-up
// sentence of the same shape: relative clauses without commas, participles whose subject opens the
// clause, quotations that go on with the last speaker, a speech noun with its owner's name, and
// quoted names of laws; and what can be checked: data units, a statement with its date, a speech
// noun with its owner.
import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { lastSpeech, quote } from "./pattern-helpers";

describe("round 8: who speaks", () => {
  test.each([
    // A relative clause right after a name, without commas: the names inside it do not speak.
    ["en", 'Rep. Charles Rangel (Democrats) who represents a neighborhood which Chavez recently visited said "I want to be clear."', "Charles Rangel"],
    // A participle's subject opens its clause, not the object named last.
    ["en", 'Hugo Chavez criticized Bush, saying he was "talking as if he owned the world".', "Hugo Chavez"],
    ["en", 'Brown responded to the promises of more British soldiers by saying "I believe there are announcements to come."', "Brown"],
    ["en", 'When pushing his agenda in Latin America, Chávez accused President Bush of racism, saying that Bush would look "at your color".', "Chávez"],
    ["en", 'Russian spokesperson Dmitry Peskov echoed Putin, saying the troops are "a threat to our security."', "Dmitry Peskov"],
    ["ru", "В интервью журналу Wired и в блоге, Макафи настаивает на своей невиновности, утверждая: «Меня могут убить».", "Макафи"],
    // A quotation standing alone after a sentence that only names someone goes on with the speaker just before.
    ["ru", "«Дизайн очень понятный», – говорит Джонатан Тэплин.\n\nApple изменила наш подход к музыке.\n\n«До iTunes бизнес был другим».", "Джонатан Тэплин"],
    // A speech noun with its owner's name right after it (a Russian genitive).
    ["ru", "Иранские СМИ привели слова Рухани о том, что Израиль является «раной на теле мира».", "Рухани"],
    // A body named by a common noun and its adjectives speaks for itself, not for a person named before it.
    ["ru", "Журналист Иван Петров приехал в Кабул. Афганские власти заявили, что в провинции были убиты «десятки боевиков».", "Афганские власти"],
    ["ru", "Иван Петров приехал в Кабул. Местная полиция сообщила: «Никто не пострадал».", "Местная полиция"],
    // The clause after "что" is reported even without a reporting verb: its names are not the speaker.
    ["ru", "Вчера Путина в частности обидело, что американские власти «ведут себя вызывающе надменно».", "Путина"],
    // "calls … 'a threat'": calling something so is saying it.
    ["en", "Putin calls US troops in Poland 'a threat'", "Putin"],
  ])("%s: %s", (language, text, speaker) => {
    expect(lastSpeech(text, language).speaker?.name).toBe(speaker);
  });

  test("a name mentioned between two quotations of one sentence does not take over from its speaker", () => {
    const text =
      'Chavez said that he wants an "alternative way of thinking" and canvassed for the support of the world for Venezuela to "save our planet from the threat."';
    expect(quote(text, "en", "save our planet").speaker).toBe("Chavez");
  });

  test("an author's lead-in to a colon still points at the sentence before, even after another speaker", () => {
    const text =
      'Dmitry Peskov said: "We see no dialogue." The expert community has noted the hardening tone of NATO. Let us mention some of them: "The stated ambitions of China challenge our interests."';
    expect(quote(text, "en", "The stated").speaker).toBe("NATO");
  });
});

describe("round 8: quotation kinds", () => {
  test("a quoted kind word with a capitalised name after it names that thing", () => {
    const text = "Депутаты обсудили поправки к «закону Димы Яковлева» и к «закону Магнитского».";
    expect(quote(text, "ru", "закону Димы").kind).toBe("title");
    expect(quote(text, "ru", "закону Магнитского").kind).toBe("title");
  });
});

describe("round 8: what can be checked", () => {
  const unit = (text: string, language: string) => analyze(text, { language }).units[0]!;

  test.each([
    ["fr", "Elle sera livrée avec une carte SD de 4 Go."],
    ["ru", "В 2004 году Джобс был прооперирован в Калифорнии."],
    ["ru", "Однако позднее в пятницу иранское телевидение заявило, что слова Роухани были искажены."],
    ["ru", "Иранское информагентство и другие СМИ привели слова Рухани о том, что Израиль является врагом."],
  ])("%s: %s passes 0.5", (language, text) => {
    expect(unit(text, language).checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test("who said something when is checkable; a statement without a date is not scored as dated", () => {
    expect(unit("On Friday the ministry of Iran said that the words of Rouhani had no basis.", "en").signals).toContain("checkable:dated-statement");
    expect(unit("The ministry of Iran said that the words of Rouhani had no basis.", "en").signals).not.toContain("checkable:dated-statement");
  });
});
