// Patterns read from round 34 of the development corpus (issue 14: `dev34`, German and Chinese), each in a made-up text
// of the same shape.
import { describe, expect, test } from "vitest";
import { quote, unitHolding } from "./pattern-helpers";

describe("round 34: who speaks in Chinese", () => {
  test.each([
    // Adverbs and phrases between the subject and its verb: "並且", "最後", "致詞", "以…為例".
    ["院長並且表示，「我們會繼續努力」。", "我們會", "院長"],
    ["院長最後表示：「謝謝大家。」", "謝謝", "院長"],
    ["院長致詞表示，「醫療是國家的根本」。", "醫療", "院長"],
    ["院長以健保為例表示，「制度要長久」。", "制度", "院長"],
    // A pronoun after a date in the run is its subject (here, the speaker named before).
    ["王大明說，這件事不容易，而在2002年8月3日他大聲說出「我們一定要做」。", "我們一定", "王大明"],
    // A run cut down to a verb ("肯定並勉勵") names nobody: the paragraph's speaker keeps the quotation.
    ["張市長表示，此行視察「是要來聽規劃」，肯定並勉勵團隊「認真做，請盡快」。", "認真做", "張市長"],
    // A person's title ending on a blocker's first character: "同學說" is no "學說".
    ["冠軍隊伍的陳小明同學說：「真不敢相信！」", "真不敢", "陳小明同學"],
    // A team before the name is its affiliation.
    ["冠軍得主勝利隊陳小明表示：「太好了！」", "太好了", "陳小明"],
    // "X以「…」形容": the words someone describes something with are theirs.
    ["台南市長黃大明以「造鎮」形容產業聚落興起。", "造鎮", "台南市長黃大明"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "zh", words).speaker).toBe(speaker);
  });

  test("a quotation described with (以「…」形容) is speech, not a term held at a distance", () => {
    expect(quote("市長黃大明以「造鎮」形容產業聚落興起。", "zh", "造鎮").kind).toBe("speech");
  });
});

describe("round 34: German word order and reported speech", () => {
  test.each([
    // A clause opening on a preposition or "als" has its subject after the verb.
    ["Als Antwort auf den Brief sagte ein Sprecher der Regierung: „Wir prüfen das.“", "Wir prüfen", "Sprecher"],
    ["In einem Interview erklärte Hanke: „Das ist so.“", "Das ist", "Hanke"],
    // A capitalised adverb opening the sentence is no name: the subject follows the verb.
    ["Der Markt ist unruhig. Dagegen meint Steve Hanke: „Die Leute verkaufen ihre Dollar.“", "Die Leute", "Steve Hanke"],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "de", words).speaker).toBe(speaker);
  });

  test("a short quotation followed by a verb form of reported speech (Konjunktiv) is someone's words", () => {
    const text = "Der Minister machte Mängel geltend, weswegen Aussagen zu den Terminen „nicht machbar“ seien.";
    expect(quote(text, "de", "nicht machbar").kind).toBe("speech");
    expect(quote("Das Wetter war „nicht machbar“ und kalt.", "de", "nicht machbar").kind).toBe("scare");
  });
});

describe("round 34: French predicates, relatives and chants", () => {
  test.each([
    // "…, puis a déclaré": a second predicate (past an auxiliary) shares the clause's subject, not the person named between.
    ["Jean Dupont a visité l'usine, accompagné par son adjoint Paul Martin, puis a déclaré : « Nous allons investir. »", "Nous allons", "Jean Dupont"],
    // A restrictive relative clause without a comma: the person named right before "qui".
    ["Henri Martin a ressorti une citation de Jean Dupont qui disait en 2012 : « Il ne sert à rien de parler. »", "Il ne sert", "Jean Dupont"],
    // "en se disant « … »": a gerund of speech brings in its subject's words.
    ["Jean Dupont a réagi en se disant « scandalisé ».", "scandalisé", "Jean Dupont"],
    // A pronoun opening the author's sentence goes on with the one it stands for, past the people that sentence names.
    [
      "Jean Dupont a prêté serment. La cérémonie a duré une heure. Il a remercié Marc Petit.\n\n« Nous allons reconstruire le pays », a-t-il affirmé.",
      "Nous allons",
      "Jean Dupont",
    ],
  ])("%s", (text, words, speaker) => {
    expect(quote(text, "fr", words).speaker).toBe(speaker);
  });

  test("capitalised words a verb of speech brings in after a colon are speech, not a list of names", () => {
    const text = "Les manifestants ont clamé : « Menteur », « Misogyne », « Not my president ».";
    for (const words of ["Menteur", "Misogyne", "Not my president"]) expect(quote(text, "fr", words).kind).toBe("speech");
    // A list of names after a colon without a verb of speech stays a list of titles.
    const films = "Il a tourné deux films : « Les Amants », « La Nuit ».";
    expect(quote(films, "fr", "Les Amants").kind).toBe("title");
  });
});

describe("round 34: Chinese laws, films and counted things", () => {
  test.each([
    ["2003年我國終於誕生首部「公民投票法」。", "公民投票法", "title"],
    ["李安以「色．戒」影片贏得金獅獎。", "色．戒", "title"],
  ])("%s", (text, words, kind) => {
    expect(quote(text, "zh", words).kind).toBe(kind);
  });

  test("a word ending on 法 that names a way or a view is no law", () => {
    expect(quote("這是新的「處理辦法」。", "zh", "處理辦法").kind).not.toBe("title");
    expect(quote("這是新的「教學方法」。", "zh", "教學方法").kind).not.toBe("title");
  });

  test("a number with a counter (支, 隻, 筆) is a quantity", () => {
    expect(unitHolding("還能有將近50支隊伍共同報名角逐。", "50支", "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
    expect(unitHolding("還能有五十支隊伍報名。", "五十支", "zh").checkworthy).toBeGreaterThanOrEqual(0.5);
  });
});
