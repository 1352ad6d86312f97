// Activity rows (the audit trail) as sentences people read: "Ann assigned “The budget rose…” to
// Cleo", "Ben set the verdict of the claim: Unreviewed → Disputed". PURE: the activity feeds, the
// claim card's history and any export use this one module, so a change reads the same everywhere.
// Rows are written by many use cases over time, so before/after are read defensively: a missing
// or oddly typed field gives a plainer sentence, never an exception. The raw action code stays in
// `details` for people who need it.
import { RELATION_LABEL, REVIEW_STATUS_LABEL, ROLE_LABEL, STANCE_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL } from "./vocabulary";

/** The parts of an Activity row a sentence needs (ActivityView and HistoryEntryView both fit). */
export interface ActivityRow {
  action: string;
  actorId: string | null;
  entityType?: string;
  entityId?: string;
  before: unknown;
  after: unknown;
}

/** user id -> display name, for the actor and for the people a change names (assignees, members). */
export type People = ReadonlyMap<string, string>;

/** One before → after line, values already in words. */
export interface ActivityChange {
  field: string;
  before: string;
  after: string;
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
  /** The raw code and record, for the curious: "unit.assign · unit 3f2a91c0". */
  details: string;
}

export interface DescribeOptions {
  /** The words of the claim the row is about (the feeds have them; the claim card does not need them). */
  claim?: string | null;
}

type Json = Record<string, unknown>;
const record = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const count = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Whitespace collapsed, cut at a word boundary near `max` characters with "…". */
export function snippet(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

const quote = (value: string, max = 80) => `“${snippet(value, max)}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** An enum value the vocabulary does not know (yet): "NEEDS_SECOND_LOOK" -> "Needs second look". */
const humanize = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).toLowerCase().replace(/_/g, " ");
const label = (labels: Record<string, string>, v: unknown, none = "none") => (typeof v === "string" ? (labels[v] ?? humanize(v)) : none);
const kindWord = (v: unknown) => (typeof v === "string" ? label(UNIT_KIND_LABEL, v).toLowerCase() : "unit");
const relationWord = (v: unknown) => (typeof v === "string" ? (RELATION_LABEL[v as keyof typeof RELATION_LABEL]?.outgoing ?? humanize(v).toLowerCase()) : "a");

/** The name of a person named by id in a change; "a former member" once they are gone. */
const personName = (people: People, id: unknown, none = "nobody") => (typeof id === "string" ? (people.get(id) ?? "a former member") : none);

interface Field {
  label: string;
  /** Long values (free text) go on a line of their own rather than into the sentence. */
  long?: boolean;
  show: (v: unknown, people: People) => string;
}

/** The unit, relation and member fields rows carry, in the order a sentence names them. */
const FIELDS: Record<string, Field> = {
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

const inline = (changes: ActivityChange[]) => changes.map((c) => `${c.field} ${c.before} → ${c.after}`).join(", ");

interface Context {
  before: Json;
  after: Json;
  people: People;
  /** How the sentence names the claim: its words in quotes, or "the claim". */
  claim: string;
}

type Phrase = (c: Context) => { text: string; lines?: ActivityChange[] };

/** A write of several unit fields: short changes in the sentence, long ones on their own lines. */
function edited(verb: string): Phrase {
  return ({ before, after, people, claim }) => {
    const changes = fieldChanges(before, after, people);
    const short = changes.filter((c) => !c.long);
    const long = changes.filter((c) => c.long);
    return { text: short.length ? `${verb} ${claim}: ${inline(short)}` : `${verb} ${claim}`, lines: long };
  };
}

const assigned: Phrase = ({ before, after, people, claim }) => {
  const from = text(before.assigneeId);
  const to = text(after.assigneeId);
  const rest = fieldChanges(before, after, people).filter((c) => c.field !== FIELDS.assigneeId!.label);
  const said =
    from && to && from !== to
      ? `reassigned ${claim} from ${personName(people, from)} to ${personName(people, to)}`
      : to && !from
        ? `assigned ${claim} to ${personName(people, to)}`
        : from && !to
          ? `unassigned ${claim} (was ${personName(people, from)})`
          : to
            ? `kept ${claim} with ${personName(people, to)}`
            : `left ${claim} unassigned`;
  return { text: said, lines: rest };
};

/**
 * One phrase per action code written by lib/server (activity.test.ts finds every code there and
 * fails when one is missing here). Unknown codes still read, through the generic fallback.
 */
export const ACTIVITY_PHRASES: Record<string, Phrase> = {
  "document.import": ({ after }) => {
    const units = count(after.units);
    return { text: `imported ${text(after.title) ? quote(after.title as string) : "a document"}${units !== null ? ` (${plural(units, "unit")})` : ""}` };
  },
  "document.import.file": ({ after }) => {
    const units = count(after.units);
    const format = text(after.format);
    return { text: `imported an argument file${format ? ` (${format}${units !== null ? `, ${plural(units, "unit")}` : ""})` : ""}` };
  },
  "document.map-layout": ({ after }) => {
    const moved = count(after.moved);
    return { text: `arranged the argument map${moved !== null ? ` (${plural(moved, "node")} moved)` : ""}` };
  },
  "document.map-layout.reset": () => ({ text: "reset the argument map's layout" }),
  "member.add": ({ after, people }) => ({
    text: `added ${text(after.userId) && people.has(after.userId as string) ? people.get(after.userId as string) : "a member"} as ${label(ROLE_LABEL, after.role, "a member").toLowerCase()}`,
  }),
  "relation.create": ({ after }) => ({ text: `drew a “${relationWord(after.type)}” relation` }),
  "relation.update": ({ before, after }) => ({ text: `changed a relation: ${relationWord(before.type)} → ${relationWord(after.type)}` }),
  "relation.delete": ({ before }) => ({ text: `deleted a “${relationWord(before.type)}” relation` }),
  "token.create": ({ after }) => ({ text: `created an API token${text(after.name) ? ` ${quote(after.name as string, 40)}` : ""}` }),
  "token.revoke": ({ after }) => ({ text: `revoked the API token${text(after.name) ? ` ${quote(after.name as string, 40)}` : ""}` }),
  "unit.assign": assigned,
  "unit.comment.add": ({ after, claim }) => ({ text: `commented on ${claim}${text(after.body) ? `: ${quote(after.body as string)}` : ""}` }),
  "unit.comment.edit": ({ before, after, people, claim }) => ({ text: `edited a comment on ${claim}`, lines: fieldChanges(before, after, people) }),
  "unit.comment.resolve": ({ claim }) => ({ text: `resolved a comment on ${claim}` }),
  "unit.comment.reopen": ({ claim }) => ({ text: `reopened a comment on ${claim}` }),
  "unit.create": ({ after }) => ({ text: `marked a new ${kindWord(after.kind)}${text(after.exact) ? ` ${quote(after.exact as string)}` : ""}` }),
  "unit.delete": ({ before }) => ({ text: `deleted the ${kindWord(before.kind)}${text(before.exact) ? ` ${quote(before.exact as string)}` : ""}` }),
  "unit.merge": ({ claim }) => ({ text: `merged the next unit into ${claim}` }),
  "unit.split": ({ claim }) => ({ text: `split ${claim} in two` }),
  "unit.source.attach": ({ after, claim }) => {
    const stance = text(after.stance) ? ` (${FIELDS.stance!.show(after.stance, new Map())})` : "";
    return { text: `attached ${text(after.title) ? `the source ${quote(after.title as string, 60)}` : "a source"} to ${claim}${stance}` };
  },
  "unit.source.detach": ({ before, claim }) => ({
    text: `removed ${text(before.title) ? `the source ${quote(before.title as string, 60)}` : "a source"} from ${claim}`,
  }),
  "unit.source.reuse": ({ after, claim }) => {
    const n = count(after.attached);
    return { text: `reused ${n !== null ? plural(n, "source") : "sources"} of a similar reviewed claim on ${claim}` };
  },
  "unit.update": (c) => {
    const changes = fieldChanges(c.before, c.after, c.people);
    // An assignment sent as a unit update (PATCH /units/{id} {assigneeId}) reads as one.
    if (
      changes.length > 0 &&
      changes.every((ch) => ch.field === FIELDS.assigneeId!.label || ch.field === FIELDS.status!.label) &&
      changes.some((ch) => ch.field === FIELDS.assigneeId!.label)
    )
      return assigned(c);
    return edited("edited")(c);
  },
  "unit.verdict": ({ before, after, people, claim }) => {
    const changes = fieldChanges(before, after, people);
    const verdict = changes.find((ch) => ch.field === FIELDS.verdict!.label);
    const lines = changes.filter((ch) => ch !== verdict);
    if (verdict) return { text: `set the verdict of ${claim}: ${verdict.before} → ${verdict.after}`, lines };
    return { text: lines.length ? `edited the rationale of ${claim}` : `saved the verdict of ${claim} unchanged`, lines };
  },
  "unit.unassign": assigned,
  "unit.start": ({ claim }) => ({ text: `started reviewing ${claim}` }),
  "unit.approve": ({ claim }) => ({ text: `approved ${claim}` }),
  "unit.reopen": ({ before, claim }) => ({
    text: `reopened ${claim}${text(before.status) ? ` (was ${label(REVIEW_STATUS_LABEL, before.status).toLowerCase()})` : ""}`,
  }),
  "unit.adjudicate": ({ before, after, people, claim }) => {
    const reviews = Array.isArray(before.reviews) ? before.reviews.map(record) : [];
    const said = reviews.map((r) => `${personName(people, r.reviewerId)}: ${label(VERDICT_LABEL, r.verdict)}`).join(", ");
    const lines = fieldChanges({}, { rationale: after.rationale }, people);
    return { text: `decided ${claim}: ${label(VERDICT_LABEL, after.verdict)}${said ? ` (the reviewers said ${said})` : ""}`, lines };
  },
  // A double-review submission names no verdict: the other reviewer reads this before giving theirs.
  "unit.review.submit": ({ claim }) => ({ text: `submitted a verdict on ${claim} (double review)` }),
  "unit.review.withdraw": ({ claim }) => ({ text: `withdrew their verdict on ${claim} (double review)` }),
  "unit.review.agreed": ({ after, claim }) => ({ text: `settled ${claim}: both reviewers said ${label(VERDICT_LABEL, after.verdict)}` }),
  "unit.review.disagreed": ({ after, people, claim }) => {
    const reviews = Array.isArray(after.reviews) ? after.reviews.map(record) : [];
    const said = reviews.map((r) => `${personName(people, r.reviewerId)}: ${label(VERDICT_LABEL, r.verdict)}`).join(", ");
    return { text: `completed the double review of ${claim}: the reviewers disagree${said ? ` (${said})` : ""}` };
  },
  "document.archive": ({ after }) => ({ text: `archived the document${text(after.title) ? ` ${quote(after.title as string, 60)}` : ""}` }),
  "document.unarchive": ({ after }) => ({ text: `unarchived the document${text(after.title) ? ` ${quote(after.title as string, 60)}` : ""}` }),
  "document.delete": ({ before }) => {
    const units = count(before.units);
    return {
      text: `deleted the document${text(before.title) ? ` ${quote(before.title as string, 60)}` : ""}${units !== null ? ` (${plural(units, "unit")})` : ""}`,
    };
  },
  "document.settings": ({ after }) => ({ text: `turned double review ${after.doubleReview ? "on" : "off"}` }),
  "invitation.create": ({ after }) => ({ text: `invited ${text(after.email) ?? "someone"} as ${label(ROLE_LABEL, after.role, "a member").toLowerCase()}` }),
  "invitation.revoke": ({ before }) => ({ text: `revoked the invitation of ${text(before.email) ?? "someone"}` }),
  "invitation.accept": ({ after }) => ({ text: `accepted an invitation (already a member as ${label(ROLE_LABEL, after.role, "a member").toLowerCase()})` }),
  "member.join": ({ after }) => ({ text: `joined as ${label(ROLE_LABEL, after.role, "a member").toLowerCase()}` }),
  "member.role": ({ before, after, people }) => ({
    text: `changed the role of ${personName(people, after.userId, text(after.email) ?? "a member")}: ${label(ROLE_LABEL, before.role)} → ${label(ROLE_LABEL, after.role)}`,
  }),
  "member.remove": ({ before, people }) => ({ text: `removed ${personName(people, before.userId, text(before.email) ?? "a member")} from the workspace` }),
  "member.leave": () => ({ text: "left the workspace" }),
  "workspace.rename": ({ before, after }) => ({
    text: `renamed the workspace${text(before.name) ? ` ${quote(before.name as string, 60)}` : ""} to ${text(after.name) ? quote(after.name as string, 60) : "a new name"}`,
  }),
  "workspace.settings": ({ after }) => ({
    text: `${after.assignedOnly ? "let reviewers work only on claims assigned to them" : "let reviewers work on any claim"}`,
  }),
  "workspace.claim": ({ after }) => ({ text: `took ownership of the workspace${text(after.name) ? ` ${quote(after.name as string, 60)}` : ""}` }),
  "workspace.create": ({ after }) => ({ text: `created the workspace${text(after.name) ? ` ${quote(after.name as string, 60)}` : ""}` }),
};

/** Codes no phrase knows: the changed fields, or just that something happened. */
const fallback: Phrase = (c) => {
  const changes = fieldChanges(c.before, c.after, c.people);
  return changes.length ? edited("changed")(c) : { text: "made a change" };
};

/** The readable sentence for one activity row. */
export function describeActivity(row: ActivityRow, people: People, options: DescribeOptions = {}): ActivityDescription {
  const actor = row.actorId === null ? "Warrant" : (people.get(row.actorId) ?? "A former member");
  const claim = options.claim && options.claim.trim() ? quote(options.claim, 60) : "the claim";
  const phrase = ACTIVITY_PHRASES[row.action] ?? fallback;
  const { text: said, lines = [] } = phrase({ before: record(row.before), after: record(row.after), people, claim });
  const details = [row.action, row.entityType && row.entityId ? `${row.entityType} ${row.entityId.slice(0, 8)}` : null].filter(Boolean).join(" · ");
  return { actor, text: said, sentence: `${actor} ${said}`, lines: lines.map(({ field, before, after }) => ({ field, before, after })), details };
}

/** A people map from the view's list of people. */
export function peopleMap(people: readonly { id: string; name: string }[]): People {
  return new Map(people.map((p) => [p.id, p.name]));
}

/**
 * An action filter is a comma-separated list of terms; a term matches its own code and the codes
 * under it ("unit.comment" matches "unit.comment.add", not "unit.commentary"). The server turns
 * the same terms into its WHERE clause (equals, or starts with term + ".").
 */
export function actionTerms(filter: string): string[] {
  return [
    ...new Set(
      filter
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export function matchesActionFilter(code: string, filter: string): boolean {
  return actionTerms(filter).some((term) => code === term || code.startsWith(`${term}.`));
}

/** Families of codes people filter by; codes outside them get an option of their own. */
const ACTIVITY_FAMILIES: readonly { value: string; label: string }[] = [
  { value: "unit.verdict", label: "Verdicts" },
  { value: "unit.assign,unit.unassign", label: "Assignments" },
  { value: "unit.start,unit.approve,unit.reopen,unit.adjudicate,unit.review", label: "Workflow" },
  { value: "unit.comment", label: "Comments" },
  { value: "unit.source", label: "Sources" },
  { value: "unit.create,unit.update,unit.delete,unit.split,unit.merge", label: "Claim edits" },
  { value: "relation", label: "Relations" },
  { value: "document", label: "Documents and the map" },
  { value: "member,workspace,invitation", label: "Members and workspace" },
];

/**
 * The action filter's options for the codes that occur in a feed: the families that have any, then
 * one option per remaining code (a code added later by another use case is still filterable).
 */
export function activityFilterOptions(codes: readonly string[]): { value: string; label: string }[] {
  const families = ACTIVITY_FAMILIES.filter((f) => codes.some((code) => matchesActionFilter(code, f.value)));
  const rest = [...new Set(codes)].filter((code) => !ACTIVITY_FAMILIES.some((f) => matchesActionFilter(code, f.value))).sort();
  return [...families, ...rest.map((code) => ({ value: code, label: humanize(code.replace(/[.-]/g, " ")) }))];
}
