// Patterns read from round 43 of the development corpus (issue 14: `dev43`, French Wikinews of 2016, Chinese releases),
// each in a made-up text of the same shape.
import { describe, expect, test } from "vitest";
import { quote } from "./pattern-helpers";

describe("round 43: who speaks in French", () => {
  test("a participle right after the quotation brings its agent, the office holder named with that office", () => {
    const text =
      "Une confrontation entre le député Dominique Dord et le ministre Bernard Cazeneuve avait attiré l'attention sur la réplique ironique « C'est pas de votre faute ! » lancée par le député.";
    const q = quote(text, "fr", "C'est pas");
    expect(q.speaker).toBe("Dominique Dord");
    expect(q.signals).toContain("speaker:passive-agent");
  });
  test("a pronoun joined to the verb after the quotation speaks, not the source named after it", () => {
    const text = "Le rappeur Khaled Freak a publié une vidéo. « J'ai reçu beaucoup d'encouragements », dit-il selon Francetv info.";
    expect(quote(text, "fr", "J'ai reçu").speaker).toBe("Khaled Freak");
  });
});
