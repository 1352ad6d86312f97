// Activity rows (the audit trail) as sentences people read: "Ann assigned “The budget rose…” to
// Cleo", "Ben set the verdict of the claim: Unreviewed → Disputed". PURE: the activity feeds, the
// claim card's history and any export use this one module, so a change reads the same everywhere.
// Rows are written by many use cases over time, so before/after are read defensively: a missing
// or oddly typed field gives a plainer sentence, never an exception. A sentence never shows an
// id, an offset or an action code: people by name, units by their words, enums by their labels.
import { ARGUMENT_PHRASES } from "./activity-argument-phrases";
import { TEAM_PHRASES } from "./activity-team-phrases";
import { edited, UNIT_PHRASES } from "./activity-unit-phrases";
import { fieldChanges, quote, record, type ActivityChange, type People, type Phrase, type Units } from "./activity-words";

export { actionTerms, activityFilterOptions, matchesActionFilter } from "./activity-filters";
export { fieldChanges, snippet, type ActivityChange, type People, type Units } from "./activity-words";

/** The parts of an Activity row a sentence needs (ActivityView and HistoryEntryView both fit). */
export interface ActivityRow {
  action: string;
  actorId: string | null;
  before: unknown;
  after: unknown;
}

export interface ActivityDescription {
  /** Who did it: a name, "Warrant" for the system, "A former member" when unknown. */
  actor: string;
  /** What they did, after the name: "assigned the claim to Cleo". */
  text: string;
  /** `${actor} ${text}`. */
  sentence: string;
  /** Changes not already said in `text` (long texts such as rationales), one line each. */
  lines: ActivityChange[];
}

export interface DescribeOptions {
  /** The words of the claim the row is about (the feeds have them; the claim card does not need them). */
  claim?: string | null;
  /** Words of the other units a row names (relation ends), resolved by the server. */
  units?: Units;
  /** The unit whose history is shown: a relation end at it reads as the claim. */
  subjectId?: string | null;
}

/**
 * One phrase per action code written by lib/server (activity.test.ts finds every code there and
 * fails when one is missing here). Unknown codes still read, through the generic fallback.
 */
export const ACTIVITY_PHRASES: Record<string, Phrase> = { ...TEAM_PHRASES, ...UNIT_PHRASES, ...ARGUMENT_PHRASES };

/** Codes no phrase knows: the changed fields, or just that something happened. */
const fallback: Phrase = (c) => {
  const changes = fieldChanges(c.before, c.after, c.people);
  return changes.length ? edited("changed")(c) : { text: "made a change" };
};

const NO_UNITS: Units = new Map();

/** The readable sentence for one activity row. */
export function describeActivity(row: ActivityRow, people: People, options: DescribeOptions = {}): ActivityDescription {
  const actor = row.actorId === null ? "Warrant" : (people.get(row.actorId) ?? "A former member");
  const claim = options.claim && options.claim.trim() ? quote(options.claim, 60) : "the claim";
  const phrase = ACTIVITY_PHRASES[row.action] ?? fallback;
  const { text: said, lines = [] } = phrase({
    before: record(row.before),
    after: record(row.after),
    people,
    units: options.units ?? NO_UNITS,
    subjectId: options.subjectId ?? null,
    claim,
  });
  return { actor, text: said, sentence: `${actor} ${said}`, lines: lines.map(({ field, before, after }) => ({ field, before, after })) };
}

/** A people map from the view's list of people. */
export function peopleMap(people: readonly { id: string; name: string }[]): People {
  return new Map(people.map((p) => [p.id, p.name]));
}

/** A units map from the view's list of the units its rows name. */
export function unitsMap(units: readonly { id: string; words: string }[]): Units {
  return new Map(units.map((u) => [u.id, u.words]));
}
