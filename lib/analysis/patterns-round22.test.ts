// Spanish patterns read from round 22 of the development corpus (issue 14), each in a made-up text of the same shape:
// verbs of speech in every third-person tense (derived from their infinitives), and "a su juicio" standing for the
// person who spoke last.
import { describe, expect, test } from "vitest";
import { spanishForms } from "./lexicons/data";
import { lexiconFor } from "./lexicons";
import { explainSignal } from "../domain/signal-text";
import { lastSpeech, quote } from "./pattern-helpers";

describe("round 22: Spanish verbs of speech by their infinitive", () => {
  test("a regular verb gives its third-person forms and participle", () => {
    expect(spanishForms("afirmar")).toEqual(
      expect.arrayContaining(["afirma", "afirman", "afirmó", "afirmaron", "afirmaba", "afirmaban", "afirmado", "afirmará", "afirmaría"]),
    );
    expect(spanishForms("añadir")).toEqual(expect.arrayContaining(["añade", "añaden", "añadió", "añadieron", "añadía", "añadido"]));
    expect(spanishForms("responder")).toEqual(expect.arrayContaining(["responde", "respondió", "respondieron"]));
    expect(spanishForms("según")).toEqual([]);
  });

  test("the derived forms are Spanish reporting verbs, and only Spanish ones", () => {
    const es = lexiconFor("es").reportingVerbs;
    for (const w of ["afirmaron", "declararon", "señalaban", "ironizó", "insistieron", "dirá"]) expect(es.has(w)).toBe(true);
    expect(es.has("ha")).toBe(false);
    expect(lexiconFor("en").reportingVerbs.has("afirmaron")).toBe(false);
  });

  test.each([
    // A plural preterite and an imperfect report as the singular did (two bodies joined speak together).
    ["es", 'Los sindicatos UGT y CCOO afirmaron que la reforma es "un paso atrás".', "UGT y CCOO"],
    ["es", 'El alcalde Pedro Ruiz explicaba ayer que la obra "no tiene fecha".', "Pedro Ruiz"],
    // A perfect tense: the participle after "ha" is the verb.
    ["es", 'La ministra Elena Salgado ha declarado que el plan "sigue adelante".', "Elena Salgado"],
    // A verb of speech without a subject after a sentence naming the speaker: the left-out subject is that person.
    ["es", 'El delantero Raúl González llegó tarde al entrenamiento. Luego ironizó al añadir: "si es preciso, corremos más".', "Raúl González"],
  ])("%s: %s → %s", (language, text, speaker) => {
    expect(lastSpeech(text, language).speaker?.name).toBe(speaker);
  });
});

describe("round 22: a possessive that stands for the last speaker", () => {
  test("“A su juicio, «…»” is said by the person who spoke before", () => {
    const text =
      'El presidente navarro, Miguel Sanz, declaró a la prensa que "lo que procede es condenar estos atentados". A su juicio, ataques como el de San Sebastián "demuestran que la amenaza persiste".';
    const q = quote(text, "es", "demuestran");
    expect(q.speaker).toBe("Miguel Sanz");
    expect(q.signals).toContain("speaker:possessive→Miguel Sanz (sentence 1)");
    expect(explainSignal("speaker:possessive→Miguel Sanz (sentence 1)")).toContain("Miguel Sanz");
  });

  test("“En su opinión” resolves to a woman as to a man", () => {
    const text = 'La portavoz Ana Pastor habló tras la reunión. En su opinión, el acuerdo "llega tarde".';
    expect(quote(text, "es", "llega tarde").speaker).toBe("Ana Pastor");
  });

  test("a name after the phrase is still the source when no possessive stands for it", () => {
    const text = 'El consejero Luis Gómez habló ayer. A juicio de la alcaldesa Rosa Díez, el plan "llega tarde".';
    expect(quote(text, "es", "llega tarde").speaker).toBe("Rosa Díez");
  });
});
