// Patterns read from round 52 of the development corpus (issue 14: `dev52`, English Wikinews from AMALGUM), each in a
// made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 52: English kinds", () => {
  test('a name after a naming word may open on an article ("then known as \\"the Cranberry Saw Us\\"")', () => {
    expect(quote('She joined the band, then known as "the Cranberry Saw Us", as a teenager.', "en", "the Cranberry").kind).toBe("title");
  });
  test("a few lower-case words ending the author's sentence keep its full stop inside the marks: a term, not a quoted sentence", () => {
    expect(quote('The country also banned "homosexual propaganda." The law means gays could be jailed.', "en", "homosexual").kind).toBe("scare");
    // A verb of speech before them still makes them someone's words.
    expect(quote('The minister said it was "totally unacceptable." Then he left.', "en", "totally").kind).toBe("speech");
  });
});
