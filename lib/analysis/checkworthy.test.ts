import { describe, expect, test } from "vitest";
import { analyze } from "./index";

const first = (text: string, language: string) => analyze(text, { language }).units[0]!;

// The same kind of sentence in every supported language: a dated event with a place, an
// amount, a count, a percentage. Each must reach 0.5; an opinion without facts must not.
describe("check-worthiness across languages", () => {
  test.each([
    ["en", "The treaty was signed in Geneva on July 9, 2024."],
    ["ru", "Договор был подписан в Женеве 9 июля 2024 года."],
    ["de", "Der Vertrag wurde am 9. Juli 2024 in Genf unterzeichnet."],
    ["fr", "Le traité a été signé à Genève le 9 juillet 2024."],
    ["es", "El tratado fue firmado en Ginebra el 9 de julio de 2024."],
    ["zh", "2024年7月9日，条约在日内瓦市签署。"],
    ["ru", "Ущерб составил более 60 тысяч рублей."],
    ["fr", "Le budget atteint 1,2 milliard d'euros cette année."],
    ["de", "Die Partei erhielt 10 % der Stimmen."],
    ["es", "El desempleo bajó al 12 por ciento en marzo."],
    ["zh", "今年全省出口增长了三成，达到5万亿元。"],
    ["fr", "La compagnie pourrait commander jusqu'à 30 avions."],
    ["zh", "扶輪社針對大專院校弱勢學生有20個獎助學金的名額。"],
    ["zh", "齊柏林導演、張志光先生及陳冠齊先生在本（6）月離開了我們。"],
  ])("%s: %s", (language, text) => {
    const u = first(text, language);
    expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
    expect(u.signals.some((s) => s.startsWith("checkable:"))).toBe(true);
  });

  // An event with its agent named, or standing in as "he"/"she", needs no date to be checkable.
  test.each([
    ["en", "Singer John Lennon died on the way to the hospital.", "checkable:event-agent"],
    ["ru", "Певец Джон Леннон умер по дороге в больницу.", "checkable:event-agent"],
    ["ru", "Суд приговорил его к пожизненному заключению.", "checkable:event-agent"],
    ["fr", "Il fut déjà exclu de son groupe parlementaire.", "checkable:agent:il"],
    ["ru", "Позже он заключил сделку со следствием и получил условный срок.", "checkable:agent:он"],
  ])("%s: %s", (language, text, signal) => {
    const u = first(text, language);
    expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
    expect(u.signals).toContain(signal);
  });

  test("a clock time is a time, not two numbers; ё and е spell the same Russian word", () => {
    const ru = first("Около 10:00 по московскому времени он покинул территорию колонии № 5.", "ru");
    expect(ru.signals).toContain("checkable:time:10:00");
    expect(ru.signals).not.toContain("checkable:number:00");
    expect(ru.checkworthy).toBeGreaterThanOrEqual(0.5);
    const yo = first("Из колонии освобождён полковник Владимир Квачков.", "ru");
    expect(yo.signals).toContain("checkable:event:освобождён");
  });

  test("a number word with the noun it counts is a quantity", () => {
    const u = first("У спикера новой Госдумы стало восемь заместителей.", "ru");
    expect(u.signals).toContain("checkable:quantity:восемь заместителей");
    expect(u.checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test("'they' with an event is no named agent", () => {
    const u = first("Judging by the documents adopted, they are not supporters of peace.", "en");
    expect(u.signals).not.toContain("checkable:event-agent");
    expect(u.checkworthy).toBeLessThan(0.5);
  });

  test.each([
    ["ru", "Мы считаем, что это очень плохая идея."],
    ["de", "Wir finden das eine schlechte Idee."],
    ["fr", "Nous pensons que c'est une mauvaise idée."],
    ["zh", "我们认为这是一个坏主意。"],
  ])("%s: an opinion without facts stays below 0.5: %s", (language, text) => {
    expect(first(text, language).checkworthy).toBeLessThan(0.5);
  });

  // Events with their agents, times, amounts and results, one sentence in six languages each.
  test.each([
    ["en", "Police arrested four men in Leeds."],
    ["ru", "Полиция задержала четырёх человек в Москве."],
    ["fr", "La police a arrêté quatre hommes à Lyon."],
    ["es", "La policía detuvo a cuatro hombres en Madrid."],
    ["zh", "警方在北京逮捕了四名男子。"],
    ["en", "The minister resigned on Monday."],
    ["ru", "Министр ушёл в отставку в понедельник."],
    ["fr", "Le ministre a démissionné lundi."],
    ["de", "Der Minister ist am Montag zurückgetreten."],
    ["es", "El ministro dimitió el lunes."],
    ["en", "Parliament passed the law in 2019."],
    ["ru", "Парламент принял закон в 2019 году."],
    ["fr", "Le Parlement a adopté la loi en 2019."],
    ["de", "Das Parlament verabschiedete das Gesetz 2019."],
    ["es", "El Parlamento aprobó la ley en 2019."],
    ["zh", "议会于2019年通过了该法律。"],
    ["en", "The company sold three million cars last year."],
    ["ru", "Компания продала три миллиона автомобилей в прошлом году."],
    ["de", "Das Unternehmen verkaufte im vergangenen Jahr drei Millionen Autos."],
    ["zh", "该公司去年售出三百万辆汽车。"],
    ["en", "She won the election with 52 percent of the vote."],
    ["ru", "Она победила на выборах, набрав 52 процента голосов."],
    ["fr", "Elle a remporté l'élection avec 52 % des voix."],
    ["de", "Sie gewann die Wahl mit 52 Prozent der Stimmen."],
    ["es", "Ella ganó las elecciones con el 52 % de los votos."],
    ["zh", "她以52%的选票赢得选举。"],
  ])("an event %s: %s", (language, text) => {
    expect(first(text, language).checkworthy).toBeGreaterThanOrEqual(0.5);
  });

  test("the signals name the date written the language's way", () => {
    expect(first("Договор был подписан в Женеве 9 июля 2024 года.", "ru").signals).toContain("checkable:date:9 июля 2024");
    expect(first("2024年7月9日，条约在日内瓦市签署。", "zh").signals).toContain("checkable:date:2024年7月9日");
    expect(first("總統今（24）日上午接見訪問團。", "zh").signals).toContain("checkable:date:今（24）日");
    expect(first("總統抵達後頒贈褒揚令，由齊維新先生代表接受。", "zh").signals).toContain("checkable:name:齊維新先生");
  });
});
