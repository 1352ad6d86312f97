import type { PronounGender } from "./lexicons";
import { isApostrophe } from "./mention-runs";
import { isSpaceAt } from "./text";
import { KeySlot, type Entry } from "./coref-entry";

// What coreference reads off a name: its surname key (so inflected forms meet) and the gender
// it shows by itself. Computed once per distinct name (see NameBook).

// Patterns coreference asks of names, at module level: a regular expression literal in a method is a new object at each call,
// and these are asked per mention.
export const CAPITAL_FIRST = /^\p{Lu}/u;
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** Initials before a surname: "V. Sapounov", "И. Петров". */
export const INITIALS = /^(?:\p{Lu}\.\s*)+/u;
export const SPACE = /\s/;
export const SPACES = /\s+/;

/** `CAPITAL_FIRST.test(s)`, an ASCII first letter read from its code (asked per mention). */
export const capitalFirst = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_FIRST.test(s);
};

/** `s.replace(INITIALS, "")`, the pattern tried only when a dot follows the first character (most names have no initials). */
export const withoutInitials = (s: string): string =>
  s.charCodeAt(1) === 46 || (s.charCodeAt(2) === 46 && s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdbff) ? s.replace(INITIALS, "") : s;

export const GERMAN = /^de\b/i;

/** `s.split(SPACE)[0]!.toLowerCase()`, by the codes. */
export function firstWordLower(s: string): string {
  let i = 0;
  while (i < s.length && !isSpaceAt(s, i)) i++;
  return s.slice(0, i).toLowerCase();
}

/** `s.split(SPACE).at(-1)!.toLowerCase()`, by the codes. */
export function lastWordLower(s: string): string {
  let i = s.length;
  while (i > 0 && !isSpaceAt(s, i - 1)) i--;
  return s.slice(i).toLowerCase();
}

/** `s.split(SPACES).some((x) => set.has(x.toLowerCase()))` for a set without "", by the codes (no list, no closure). */
export function someWordLower(s: string, set: ReadonlySet<string>): boolean {
  for (let i = 0; i < s.length;) {
    while (i < s.length && isSpaceAt(s, i)) i++;
    const start = i;
    while (i < s.length && !isSpaceAt(s, i)) i++;
    if (i > start && set.has(s.slice(start, i).toLowerCase())) return true;
  }
  return false;
}

/** `name.trim().replace(INITIALS, "")` ("V. Sapounov" → "Sapounov"), or undefined when that holds a space (`SPACE`), read by the codes. */
export function bareSurname(name: string): string | undefined {
  const s = withoutInitials(name.trim());
  for (let i = 0; i < s.length; i++) if (isSpaceAt(s, i)) return undefined;
  return s;
}

/** Surname key: lower case without Russian case endings, so "Петрова" and "Петров" meet. */
export function surnameKey(word: string): string {
  const w = withoutPossessive(word.toLowerCase());
  return hasCyrillic(w) ? w.replace(RUSSIAN_CASE_ENDING, "") : w;
}

// (Hand-written tests, not patterns: coreference takes a key for every name it meets.)
const RUSSIAN_CASE_ENDING = /(?:ого|ому|ой|ым|ом|ую|ая|ей|а|у|е|ы)$/;

/** `word.replace(/[’']s?$/, "")`, slicing only when the word ends so. */
function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (isApostrophe(last)) return word.slice(0, n - 1);
  return last === 115 && isApostrophe(word.charCodeAt(n - 2)) ? word.slice(0, n - 2) : word;
}

/** `/[\u0400-\u04ff]/.test(word)`. */
function hasCyrillic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) return true;
  }
  return false;
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
export class NameFacts {
  constructor(
    readonly words: number,
    /** surnameKey of the last word. */
    readonly key: string,
    readonly gender: PronounGender,
    /** Every word capitalised. */
    readonly capitalised: boolean,
    /** What the document's registry knows under `key` (one per key, shared by the names that have it). */
    readonly slot: KeySlot,
  ) {}
}

/**
 * What coreference reads off the names of one document, each computed at its first use: names recur all through a text,
 * and a key made afresh per mention was a lower-cased copy, then a hash of it.
 */
export class NameBook {
  private readonly byName = new Map<string, NameFacts>();
  private readonly byOffice = new Map<string, readonly string[]>();
  private readonly byKey = new Map<string, KeySlot>();

  facts(name: string): NameFacts {
    let f = this.byName.get(name);
    if (!f) this.byName.set(name, (f = this.nameFacts(name)));
    return f;
  }

  /** The slot of surnameKey(name) for a name without spaces (of one word, its facts' key is the whole name's). */
  singleSlot(name: string): KeySlot {
    const f = this.facts(name);
    return f.words === 1 ? f.slot : this.slot(surnameKey(name));
  }

  /** The slot of a surname key, made at its first use. */
  slot(key: string): KeySlot {
    let s = this.byKey.get(key);
    if (!s) this.byKey.set(key, (s = new KeySlot()));
    return s;
  }

  /** The person first registered under a surname key, if any (no slot is made for the asking). */
  known(key: string): Entry | undefined {
    return this.byKey.get(key)?.entry;
  }

  /** surnameKey of each word of an office phrase, in order ("прокурора" and "прокурор" meet). */
  officeKeys(office: string): readonly string[] {
    let keys = this.byOffice.get(office);
    if (!keys) this.byOffice.set(office, (keys = office.split(SPACES).map(surnameKey)));
    return keys;
  }

  private nameFacts(name: string): NameFacts {
    const words = name.split(/\s+/);
    const key = surnameKey(words.at(-1)!);
    return new NameFacts(
      words.length,
      key,
      nameGender(name),
      words.every((w) => /^\p{Lu}/u.test(w)),
      this.slot(key),
    );
  }
}

/** Russian case endings of men's names (genitive, dative, instrumental, prepositional), longest first. */
const RU_NAME_CASE = /^(?:ом|ем|ым|им|а|я|у|ю|е)$/u;
/** The forms one case takes on the words of a name, by the surname's ending. */
const CASE_TWIN: Readonly<Record<string, readonly string[]>> = {
  ом: ["ом", "ем"],
  ем: ["ем", "ом"],
  // A surname in -ов takes the adjective's instrumental, the given name the noun's: "Сергеем Петровым".
  ым: ["ым", "им", "ом", "ем"],
  им: ["им", "ым", "ом", "ем"],
  а: ["а", "я"],
  я: ["я", "а"],
  у: ["у", "ю"],
  ю: ["ю", "у"],
};

/**
 * A Russian full name in an oblique case, given its surname in the nominative ("Марком Дэвидом Чэпменом",
 * "Чэпмен" → "Марк Дэвид Чэпмен"): the surname's ending is taken off every word that has it. Undefined
 * when the surname is not the nominative stem of the name's last word.
 */
export function nominativeOf(full: string, surname: string): string | undefined {
  const words = full.split(" ");
  const last = words.at(-1)!;
  if (words.length < 2 || !/^\p{Script=Cyrillic}/u.test(surname) || last === surname || !last.startsWith(surname)) return undefined;
  const ending = last.slice(surname.length);
  if (!RU_NAME_CASE.test(ending)) return undefined;
  // The given names may take the soft twin of the ending: "Сабриэлем Матиасом".
  const twins = CASE_TWIN[ending] ?? [ending];
  // A stem left on a vowel had a "й": "Виталия" → "Виталий", "Сергея" → "Сергей", "Николаю" → "Николай".
  const bare = (w: string): string => {
    const e = twins.find((t) => w.length > t.length + 2 && w.endsWith(t));
    if (!e) return w;
    const stem = w.slice(0, -e.length);
    return /[аеиоу]$/u.test(stem) ? `${stem}й` : stem;
  };
  return [...words.slice(0, -1).map(bare), surname].join(" ");
}
