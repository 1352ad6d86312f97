// The words activity sentences are made of (lib/domain/activity.ts): values read defensively from
// an Activity row's before/after JSON and put in words — names for user ids, the vocabulary's
// labels for enum codes, quoted snippets for stored text. Never an id, an offset or a code.
import { RELATION_LABEL, REVIEW_STATUS_LABEL, ROLE_LABEL, STANCE_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL } from "./vocabulary";

/** user id -> display name, for the actor and for the people a change names (assignees, members). */
export type People = ReadonlyMap<string, string>;
/** unit id -> its words, for the units a change names (the other end of a relation). */
export type Units = ReadonlyMap<string, string>;

/** One before → after line, values already in words. */
export interface ActivityChange {
  field: string;
  before: string;
  after: string;
}

export type Json = Record<string, unknown>;
export const record = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
export const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
export const count = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Whitespace collapsed, cut at a word boundary near `max` characters with "…". */
export function snippet(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

export const quote = (value: string, max = 80) => `“${snippet(value, max)}”`;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** An enum value the vocabulary does not know (yet): "NEEDS_SECOND_LOOK" -> "Needs second look". */
export const humanize = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).toLowerCase().replace(/_/g, " ");
export const label = (labels: Record<string, string>, v: unknown, none = "none") => (typeof v === "string" ? (labels[v] ?? humanize(v)) : none);
export const kindWord = (v: unknown) => (typeof v === "string" ? label(UNIT_KIND_LABEL, v).toLowerCase() : "unit");
export const relationWord = (v: unknown) =>
  typeof v === "string" ? (RELATION_LABEL[v as keyof typeof RELATION_LABEL]?.outgoing ?? humanize(v).toLowerCase()) : "a";

/** The name of a person named by id in a change; "a former member" once they are gone. */
export const personName = (people: People, id: unknown, none = "nobody") => (typeof id === "string" ? (people.get(id) ?? "a former member") : none);

interface Field {
  label: string;
  /** Long values (free text) go on a line of their own rather than into the sentence. */
  long?: boolean;
  show: (v: unknown, people: People) => string;
}

/** The unit, relation and member fields rows carry, in the order a sentence names them. */
export const FIELDS: Record<string, Field> = {
  verdict: { label: "verdict", show: (v) => label(VERDICT_LABEL, v) },
  status: { label: "status", show: (v) => label(REVIEW_STATUS_LABEL, v) },
  kind: { label: "kind", show: (v) => label(UNIT_KIND_LABEL, v) },
  assigneeId: { label: "reviewer", show: (v, people) => personName(people, v) },
  secondAssigneeId: { label: "second reviewer", show: (v, people) => personName(people, v) },
  type: { label: "relation", show: (v) => (typeof v === "string" ? relationWord(v) : "none") },
  role: { label: "role", show: (v) => label(ROLE_LABEL, v) },
  stance: {
    label: "stance",
    show: (v) => (typeof v === "string" ? (STANCE_LABEL[v as keyof typeof STANCE_LABEL]?.short ?? humanize(v).toLowerCase()) : "none"),
  },
  text: { label: "wording", long: true, show: (v) => (text(v) ? quote(v as string) : "the exact words") },
  rationale: { label: "rationale", long: true, show: (v) => (text(v) ? quote(v as string) : "none") },
  body: { label: "comment", long: true, show: (v) => (text(v) ? quote(v as string) : "empty") },
};

/** Every known field that differs between before and after, in FIELDS order. */
export function fieldChanges(before: unknown, after: unknown, people: People): (ActivityChange & { long: boolean })[] {
  const b = record(before);
  const a = record(after);
  return Object.entries(FIELDS).flatMap(([key, field]) => {
    if (!(key in a)) return [];
    if (key in b && JSON.stringify(b[key] ?? null) === JSON.stringify(a[key] ?? null)) return [];
    return [{ field: field.label, before: key in b ? field.show(b[key], people) : "—", after: field.show(a[key], people), long: !!field.long }];
  });
}

export const inline = (changes: ActivityChange[]) => changes.map((c) => `${c.field} ${c.before} → ${c.after}`).join(", ");

/** What a phrase knows: the row's before/after and how to name people, units and the claim. */
export interface Context {
  before: Json;
  after: Json;
  people: People;
  units: Units;
  /** The unit whose history this is: a relation end at it reads as `claim`. */
  subjectId: string | null;
  /** How the sentence names the claim: its words in quotes, or "the claim". */
  claim: string;
}

export type Phrase = (c: Context) => { text: string; lines?: ActivityChange[] };

/** A unit named by id: "the claim" when it is the subject, its words when known, else null. */
export function unitName({ units, subjectId, claim }: Pick<Context, "units" | "subjectId" | "claim">, id: unknown): string | null {
  if (typeof id !== "string") return null;
  if (id === subjectId) return claim;
  const words = units.get(id);
  return words ? quote(words, 60) : null;
}
