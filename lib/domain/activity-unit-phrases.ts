// Sentences for the changes a claim's history shows: its verdict, workflow, assignment, edits,
// re-segmentation, sources, comments and the relations drawn to it. See lib/domain/activity.ts.
import {
  count,
  FIELDS,
  fieldChanges,
  inline,
  kindWord,
  label,
  list,
  personName,
  plural,
  quote,
  record,
  relationWord,
  text,
  unitName,
  type Context,
  type Phrase,
} from "./activity-words";
import { REVIEW_STATUS_LABEL, VERDICT_LABEL } from "./vocabulary";

/** A write of several unit fields: short changes in the sentence, long ones on their own lines. */
export function edited(verb: string): Phrase {
  return ({ before, after, people, claim }) => {
    const changes = fieldChanges(before, after, people);
    const short = changes.filter((c) => !c.long);
    const long = changes.filter((c) => c.long);
    return { text: short.length ? `${verb} ${claim}: ${inline(short)}` : `${verb} ${claim}`, lines: long };
  };
}

const assigned: Phrase = ({ before, after, people, claim }) => {
  // The first reviewer's slot, or in double review the second's.
  const key = "secondAssigneeId" in after && !("assigneeId" in after) ? "secondAssigneeId" : "assigneeId";
  const second = key === "secondAssigneeId" ? " as second reviewer" : "";
  const from = text(before[key]);
  const to = text(after[key]);
  const rest = fieldChanges(before, after, people).filter((c) => c.field !== FIELDS[key]!.label);
  const said =
    from && to && from !== to
      ? `reassigned ${claim} from ${personName(people, from)} to ${personName(people, to)}${second}`
      : to && !from
        ? `assigned ${claim} to ${personName(people, to)}${second}`
        : from && !to
          ? `unassigned ${claim} (was ${personName(people, from)}${second})`
          : to
            ? `kept ${claim} with ${personName(people, to)}`
            : `left ${claim} unassigned`;
  return { text: said, lines: rest };
};

/** "“Parliament will vote” supports the claim", when the row names both ends and either is known. */
function relationSentence(c: Context, side: Record<string, unknown>, type: unknown): string | null {
  const from = unitName(c, side.fromId);
  const to = unitName(c, side.toId);
  if (!from && !to) return null;
  return `${from ?? "a unit"} ${relationWord(type)} ${to ?? "a unit"}`;
}

const reviewsSaid = (reviews: unknown, people: Context["people"]) =>
  list(reviews)
    .map(record)
    .map((r) => `${personName(people, r.reviewerId)}: ${label(VERDICT_LABEL, r.verdict)}`)
    .join(", ");

const relationCount = (ids: unknown) => list(ids).filter((id) => typeof id === "string").length;

export const UNIT_PHRASES: Record<string, Phrase> = {
  "relation.create": (c) => {
    const said = relationSentence(c, c.after, c.after.type);
    return { text: said ? `drew a relation: ${said}` : `drew a “${relationWord(c.after.type)}” relation` };
  },
  "relation.update": (c) => {
    const between = relationSentence(c, c.before, c.before.type);
    const change = `${relationWord(c.before.type)} → ${relationWord(c.after.type)}`;
    return { text: between ? `changed the relation ${between}: ${change}` : `changed a relation: ${change}` };
  },
  "relation.delete": (c) => {
    const said = relationSentence(c, c.before, c.before.type);
    return { text: said ? `deleted the relation: ${said}` : `deleted a “${relationWord(c.before.type)}” relation` };
  },
  "unit.assign": assigned,
  "unit.unassign": assigned,
  "unit.comment.add": ({ after, claim }) => ({ text: `commented on ${claim}${text(after.body) ? `: ${quote(after.body as string)}` : ""}` }),
  "unit.comment.edit": ({ before, after, people, claim }) => ({ text: `edited a comment on ${claim}`, lines: fieldChanges(before, after, people) }),
  "unit.comment.resolve": ({ after, claim }) => ({
    text: `resolved ${text(after.body) ? `the comment ${quote(after.body as string, 60)}` : "a comment"} on ${claim}`,
  }),
  "unit.comment.reopen": ({ after, claim }) => ({
    text: `reopened ${text(after.body) ? `the comment ${quote(after.body as string, 60)}` : "a comment"} on ${claim}`,
  }),
  "unit.create": ({ after }) => ({ text: `marked a new ${kindWord(after.kind)}${text(after.exact) ? ` ${quote(after.exact as string)}` : ""}` }),
  "unit.delete": ({ before }) => ({ text: `deleted the ${kindWord(before.kind)}${text(before.exact) ? ` ${quote(before.exact as string)}` : ""}` }),
  "unit.merge": ({ before, after, claim }) => {
    const next = text(before.mergedExact) ? `the next unit ${quote(before.mergedExact as string, 60)}` : "the next unit";
    const moved = relationCount(after.movedRelationIds);
    const dropped = relationCount(after.droppedRelationIds);
    const notes = [
      moved ? `${plural(moved, "relation")} came with it` : null,
      dropped ? `${plural(dropped, "relation")} between the two or repeated dropped` : null,
    ].filter(Boolean);
    return { text: `merged ${next} into ${claim}${notes.length ? ` (${notes.join("; ")})` : ""}` };
  },
  "unit.split": ({ before, after, claim, subjectId }) => {
    // The second half's history: the claim was cut from a longer unit.
    if (subjectId && after.newUnitId === subjectId) {
      const moved = relationCount(after.secondRelationIds);
      const from = text(before.exact) ? quote(before.exact as string, 60) : "a longer unit";
      return { text: `made ${claim} by splitting ${from} in two${moved ? `; ${plural(moved, "relation")} came with it` : ""}` };
    }
    const halves = text(after.exact) && text(after.newExact) ? `: ${quote(after.exact as string, 60)} and ${quote(after.newExact as string, 60)}` : "";
    const moved = relationCount(after.secondRelationIds);
    const went = moved && text(after.newExact) ? `; ${plural(moved, "relation")} went with ${quote(after.newExact as string, 60)}` : "";
    return { text: `split ${claim} in two${halves}${went}` };
  },
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
  "unit.start": ({ claim }) => ({ text: `started reviewing ${claim}` }),
  "unit.approve": ({ claim }) => ({ text: `approved ${claim}` }),
  "unit.reopen": ({ before, claim }) => ({
    text: `reopened ${claim}${text(before.status) ? ` (was ${label(REVIEW_STATUS_LABEL, before.status).toLowerCase()})` : ""}`,
  }),
  "unit.adjudicate": ({ before, after, people, claim }) => {
    const said = reviewsSaid(before.reviews, people);
    const lines = fieldChanges({}, { rationale: after.rationale }, people);
    return { text: `decided ${claim}: ${label(VERDICT_LABEL, after.verdict)}${said ? ` (the reviewers said ${said})` : ""}`, lines };
  },
  // A double-review submission names no verdict: the other reviewer reads this before giving theirs.
  "unit.review.submit": ({ claim }) => ({ text: `submitted a verdict on ${claim} (double review)` }),
  "unit.review.withdraw": ({ claim }) => ({ text: `withdrew their verdict on ${claim} (double review)` }),
  "unit.review.agreed": ({ after, claim }) => ({ text: `settled ${claim}: both reviewers said ${label(VERDICT_LABEL, after.verdict)}` }),
  "unit.review.disagreed": ({ after, people, claim }) => {
    const said = reviewsSaid(after.reviews, people);
    return { text: `completed the double review of ${claim}: the reviewers disagree${said ? ` (${said})` : ""}` };
  },
};
