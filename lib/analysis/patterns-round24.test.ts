// Spanish patterns read from round 24 of the development corpus (issue 14), after it was measured as held out, each in a
// made-up text of the same shape: a verb of speech set off by commas without its subject, a demonstrative before a
// governed noun, a body's name after its noun, the subject after "como" and its verb, and a description of the person
// speaking that no one was named with.
import { describe, expect, test } from "vitest";
import { findMentions, collectDocNames } from "./mentions";
import { explainSignal } from "../domain/signal-text";
import { lastSpeech } from "./pattern-helpers";

describe("round 24: who speaks", () => {
  test.each([
    // A verb of speech alone between commas has a left-out subject: the person speaking, not the body named before the comma.
    [
      'El presidente Xabier Arzalluz habló en Bilbao. Aseguró que el PNV ha sufrido 235 ataques, por lo que, enfatizó, "no andamos de amiguetes con nadie".',
      "Xabier Arzalluz",
    ],
    // "contra este partido": a demonstrative is a determiner, so the preposition governs the noun after it.
    [
      'Xabier Arzalluz pidió calma a la militancia. Exhortó a no dejarse asustar por la carga dirigida contra este partido, porque, según dijo, "luego vendrán por otra cosa".',
      "Xabier Arzalluz",
    ],
    // After "como" the subject follows its verb; "Parlamento Europeo" is a body, not a person named "Europeo".
    [
      'El Parlamento Europeo introdujo varias enmiendas porque, como resaltó el eurodiputado popular José Manuel García-Margallo, "constituyen el primer instrumento de ahorro".',
      "José Manuel García-Margallo",
    ],
    // Sources speak as a body: "Fuentes de …" opening the sentence, "según fuentes comunitarias" after the quotation.
    ['Fuentes de la dirección del PLD cuestionaron la credibilidad de los sondeos de "algunas firmas encuestadoras".', "Fuentes de la dirección del PLD"],
    ['La fuerza de la UE tendrá "más de 60.000 soldados", según fuentes comunitarias.', "fuentes comunitarias"],
    // The agent of a passive verb of speech speaks, not its subject.
    ['El PLD ha sido acusado en las últimas semanas por la oposición de "comprar cédulas" a vecinos.', "oposición"],
    // A quotation after a name with no verb of speech, right after the speaker's quotation in the same sentence, goes on with it.
    [
      'El lehendakari Juan José Ibarretxe estimó que "no es suficiente condenar la violencia", por lo que el PNV seguirá "haciendo lo posible".',
      "Juan José Ibarretxe",
    ],
    // "lehendakari" is an office: the one named with it speaks.
    [
      'Xabier Arzalluz dijo que "ganaremos". En el mitin intervino el lehendakari del Gobierno vasco, Juan José Ibarretxe. El lehendakari aseveró que no le van a "obligar a doblar la rodilla".',
      "Juan José Ibarretxe",
    ],
    // A description no one was named with ("el líder nacionalista") is the person speaking, not the one he spoke about.
    [
      'El presidente del PNV, Xabier Arzalluz, afirmó que ETA "nunca ganará". Arzalluz dijo que si el presidente del Gobierno, José María Aznar, "sigue así", perderá. El líder nacionalista señaló que pretenden "cargarse al lehendakari".',
      "Xabier Arzalluz",
    ],
  ])("%s → %s", (text, speaker) => {
    expect(lastSpeech(text, "es").speaker?.name).toBe(speaker);
  });

  test("the passive agent's signal is explained", () => {
    const q = lastSpeech('El PLD ha sido acusado por la oposición de "comprar cédulas".', "es");
    expect(q.signals).toContain("speaker:passive-agent");
    expect(explainSignal("speaker:passive-agent")).toMatch(/passive/);
  });

  test("a description after a person introduced since the last speaker spoke is that person", () => {
    const text =
      'El delantero Miguel Ángel Benítez cree que "llegaremos descansados", indicó. Otros jugadores, como el centrocampista Moisés García, tampoco quieren al Barcelona. "Pasar va a ser muy difícil", aseguró el capitán del Espanyol.';
    expect(lastSpeech(text, "es").speaker?.name).toBe("Moisés García");
  });

  test("a described person who was named with that office is still that person", () => {
    const text =
      'El presidente del PNV, Xabier Arzalluz, afirmó que ETA "nunca ganará". En el acto habló también el portavoz Joseba Egibar. El portavoz señaló que "la paz es posible".';
    expect(lastSpeech(text, "es").speaker?.name).toBe("Joseba Egibar");
  });

  test("one capitalised word after a body's noun is that body's name", () => {
    const text = "El Parlamento Europeo y el Gobierno Vasco aprobaron el plan.";
    const sentences = [{ start: 0, end: text.length }];
    const ctx = { docNames: collectDocNames(text, sentences), exclude: [], language: "es" };
    const found = findMentions(text, 0, text.length, 0, ctx).map((m) => [m.name, m.kind]);
    expect(found).toEqual([
      ["Parlamento Europeo", "office"],
      ["Gobierno Vasco", "office"],
    ]);
  });
});
