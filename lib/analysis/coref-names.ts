import type { PronounGender } from "./lexicons";

// What coreference reads off a name: its surname key (so inflected forms meet) and the gender
// it shows by itself. Computed once per distinct name (see Coreference.facts).

/** Surname key: lower case without Russian case endings, so "Петрова" and "Петров" meet. */
export function surnameKey(word: string): string {
  const w = word.toLowerCase().replace(/[’']s?$/, "");
  return /[\u0400-\u04ff]/.test(w) ? w.replace(/(?:ого|ому|ой|ым|ом|ую|ая|ей|а|у|е|ы)$/, "") : w;
}

/** Gender a name shows by itself: Russian surnames and patronymics end in -а/-я for women. */
function nameGender(name: string): PronounGender {
  const words = name.split(/\s+/);
  const last = (words.at(-1) ?? "").toLowerCase();
  if (!/[\u0400-\u04ff]/.test(last)) return "any";
  // Russian surnames show it (feminine ones keep -ой/-ской in the oblique cases: "с Анной Смирновой");
  // a foreign surname (Клинтон, Хилтон) does not.
  if (/(?:ова|ева|ёва|ина|ына|ская|цкая|овой|евой|ёвой|иной|ыной|ской|цкой)$/.test(last)) return "feminine";
  if (/(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ый|ий)$/.test(last)) return "masculine";
  // Otherwise unknown: "Эзра" and "Никита" end like women's names and are men's.
  return "any";
}

/** What the registry reads off a name, computed once per distinct name (names recur all through a text). */
export interface NameFacts {
  words: number;
  /** surnameKey of the last word. */
  key: string;
  gender: PronounGender;
  /** Every word capitalised. */
  capitalised: boolean;
}

export function nameFacts(name: string): NameFacts {
  const words = name.split(/\s+/);
  return { words: words.length, key: surnameKey(words.at(-1)!), gender: nameGender(name), capitalised: words.every((w) => /^\p{Lu}/u.test(w)) };
}
