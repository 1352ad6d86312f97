import { describe, expect, test } from "vitest";
import { analyze } from "./index";

/** The speaker of the last speech quotation in the text, checked against its span. */
function speakerOf(text: string): string | null {
  const q = analyze(text)
    .quotes.filter((x) => x.kind === "speech")
    .at(-1);
  if (!q?.speaker) return null;
  expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.name);
  return q.speaker.name;
}

describe("speakers of speech quotations", () => {
  test.each([
    ["X stated: “…” (a title before a name is the person)", "Finance Minister Jane Doe stated: “We will act now.”", "Jane Doe"],
    ["“…,” X said", "“We will act now,” Jane Doe said.", "Jane Doe"],
    ["“…,” said X", "“We will act now,” said Jane Doe.", "Jane Doe"],
    ["X (date): “…”", 'Jane Doe (Mar. 19): "We will act now."', "Jane Doe"],
    ["According to X, “…”", "According to the Interior Ministry, “the border stays closed until further notice.”", "Interior Ministry"],
    [
      "X emphasised the following: “…”",
      "The official representative of the Trade Ministry emphasised the following: “Tariffs will rise.”",
      "official representative of the Trade Ministry",
    ],
    ["a statement which emphasised", "On Monday, the Foreign Ministry issued a statement which emphasised: “The talks are over for now.”", "Foreign Ministry"],
    ["the sentence before introduces the speaker", "Jane Doe gave her assessment of the talks. “They failed because nobody listened.”", "Jane Doe"],
    ["an office then a name", "The press secretary of the prime minister Tom Lee briefly formulated his view. “We see no progress here.”", "Tom Lee"],
    ["a later mention by name", "During the briefing, John Smith focused on the following: “We see no progress at all.”", "John Smith"],
    ["the statement of X", "We read in the statement of the Health Ministry: “Vaccines are safe and effective.”", "Health Ministry"],
    [
      "an office with an appositive name",
      "The official representative of the Defence Ministry, Anna Berg, also spoke on this issue: “Our troops remain in place.”",
      "Anna Berg",
    ],
    ["a pronoun takes the previous speaker", "“A first sentence here,” Jane Doe said. “Another sentence follows now,” she added.", "Jane Doe"],
    ["X condemned Y as “…”", "Paris also strongly condemned the authors of the report as “full of lies and baseless accusations against us.”", "Paris"],
    [
      "the author's own lead-in looks back",
      "The expert community noted the tone of Ministry attacks. Let us mention some of them: “Our patience has limits, and it is over.”",
      "Ministry",
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test("a title or scare quote has no speaker", () => {
    const a = analyze("They want a world based on “rules” and the “Charter of the United Nations”.");
    expect(a.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
});
