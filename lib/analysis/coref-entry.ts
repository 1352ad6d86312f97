// The registry's entries (the people and bodies coreference has met) and with which pronouns each is compatible.
import type { PronounGender } from "./lexicons";
import type { NameFacts } from "./coref-names";
import type { Speaker } from "./types";
import { objectList } from "./object-list";

/**
 * A person or body coreference has met: where, as what, and how. (A class: entries live as long as the registry keeps them,
 * and V8 pretenures a long-lived object literal by its allocation site, then drops the optimised code that inlined it.)
 */
export class Entry {
  constructor(
    public speaker: Speaker,
    /** What the registry reads off the speaker's name (kept with it: asked at each registration). */
    public facts: NameFacts,
    public sentence: number,
    public gender: PronounGender,
    public readonly person: boolean,
    /** Named as an object ("met with Jane Roe", "встретился с Ивановым"): a later pronoun prefers the subject. */
    public object: boolean | undefined,
    /** Named at the head of its sentence, most often its subject ("Minister Jane Roe visited …"). */
    public subject: boolean | undefined,
  ) {}

  /** A copy of this entry, met again in sentence `sentence`. */
  at(sentence: number): Entry {
    return new Entry(this.speaker, this.facts, sentence, this.gender, this.person, this.object, this.subject);
  }
}

export interface Resolution {
  speaker: Speaker;
  signal: string;
}

/** Whether a pronoun of that gender can stand for the entry. */
export const compatible = (pronoun: PronounGender, e: Entry): boolean => {
  if (pronoun === "neuter") return !e.person;
  if (pronoun === "plural") return !e.person || e.gender === "plural";
  if (!e.person) return false;
  return pronoun === "any" || e.gender === "any" || e.gender === pronoun;
};

/**
 * The entry a pronoun of that gender stands for, last first: "Paul Brown met … . The talks with Mark Lee … . “…,” he said":
 * a subject named in the same or the sentence before outranks a later object.
 */
export function lastCompatible(recent: readonly Entry[], gender: PronounGender): Entry | undefined {
  let found: Entry | undefined;
  for (let i = recent.length - 1; i >= 0; i--) {
    const e = recent[i]!;
    if (!compatible(gender, e)) continue;
    if (!found) found = e;
    if (!found.object || e.sentence < found.sentence - 1) break;
    if (!e.object) return e;
  }
  return found;
}

/** The person named last ("ce dernier", "the latter"): the latest mention registered, whatever its salience. */
export function lastNamed(recent: readonly Entry[]): Entry | undefined {
  let found: Entry | undefined;
  for (let i = 0; i < recent.length; i++) if (recent[i]!.person && (!found || recent[i]!.speaker.start > found.speaker.start)) found = recent[i];
  return found;
}

/** What the registry knows under one surname key: the person first named by it, and the gender a one-word name showed. */
export class KeySlot {
  /** The person with at least two words to the name who was first registered under this key. */
  entry: Entry | undefined = undefined;
  /** A one-word name's gender, from a pronoun after it. */
  gender: PronounGender | undefined = undefined;
  /** How often a one-word name of this key was looked at without finding its gender. */
  tries = 0;
}

/**
 * The entry of each sentence the scan has not reached, set at or after the scan's position and taken in order: two lists in
 * sentence order and the index of the first entry not taken. (A Map from sentence to entry shrank its table at each delete:
 * a new table, and then a larger one, for every quotation.)
 */
export class Pending {
  // (Lists never shortened, their used length `n` kept apart: a list cut to length 0 gave up its store, and grew a new one.)
  private readonly keys: number[] = [];
  private readonly values = objectList<Entry | undefined>();
  private head = 0;
  private n = 0;

  set(sentence: number, e: Entry): void {
    const keys = this.keys;
    let i = this.n;
    while (i > this.head && keys[i - 1]! > sentence) i--;
    if (i > this.head && keys[i - 1] === sentence) {
      this.values[i - 1] = e;
      return;
    }
    for (let j = this.n; j > i; j--) {
      keys[j] = keys[j - 1]!;
      this.values[j] = this.values[j - 1];
    }
    keys[i] = sentence;
    this.values[i] = e;
    this.n++;
  }

  /** The entry of `sentence`, the one the scan is at (every earlier one was taken). */
  get(sentence: number): Entry | undefined {
    return this.head < this.n && this.keys[this.head] === sentence ? this.values[this.head] : undefined;
  }

  /** Takes the entry of `sentence`, the one the scan is at, if there is one. */
  take(sentence: number): Entry | undefined {
    if (this.head >= this.n || this.keys[this.head] !== sentence) return undefined;
    const e = this.values[this.head];
    this.values[this.head++] = undefined;
    if (this.head === this.n) this.head = this.n = 0;
    return e;
  }
}
