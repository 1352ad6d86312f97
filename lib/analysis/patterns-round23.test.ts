// Patterns read from round 23 of the development corpus (issue 14, Spanish), each in a made-up text of the same shape:
// straight quotation marks typed with a space on the wrong side, an office set off from its holder by "el socialista",
// a quoted newspaper name with adjectives before it, club names after an article, joint names, quotations broken by a
// word left outside the marks, and subjects shared within one sentence.
import { describe, expect, test } from "vitest";
import { explainSignal } from "../domain/signal-text";
import { analyze } from "./index";
import { findQuotes } from "./quotes";
import { lastSpeech, quote, quotes } from "./pattern-helpers";

const spans = (text: string) => findQuotes(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

describe("round 23: straight marks typed with a space on the wrong side", () => {
  test.each([
    // The opening mark sticks to the word before and the closing one has a space before it.
    ['Dijo que con el fin de" olvidarnos de los hechos pasados ", afirmó Pons.', ['" olvidarnos de los hechos pasados "']],
    // French typing puts a space inside both marks.
    ['Il a déclaré " je reviendrai demain " devant la presse.', ['" je reviendrai demain "']],
    // After a complete quotation, a second one opening with a space.
    ['Respondió: "Me ha extrañado mucho" . " Hacía muchos años que no venía".', ['"Me ha extrañado mucho"', '" Hacía muchos años que no venía"']],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test("an odd mark left over (inches) opens nothing", () => {
    expect(spans('La pantalla mide 15" y pesa poco. Dijo que "es ligera".')).toEqual(['"es ligera"']);
  });
});

describe("round 23: who speaks", () => {
  test.each([
    // An office in apposition with "el socialista X" is X's, though another person is named before the office comes back.
    [
      'El primer ministro francés, el socialista Lionel Jospin, habló ayer. El presidente Jacques Chirac no asistió. El primer ministro tildó las protestas de "fenómenos de impaciencia".',
      "Lionel Jospin",
    ],
    // A newspaper's quoted name with an adjective between it and the word naming its kind.
    ['El diario conservador "Le Figaro" indica que "el Gobierno se enfrenta ahora a sus electores".', "Le Figaro"],
    // A verb without its subject right after a quotation of its sentence shares the subject.
    ['La oposición, que acusa a Jospin de buscar una imagen de "presidenciable", denunció las promesas como una "propina".', "oposición"],
    // A quotation right after another of its sentence keeps that one's speaker, not the speaker of the sentence before.
    [
      'Lionel Jospin defendía que "el Estado no puede resolver todo". La oposición denunció las promesas como una "propina", "migajas" y no una reforma.',
      "oposición",
    ],
    // An office or a body keeps an adjective in -dor/-dora after it.
    ['Una enardecida oposición conservadora denunció las promesas como una "propina".', "oposición conservadora"],
    // Places listed after a preposition are no speaker: the one who spoke in the sentence before goes on.
    [
      'Pascual dijo que "el grupo sigue creciendo". Así mismo, se aumentarán las frecuencias con Washington, Buenos Aires, La Habana y Lisboa, y en el caso de París, "vamos a lanzar una campaña".',
      "Pascual",
    ],
    // The verb of a concessive clause that closes before the quotation is not the quotation's: "añadió" is.
    [
      '"Tenemos dificultades", prosiguió Gonzalo Pascual, y añadió que, aunque el ministro de Fomento, Francisco Álvarez Cascos, ha señalado que la fusión no suma los permisos, "estaremos atentos".',
      "Gonzalo Pascual",
    ],
    // An infinitive of speech after "al" has the clause's left-out subject, not a place named before it.
    [
      'El primer ministro Lionel Jospin habló ayer. También cedió ante las protestas en toda Francia, al anunciar el desbloqueo "urgente" de fondos.',
      "Lionel Jospin",
    ],
    // "defendía": an imperfect derived from the infinitive "defender".
    ['Hace seis meses Lionel Jospin defendía que "el Estado no puede resolver todo".', "Lionel Jospin"],
    // After a body's one-word name, all three names left are the person's.
    ['El presidente del Gobierno José María Aznar afirmó que "la economía crece".', "José María Aznar"],
    // "coincidir en que" reports speech.
    ['El portero Toni Jiménez coincidió con su compañero en que estos equipos "tienen plantillas extensísimas".', "Toni Jiménez"],
  ])("%s → %s", (text, speaker) => {
    expect(lastSpeech(text, "es").speaker?.name).toBe(speaker);
  });

  test("a quotation broken by a word left outside the marks: both halves are the speaker's, and a club after an article is no person", () => {
    const text =
      'El Espanyol juega hoy. Los delanteros Raúl Tamudo y Martín Posse entrenaron ayer. A Tamudo le gustaría enfrentarse al Real Madrid en la final. "Si nos tocan en" semis "tampoco pasa nada, porque cualquiera es bueno", advirtió.';
    const first = quote(text, "es", "Si nos tocan");
    expect(first).toMatchObject({ kind: "speech", speaker: "Raúl Tamudo" });
    expect(first.signals).toContain("quote-kind:split");
    expect(quote(text, "es", "tampoco").speaker).toBe("Raúl Tamudo");
    expect(explainSignal("quote-kind:split")).toMatch(/broken/);
    expect(explainSignal("speaker:split-quote→Raúl Tamudo")).toBe("Speaker: the speaker of the quotation’s second half is Raúl Tamudo");
  });

  test("a name that speaks is not broken off as a split quotation's first half", () => {
    const text = 'El diario "Le Figaro" indica que "este Gobierno se enfrenta a sus electores".';
    expect(quotes(text, "es")[0]!.kind).toBe("title");
  });
});

describe("round 23: Spanish events in the perfect and the passive", () => {
  test.each([
    ["Los manifestantes fueron detenidos por la policía en la plaza.", "fueron detenidos"],
    ["Según las encuestas, la mayoría de los votantes hayan apoyado a los movimientos sociales en Quito.", "hayan apoyado"],
  ])("%s shows the event %s", (text, event) => {
    const unit = analyze(text, { language: "es" }).units[0]!;
    expect(unit.signals).toContain(`checkable:event:${event}`);
  });

  test("an event with its agent passes 0.5", () => {
    expect(analyze("Los manifestantes fueron detenidos por la policía en la plaza.", { language: "es" }).units[0]!.checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test.each(["El proyecto ha sido un éxito.", "Todos han estado de acuerdo."])("%s: being is no event", (text) => {
    expect(analyze(text, { language: "es" }).units[0]!.signals.some((s) => s.startsWith("checkable:event"))).toBe(false);
  });
});

describe("Spanish subject pronouns after 'según'", () => {
  test.each([
    ['El ministro Juan Pérez visitó ayer la obra. Según él, "la obra estará lista en mayo".', "Juan Pérez"],
    ['La ministra Ana Ruiz visitó ayer la obra con Juan Pérez. Según ella, "la obra estará lista en mayo".', "Ana Ruiz"],
  ])("%s → %s", (text, speaker) => {
    const q = lastSpeech(text, "es");
    expect(q.speaker?.name).toBe(speaker);
    expect(q.signals).toContain("speaker:according-to");
  });
});
