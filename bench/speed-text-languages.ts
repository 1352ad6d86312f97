// Generated news-style text in the analyser's other languages, for the speed bench's per-language
// rows: reported speech before and after its quotation, em-dash dialogue (ru), quoted party and
// newspaper names, dates and percentages, each language with its own quotation marks. Deterministic
// for a given size and seed. The English text is speed-text.ts (the demo article interleaved with
// generated articles). These texts hold about twice as many quotations per megabyte as the English
// one, and Chinese three times: a megabyte is a million UTF-16 code units, and a Chinese one holds
// far more words.
import { rng } from "./rng";
import { joinedTo } from "./speed-text";

type Pick = (xs: readonly string[]) => string;
type Sentence = (pick: Pick, n: (max: number) => number) => string;

interface Language {
  names: readonly string[];
  verbs: readonly string[];
  places: readonly string[];
  quotes: readonly string[];
  sentences: readonly Sentence[];
  /** What joins sentences in a paragraph. */
  joiner: string;
}

const ru = {
  names: ["Иван Петров", "пресс-секретарь МИД России", "министр обороны Сергей Шойгу", "Мария Захарова", "глава Минфина"],
  verbs: ["заявил", "сообщил", "подчеркнул", "отметил", "добавил"],
  places: ["Москве", "Женеве", "Пекине", "Берлине"],
  quotes: ["Мы не примем это предложение", "Цифры говорят сами за себя", "Ничего не изменилось с прошлой встречи"],
};
const fr = {
  names: ["Jean Dupont", "le porte-parole du ministère", "la ministre Anne Martin", "Emmanuel Macron", "le président du Sénat"],
  verbs: ["a déclaré", "a souligné", "a précisé", "a ajouté", "a affirmé"],
  places: ["Paris", "Genève", "Bruxelles", "Lyon"],
  quotes: ["Nous n'accepterons pas cette proposition", "Les chiffres parlent d'eux-mêmes", "Rien n'a changé depuis la dernière réunion"],
};
const es = {
  names: ["Juan Pérez", "el portavoz del ministerio", "la ministra Ana Martín", "Pedro Sánchez", "el presidente del Senado"],
  verbs: ["declaró", "subrayó", "precisó", "añadió", "afirmó"],
  places: ["Madrid", "Ginebra", "Bruselas", "Sevilla"],
  quotes: ["No aceptaremos esta propuesta", "Las cifras hablan por sí mismas", "Nada ha cambiado desde la última reunión"],
};
const de = {
  names: ["Hans Müller", "der Sprecher des Ministeriums", "Ministerin Anna Schmidt", "Olaf Scholz", "der Präsident des Bundestages"],
  verbs: ["sagte", "betonte", "erklärte", "versicherte"],
  places: ["Berlin", "Genf", "Brüssel", "München"],
  quotes: ["Wir werden diesen Vorschlag nicht annehmen", "Die Zahlen sprechen für sich", "Seit dem letzten Treffen hat sich nichts geändert"],
};
const zh = {
  names: ["王明", "外交部发言人", "国防部长李强", "张华", "国务院新闻办公室"],
  verbs: ["表示", "指出", "强调", "说", "补充说"],
  places: ["北京", "日内瓦", "上海", "柏林"],
  quotes: ["我们不会接受这个提议", "数字说明了一切", "自上次会议以来没有任何变化"],
};

export const SPEED_LANGUAGES: Readonly<Record<string, Language>> = {
  ru: {
    ...ru,
    joiner: " ",
    sentences: [
      (p, n) => `${n(28) + 1} марта ${2000 + n(25)} года ${p(ru.names)} ${p(ru.verbs)}: «${p(ru.quotes)}».`,
      (p, n) => `«${p(ru.quotes)}», — ${p(ru.verbs)} ${p(ru.names)} в ${p(ru.places)}, добавив, что экспорт вырос на ${n(90)}%.`,
      (p) => `— ${p(ru.quotes)}, — ${p(ru.verbs)} он. — А завтра посмотрим.`,
      (p) =>
        `По словам ${p(["эксперта", "источника", "дипломата"])}, переговоры в ${p(ru.places)} могут сорваться, однако партия «Единая Россия» настаивает на своём.`,
    ],
  },
  fr: {
    ...fr,
    joiner: " ",
    sentences: [
      (p, n) => `Le ${n(28) + 1} mars ${2000 + n(25)}, ${p(fr.names)} ${p(fr.verbs)} : « ${p(fr.quotes)} ».`,
      (p, n) => `« ${p(fr.quotes)} », ${p(fr.verbs)} ${p(fr.names)} à ${p(fr.places)}, ajoutant que les exportations ont augmenté de ${n(90)} %.`,
      (p) => `Selon ${p(fr.names)}, les négociations de ${p(fr.places)} pourraient échouer, mais le parti « Renaissance » insiste.`,
    ],
  },
  es: {
    ...es,
    joiner: " ",
    sentences: [
      (p, n) => `El ${n(28) + 1} de marzo de ${2000 + n(25)}, ${p(es.names)} ${p(es.verbs)}: «${p(es.quotes)}».`,
      (p, n) => `«${p(es.quotes)}», ${p(es.verbs)} ${p(es.names)} en ${p(es.places)}, y añadió que las exportaciones crecieron un ${n(90)}%.`,
      (p) => `Según ${p(es.names)}, las negociaciones de ${p(es.places)} podrían fracasar, aunque el partido «Podemos» insiste.`,
    ],
  },
  de: {
    ...de,
    joiner: " ",
    sentences: [
      (p, n) => `Am ${n(28) + 1}. März ${2000 + n(25)} ${p(de.verbs)} ${p(de.names)}: „${p(de.quotes)}.“`,
      (p, n) => `„${p(de.quotes)}“, ${p(de.verbs)} ${p(de.names)} in ${p(de.places)}. Die Exporte stiegen um ${n(90)} Prozent.`,
      (p) => `Laut ${p(de.names)} könnten die Gespräche in ${p(de.places)} scheitern, doch die Partei „Die Grünen“ besteht darauf.`,
    ],
  },
  zh: {
    ...zh,
    joiner: "",
    sentences: [
      (p, n) => `${2000 + n(25)}年3月${n(28) + 1}日，${p(zh.names)}${p(zh.verbs)}：“${p(zh.quotes)}。”`,
      (p, n) => `“${p(zh.quotes)}，”${p(zh.names)}在${p(zh.places)}${p(zh.verbs)}，出口增长了${n(90)}%。`,
      (p) => `据${p(zh.names)}称，在${p(zh.places)}的谈判可能失败，但「人民日报」坚持认为如此。`,
    ],
  },
};

/** `size` UTF-16 code units of generated paragraphs (one to four sentences each) in `language`. */
export function languageText(language: string, size: number, seed = 7): string {
  const lang = SPEED_LANGUAGES[language];
  if (!lang) throw new Error(`no generated text for ${language}`);
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const n = (max: number): number => Math.floor(r() * max);
  const paras: string[] = [];
  let length = 0;
  while (length < size) {
    const count = 1 + n(4);
    const para = Array.from({ length: count }, () => lang.sentences[n(lang.sentences.length)]!(pick, n)).join(lang.joiner);
    paras.push(para);
    length += para.length + 1;
  }
  return joinedTo(paras, size);
}
