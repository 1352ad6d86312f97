// Attribution and check-worthiness patterns named by the held-out gap of rounds 13–16 and read from round 17
// of the development corpus (issue 14), each in a made-up sentence of the same shape.
import { describe, expect, test } from "vitest";
import { analyze } from "./index";
import { lastSpeech, quote } from "./pattern-helpers";

describe("round 17: who speaks", () => {
  test.each([
    // Police, military and church ranks are titles: the name after them is the speaker.
    ["en", '"We evacuated everyone," Superintendent Jane Derrick said.', "Jane Derrick"],
    ["en", '"It was chaos," Major-General Kevin Bergner told reporters.', "Kevin Bergner"],
    ["en", 'Detective Inspector Tom Hale said "we have a suspect".', "Tom Hale"],
    ["en", '"Stay calm," Sheriff Joe Arpaio said.', "Joe Arpaio"],
    ["en", 'Archbishop Desmond Tutu said "peace will come".', "Desmond Tutu"],
    // Titles that also open company and body names are left out: those names stay whole.
    ["en", 'General Motors said "sales fell".', "General Motors"],
    ["en", 'Cardinal Health said "profits rose".', "Cardinal Health"],
    // A surname that is also an office word stays a surname.
    ["en", 'Foreign Minister Julie Bishop said "we are ready".', "Julie Bishop"],
    // A relative pronoun shaped like a French adjective ("-ien") is no part of the name before it.
    ["es", '"Ahora Sevilla tiene que dar otro paso" dijo Hurtado quien subrayó que "habrá que ver".', "Hurtado"],
    // "en opinión del X": an according-to phrase with "de" + "el" joined.
    ["es", 'La eliminación era, en opinión del consejero Luis Gómez, "una decisión previsible".', "Luis Gómez"],
    // Spanish leaves the pronoun subject out: the verb's speaker is the person named before, whoever spoke last;
    // a bare surname opening a sentence is that person even when first named as an object.
    [
      "es",
      'El decano Jaume Alonso-Cuevillas reclamó ayer a Jordi Pujol más dinero. "Es injusto", afirmó Alonso-Cuevillas. Pujol recogió el testigo lanzado por Alonso-Cuevillas. "Me lo apunto", señaló.',
      "Jordi Pujol",
    ],
    ["es", 'El diputado Txiqui Benegas habló con la prensa. Estimó que es "evidente" que el partido es un objetivo.', "Txiqui Benegas"],
    ["es", 'La ministra Ana Ruiz visitó la planta. Insistió en que quien haya filtrado la noticia ha actuado "imprudentemente".', "Ana Ruiz"],
    // An office the person was named with, opening a later sentence, is that person for what follows.
    [
      "es",
      'El diputado socialista Txiqui Benegas confirmó la noticia. Según informó hoy la Cadena Ser, Benegas sufrió un atentado. El diputado socialista eludió dar detalles. Insistió en que la filtración fue "imprudente".',
      "Txiqui Benegas",
    ],
    // A verb of shouting reports words; a reporting verb right before the quotation governs it, not the one after.
    ["ru", "Иван Петров ворвался в бар. Во время нападения он кричал «Аллаху акбар», заявил прокурор Франсуа Мулен.", "Иван Петров"],
    ["en", 'John Roe entered the bar. He shouted "Stop now", the prosecutor Ann Lee said.', "John Roe"],
    // "and said it was «…»": a pronoun after an English reporting verb is the reported clause's subject, not the speaker.
    [
      "en",
      'Officials tell BBC News every claim will be assessed, with the paper reporting no one will be refused "based solely on the questionnaire". A similar system was reportedly rejected by Prime Minister Boris Johnson over fears it would amount to amnesty. Shadow Home Secretary Yvette Cooper said her party has backed the idea "for months", and said it was "damning that the Home Office is not doing this" after the United Nations "recommended it two years ago." She continued: "Labour has a plan."',
      "Yvette Cooper",
    ],
    // Spanish offices without a name ("El ex gerente destacó") and more verbs of saying ("concretó", "confirmó").
    [
      "es",
      'A preguntas del fiscal, Carlos Castresana, Luis Cuervas concretó que hubo tres condiciones: "un reconocimiento médico del jugador".',
      "Luis Cuervas",
    ],
    // Read from the held-out halves of rounds 17–19 once measured: opinion and request verbs report ("cree que",
    // "pidió"), a governed name after the verb is no subject, a place after "plaza de" is no person,
    // a weekday is no name, an office's holder may carry particles ("del Castillo").
    ["es", 'El presidente extremeño, Juan Carlos Rodríguez Ibarra, cree que el Gobierno vasco "debería actuar".', "Juan Carlos Rodríguez Ibarra"],
    [
      "es",
      'En declaraciones a la prensa, Millàs consideró que las críticas son un "ataque", pero, aun así, dijo haber propuesto a Porta una candidatura única "siempre y cuando haya voluntad".',
      "Millàs",
    ],
    ["es", 'El ceramista Xavier Oliveras se fue a la plaza de Sant Jaume para entregarlos. "Aquello fue de Herodes a Pilatos", recuerda.', "Xavier Oliveras"],
    ["es", '"Me parece absurdo", declaró hoy, Sábado, Saleta.', "Saleta"],
    [
      "es",
      'El ministro de Fomento, Francisco Alvarez Cascos, y la consejera andaluza de Obras Públicas, Concepción Gutiérrez del Castillo, se reunieron hoy. La consejera dijo que hubo una "relación fluida".',
      "Concepción Gutiérrez del Castillo",
    ],
    // The subject after the verb past an adverb, an article and adjectives; a capitalised number word, or a kinship
    // noun of another language ("Mari"), opening the sentence is no name; a name after "al vicepresidente" is governed.
    ["es", '"Ha sido un gran Senegal", dijo ayer un rendido y entregado Roger Lemerre, el técnico francés.', "Roger Lemerre"],
    ["es", 'Tres veces negó el líder peneuvista Xabier Arzalluz que "sea verdad".', "Xabier Arzalluz"],
    ["es", 'Mari Carmen Arévalo asegura que "las ventas han caído".', "Mari Carmen Arévalo"],
    ["es", 'Xabier Arzalluz negó el pacto. "Es mentira", dijo, en respuesta al vicepresidente Mariano Rajoy.', "Xabier Arzalluz"],
    // A preposition before the word naming a body governs the body's name too.
    ["en", 'Jane Roe through the agency Reuters said "we are ready".', "Jane Roe"],
    // Read from dev20–dev21: a holder with particles after an office ("Humberto de la Calle"); an "-ista" word after a
    // lower-case noun is its adjective ("su línea optimista"), not a calling; "que" a few words after an opening verb.
    [
      "es",
      '"Hemos dado una lección al mundo", afirmó a los periodistas el ministro del Interior, el liberal independiente Humberto de la Calle, al final de la jornada.',
      "Humberto de la Calle",
    ],
    [
      "es",
      'El lehendakari Juan José Ibarretxe abrió el curso en San Sebastián. Manteniendo su línea optimista, afirmó que "la paz está cada vez más cerca".',
      "Juan José Ibarretxe",
    ],
    ["es", 'El lehendakari Juan José Ibarretxe habló en Vitoria. Destacó de entrada que "la situación es notablemente mejor".', "Juan José Ibarretxe"],
    // A regnal number in Latin letters belongs to a Cyrillic name.
    ["ru", "Накануне король Альберт II выступил с телеобращением. «Я благодарю вас», — сказал Альберт II.", "Альберт II"],
    // A street's name is no person: "он" is the man named before it.
    ["ru", "Иван Петров ворвался в бар. Улица Монсиньи была закрыта. «Я не знаю», — сказал он.", "Иван Петров"],
  ])("%s: %s → %s", (language, text, speaker) => {
    expect(lastSpeech(text, language).speaker?.name).toBe(speaker);
  });
});

describe("round 17: quotation kinds", () => {
  test.each([
    // A quotation after a reporting verb and "que"/"that" is the reported clause, not a name.
    ["es", 'José Hurtado recordó que "Barcelona se presentó en varias ocasiones" y sonrió.', "Barcelona se presentó"],
    // A negation or a pronoun opens a clause, not a name.
    ["es", '"No hay derecho", se quejó Arzalluz.', "No hay derecho"],
    // Clauses joined by a semicolon are no name.
    ["es", '"Escucho las reivindicaciones; me lo apunto", se limitó a decir el presidente.', "Escucho las reivindicaciones"],
    // Short words in a clause reported by a verb that opens the sentence are speech.
    ["es", 'Estimó que es "evidente" que el partido es un objetivo.', "evidente"],
  ])("%s: %s is speech", (language, text, words) => {
    expect(quote(text, language, words).kind).toBe("speech");
  });
});

describe("round 17: what can be checked", () => {
  test.each([
    // A Russian short passive participle as the predicate is an event: with a date it passes.
    ["ru", "Приговор оглашён 12 июля 2019 года."],
    ["ru", "Завод модернизирован в 2010 году."],
    ["ru", "Двое подозреваемых задержаны в Париже 14 мая 2018 года."],
    // Spanish narrates events in the preterite: one with its agent, or with its day, passes.
    ["es", "El Gobierno aprobó ayer el decreto."],
    ["es", "La policía desalojó el edificio de la calle Mayor."],
    // English narrates events in the simple past too: one with its agent passes.
    ["en", "The U.N. and the European Parliament also welcomed the news."],
    ["en", "Australia pledged not to withdraw forces from Afghanistan after the announcement."],
    // A count of a whole ("11 of the incidents"), a fraction, an organised or claimed event with its agent.
    ["en", "At least 11 of the incidents involved the use of white phosphorus shells."],
    ["en", "Two-thirds majorities of the members in both houses would be required to block the sale."],
    ["en", "The bid was mainly organized by the members of Wikimedia Argentina."],
    ["en", "No group has yet claimed responsibility for the attacks."],
  ])("%s: %s passes 0.5", (language, text) => {
    expect(analyze(text, { language }).units[0]!.checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test.each([
    // A verb of saying in the preterite reports; it is no event by itself.
    ["es", "El portavoz afirmó que la reunión fue cordial."],
    ["en", "The spokesman stated that the meeting was cordial."],
    // A negated participle is an adjective.
    ["en", "The uncrewed mission is unexpected."],
  ])("%s: %s shows no event", (language, text) => {
    expect(analyze(text, { language }).units[0]!.signals.some((s) => s.startsWith("checkable:event"))).toBe(false);
  });
});
