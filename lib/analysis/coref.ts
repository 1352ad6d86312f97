import { isUnspaced } from "./language";
import {
  ALL_BODY_NOUNS,
  ALL_ORGANISATION_NOUNS,
  DROPPED_SUBJECT,
  isChineseBody,
  isFeminineAgent,
  isGermanOffice,
  lexiconFor,
  NEUTRAL_OWNER,
  PRONOUNS,
  ZH_PRONOUNS,
} from "./lexicons";
import type { PronounGender } from "./lexicons";
import { findMentions, type Mention, type MentionContext } from "./mentions";
import type { Span, Speaker } from "./types";
import { firstEndingAfter } from "./text";
import { bareSurname, capitalFirst, CAPITALISED_WORD, NameBook, nominativeOf, surnameKey } from "./coref-names";
import { firstWordLower, GERMAN, lastWordLower, someWordLower } from "./coref-names";
import { genderAfter, isObjectAt, leadPronoun, officeBefore, opensSentence, splitJointPeople } from "./coref-shapes";
import { compatible, Entry, type KeySlot, lastCompatible, lastNamed, Pending, type Resolution } from "./coref-entry";
import { objectList } from "./object-list";

// Coreference over the whole document, in one forward pass: speakers and the people who speak in the author's sentences are
// registered as the quotations are reached, so a pronoun, a bare surname or an office takes the last compatible person named
// before it. The registry is a map keyed by surname stem (NameBook's slots) and a few "last seen" slots: every lookup is
// constant time and every sentence is scanned at most once, so the pass stays linear.

/** How far back (characters) an office looks for the person named with it. */
const OFFICE_LOOKBACK = 1500;
/** How many sentences back a nameless description ("l'universitaire") may reach for the last speaker. */
const LAST_SPEAKER_REACH = 12;
/** An organisation's acronym: "SUD-PTT", "FARC", "ООН". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]+$/u;
/** How many mentions of a one-word name are looked at for its gender. */
const SINGLE_NAME_TRIES = 4;

export class Coreference {
  private readonly names = new NameBook();
  private readonly recent = objectList<Entry>();
  private scanned = 0;
  /** By office noun (its surname key): the person last named with it. */
  private readonly offices = new Map<string, Entry>();
  /** The last person registered as a speaker. */
  private lastSpeaker: Entry | undefined;
  /** The last sentence of the last speaker's quotation. */
  private lastSpeakerSentence = -1;
  private readonly unspaced: boolean;
  private readonly prepositions: ReadonlySet<string>;
  private readonly determiners: ReadonlySet<string>;
  private readonly russian: boolean;
  /** Per sentence not yet scanned: its speaker, or the one its pronoun subject stands for. */
  private readonly salient = new Pending();
  /** The names of everyone registered as a speaker. */
  private readonly spoke = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
    private readonly ctx: MentionContext,
  ) {
    this.unspaced = isUnspaced(ctx.language ?? "en");
    const lexicon = lexiconFor(ctx.language ?? "en");
    this.prepositions = lexicon.prepositions;
    this.determiners = lexicon.determiners;
    this.russian = /^ru\b/i.test(ctx.language ?? "");
  }

  /** Registers a resolved speaker (a quotation's, or the subject of a reporting verb). */
  register(speaker: Speaker, sentence: number, kind: Mention["kind"] | "unknown" = "unknown", lastSentence = sentence): void {
    const entry = this.entry(speaker, sentence, kind);
    this.spoke.add(speaker.name);
    this.add(entry);
    if (entry.person) {
      this.lastSpeaker = entry;
      this.lastSpeakerSentence = lastSentence;
    }
    // A sentence's speaker outranks the other people it names when a later pronoun looks back.
    if (sentence >= this.scanned) this.salient.set(sentence, entry);
  }

  private entry(speaker: Speaker, sentence: number, kind: Mention["kind"] | "unknown"): Entry {
    const f = this.names.facts(speaker.name);
    // A single capitalised word that speaks ("— напомнил Медведев", "Febelfin a précisé") is a
    // surname or a body: either can be "he"/"il" in a later sentence.
    const bare = f.words === 1 && (kind === "name" || kind === "unknown") && CAPITALISED_WORD.test(speaker.name);
    // A speaker found without a mention kind is a person when it reads like a name: two to
    // four words, each capitalised.
    const person =
      kind === "person" ||
      (!this.unspaced && bare) ||
      (kind === "unknown" && (this.unspaced ? !isChineseBody(speaker.name) : f.words >= 2 && f.words <= 4 && f.capitalised));
    // "sagte die Sprecherin. … Sie fügte hinzu": an office whose noun is a woman's (German -in) is a person "sie" can stand for.
    const woman = kind === "office" && isFeminineAgent(lastWordLower(speaker.name));
    return new Entry(speaker, f, sentence, woman ? "feminine" : f.gender, person || woman, undefined, undefined);
  }

  private add(entry: Entry): void {
    if (entry.person) {
      const f = entry.facts;
      if (f.words >= 2 && !f.slot.entry) f.slot.entry = entry;
    }
    this.recent.push(entry);
    if (this.recent.length > 8) this.recent.shift();
  }

  /**
   * Registers the people the author's sentences name up to `sentence` ("Minister Jane Roe visited …"), from the
   * per-sentence mention cache. Runs only when a pronoun or a surname needs it, and never scans a sentence twice.
   */
  private advance(sentence: number): void {
    for (; this.scanned < sentence && this.scanned < this.sentences.length; this.scanned++) {
      const s = this.sentences[this.scanned]!;
      // "Il a choisi deux bibles : … celle d'Abraham Lincoln": a pronoun opening the author's sentence goes on with the one
      // it stands for, who stays its subject after the people the sentence names.
      // (A sentence with a speaker of its own needs no look at its opening.)
      const lead = this.unspaced || this.salient.get(this.scanned) ? undefined : leadPronoun(this.text, s);
      const chain = lead ? (lead === "latter" ? lastNamed(this.recent) : lastCompatible(this.recent, lead)) : undefined;
      // Last to first, so the sentence's first person (most often its subject) is the most salient ("X described his daughter,
      // Y, as …. “…,” he explains" is X speaking). The sentence's speaker, or the one its pronoun stands for, comes last of all.
      const cached = this.ctx.sentences === this.sentences ? this.ctx.mentionCache?.[this.scanned] : undefined;
      const mentions = splitJointPeople(cached ?? findMentions(this.text, s.start, s.end, s.start, this.ctx));
      for (let i = mentions.length - 1; i >= 0; i--) {
        const p = mentions[i]!;
        let entry: Entry | undefined;
        if (p.kind === "person") entry = this.entry({ name: p.name, start: p.start, end: p.end }, this.scanned, "person");
        // "Betancourt condemned …": a bare surname met before stands for the full name.
        else if (p.kind === "name" && !p.name.includes(" ")) {
          const slot = this.names.singleSlot(p.name);
          const known = slot.entry;
          // Not a place that ended a name met as an object ("Центризбиркому Казахстана").
          // (Opening the sentence, it is its subject all the same: "reclamó a Jordi Pujol …. Pujol recogió el testigo".)
          if (known && (!known.object || (!this.russian && p.start === s.start))) entry = known.at(this.scanned);
          // "Adele, in her performance, …": a one-word name a gendered pronoun follows is a person of that gender.
          else if (!known) {
            const gender = this.singleNameGender(p, slot, mentions[i + 1]?.start ?? s.end);
            if (gender) (entry = this.entry({ name: p.name, start: p.start, end: p.end }, this.scanned, "person")).gender = gender;
          }
        }
        // "El diputado socialista eludió …": an office the person was named with stands for that person.
        else if (p.kind === "office" && !capitalFirst(p.name)) entry = this.holder(p.name, this.scanned);

        if (!entry) continue;
        const object = isObjectAt(this.text, p.start, p.end, s.start, this.prepositions, this.determiners, this.russian);
        // At the head of the sentence, after at most one word and its comma ("However, UK citizen Jim Swire, …").
        // (Also after an opening phrase and its comma: "In a nationally televised address, Comoros president X said".)
        const head = !object && p.start - s.start <= 100 && opensSentence(this.text, s.start, p.start);
        // (Each entry above is a fresh copy, made for this sentence: set in place, not copied once more.)
        entry.object = object;
        entry.subject = head;
        this.add(entry);
        // "прокурор Жан-Франсуа Рикар": later "прокурора", "the prosecutor" is that person.
        const office = p.office ?? (p.kind === "person" ? officeBefore(this.text, mentions, i) : undefined);
        if (office) this.offices.set(surnameKey(office), entry);
      }
      const own = this.salient.take(this.scanned);
      const salient = own ?? (chain && new Entry(chain.speaker, chain.facts, this.scanned, chain.gender, chain.person, false, true));
      if (salient) this.add(salient);
    }
  }

  /** A one-word name's gender, from the first pronoun after it before the next name ("Adele, in her performance"), or undefined. */
  private singleNameGender(m: Mention, slot: KeySlot, until: number): PronounGender | undefined {
    if (slot.gender) return slot.gender;
    // Evidence comes with the first mentions: a name seen often without it is not looked at again.
    if (slot.tries >= SINGLE_NAME_TRIES) return undefined;
    slot.tries++;
    if (!CAPITALISED_WORD.test(m.name)) return undefined;
    const g = genderAfter(this.text, m.end, until);
    if (g) slot.gender = g;
    return g;
  }

  /** A pronoun before a reporting verb ("he answered", "отметил он", "她表示") → the last compatible speaker. */
  pronoun(word: string, sentence: number): Resolution | null {
    const dropped = word === DROPPED_SUBJECT;
    const owner = word === NEUTRAL_OWNER;
    // ("Ce dernier n'était pas au courant : « … », déclare-t-il": the sentence's "the latter" is the person named last.)
    const latter = !this.unspaced && this.sentences[sentence] !== undefined && leadPronoun(this.text, this.sentences[sentence]) === "latter";
    const gender = dropped || owner ? "any" : (PRONOUNS.get(word.toLowerCase()) ?? ZH_PRONOUNS.get(word));
    if (!gender) return null;
    // Unspaced text has no capitals to find names by: only registered speakers are candidates.
    if (!ZH_PRONOUNS.has(word)) this.advance(sentence);
    let found = latter ? lastNamed(this.recent) : lastCompatible(this.recent, gender);
    if (!found) return null;
    // "Betancourt said, “I cry with joy.” She was greeted by … the First Lady, Carla Bruni-Sarkozy. “…,”
    // she said": the last speaker, within two sentences, outranks people named since unless one of
    // them heads a sentence of its own.
    const last = this.lastSpeaker;
    if (last && !latter && found.speaker.name !== last.speaker.name && compatible(gender, last) && sentence - this.lastSpeakerSentence <= 2) {
      const newer = this.recent.some(
        (e) => e.sentence >= this.lastSpeakerSentence && e.subject && compatible(gender, e) && e.speaker.name !== last.speaker.name,
      );
      if (!newer) found = last;
    }
    // "Il renchérit …" makes the one it stands for the subject of this sentence too.
    if (sentence >= this.scanned) this.salient.set(sentence, new Entry(found.speaker, found.facts, sentence, found.gender, found.person, false, found.subject));
    return this.resolved(found, latter ? "latter" : dropped ? "dropped-subject" : owner ? "possessive" : "pronoun");
  }

  /**
   * "bezeichnete Mnangagwa Mugabe": the person known by the first of two surnames run together when the second is another
   * person's (neither being the whole name `name`), as of sentence `sentence`. (The second is looked up only when the first
   * is known, and a resolution made only when one is returned.)
   */
  glued(first: string, second: string, name: string, sentence: number): Resolution | null {
    this.advance(sentence);
    const a = this.names.known(surnameKey(first));
    if (!a) return null;
    const b = this.names.known(surnameKey(second));
    return b && a.speaker.name !== b.speaker.name && a.speaker.name !== name ? this.resolved(a, "surname") : null;
  }
  /** A bare surname (or an inflected one) → the full name it was introduced with. */
  surname(m: Speaker, sentence: number): Resolution | null {
    // "V. Sapounov", "И. Петров": initials before a surname are the same person.
    const bare = bareSurname(m.name);
    if (bare === undefined) return null;
    this.advance(sentence);
    const e = this.names.known(surnameKey(bare));
    if (!e || e.speaker.start === m.start) return null;
    // "Марком Дэвидом Чэпменом" met first in the instrumental, "Чэпмен" now: the full name takes the nominative.
    const nominative = nominativeOf(e.speaker.name, bare);
    if (nominative) {
      e.speaker = { ...e.speaker, name: nominative };
      e.facts = this.names.facts(nominative);
    }
    return this.resolved(e, "surname");
  }

  /** An office without a name ("le nouveau président", "the minister") → the person named before it in its paragraph. */
  office(m: Speaker, paragraph: Span, sentence: number, lastSpeaker = false): Resolution | null {
    // "the Foreign Ministry" is a body; "ministre du Redressement productif" is still an office;
    // "le ministère de l'Intérieur" is a body too, whoever is named near it.
    // (German capitalises every noun: "Der britische Außenminister" is the person last named with that office, if any.)
    if (capitalFirst(m.name)) {
      if (!GERMAN.test(this.ctx.language ?? "") || !isGermanOffice(lastWordLower(m.name))) return null;
      this.advance(sentence);
      const e = this.holder(m.name);
      return e ? this.resolved(e, "office") : null;
    }
    // "le syndicat estime", "the group said": the organisation named by its acronym not long before.
    if (ALL_ORGANISATION_NOUNS.has(firstWordLower(m.name))) {
      const from = Math.max(0, m.start - OFFICE_LOOKBACK);
      const acronym = findMentions(this.text, from, m.start, from, this.ctx).findLast((x) => x.kind === "name" && ACRONYM.test(x.name));
      if (acronym) {
        const s = firstEndingAfter(this.sentences, acronym.start);
        return { speaker: { name: acronym.name, start: acronym.start, end: acronym.end }, signal: `speaker:body→${acronym.name} (sentence ${s + 1})` };
      }
    }
    // "the ministry", "афганские власти": a body speaks for itself, whoever is named near it.
    if (someWordLower(m.name, ALL_BODY_NOUNS)) return null;
    // "По словам прокурора," after "прокурор Жан-Франсуа Рикар": the person last named with this office.
    this.advance(sentence);
    const e = this.holder(m.name);
    if (e) return this.resolved(e, "office");
    // Bounded look-back, so a huge paragraph costs no more than a short one.
    const from = Math.max(paragraph.start, m.start - OFFICE_LOOKBACK);
    const people = findMentions(this.text, from, Math.min(m.start, this.sentences[sentence]?.end ?? m.start), from, this.ctx).filter(
      (x) => x.kind === "person",
    );
    // The one named with that office ("entre le député X et le ministre Y … par le député"); a lede may name the office first
    // and the person in the next sentence: "Le ministre … a déclaré … . Arnaud Montebourg reconnaît …" (that sentence only).
    const next = this.sentences[sentence + 1];
    const last =
      people.findLast((x) => x.office !== undefined && m.name.toLowerCase().includes(x.office)) ??
      people.at(-1) ??
      (next && next.start < paragraph.end ? findMentions(this.text, next.start, next.end, next.start, this.ctx).find((x) => x.kind === "person") : undefined);
    // "Arzalluz afirmó que si Aznar «…». El líder nacionalista señaló …": a description no one was named with is the person
    // speaking, not someone named only in what that person said (a person introduced after it is: "Otros jugadores, como
    // el centrocampista Moisés García, … . «…», aseguró el capitán").
    const speaking = this.lastSpeaker;
    const talkedAbout = last && firstEndingAfter(this.sentences, last.start) <= this.lastSpeakerSentence && !this.spoke.has(last.name);
    if (talkedAbout && speaking && sentence - this.lastSpeakerSentence <= 2) return this.resolved(speaking, "office");
    if (!last) {
      // "« … », résume l'universitaire": no one named in the paragraph; a description right after the
      // quotation (`lastSpeaker`) stands for the person who spoke last, when that was recently.
      const e = lastSpeaker ? this.lastSpeaker : undefined;
      return e && sentence - e.sentence <= LAST_SPEAKER_REACH
        ? { speaker: { ...e.speaker }, signal: `speaker:office→${e.speaker.name} (sentence ${e.sentence + 1})` }
        : null;
    }
    const s = firstEndingAfter(this.sentences, last.start);
    return { speaker: { name: last.name, start: last.start, end: last.end }, signal: `speaker:office→${last.name} (sentence ${s + 1})` };
  }

  /** The person last named with one of the office's words ("прокурора" after "прокурор Жан-Франсуа Рикар"), as of `sentence` if given. */
  private holder(office: string, sentence?: number): Entry | undefined {
    if (this.offices.size === 0) return undefined;
    const keys = this.names.officeKeys(office);
    for (let i = 0; i < keys.length; i++) {
      const e = this.offices.get(keys[i]!);
      if (e) return sentence === undefined ? e : e.at(sentence);
    }
    return undefined;
  }

  private resolved(e: Entry, rule: string): Resolution {
    return { speaker: { ...e.speaker }, signal: `speaker:${rule}→${e.speaker.name} (sentence ${e.sentence + 1})` };
  }
}
