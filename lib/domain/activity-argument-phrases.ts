// Sentences for reconstructed arguments (issue 16): reconstruction, restructuring, schemes,
// critical questions and objections. See lib/domain/activity.ts.
import { QUESTION_ANSWER_LABEL } from "./argument-vocabulary";
import { count, label, list, plural, quote, text, type Json, type Phrase } from "./activity-words";
import { getScheme } from "./schemes";

const named = (side: Json) => (text(side.title) ? `the argument ${quote(side.title as string, 60)}` : "the argument");
const schemeName = (id: unknown) => (typeof id === "string" ? (getScheme(id)?.name.toLowerCase() ?? "an unknown scheme") : "no scheme");
/** The question's words when the scheme knows it, else a plain "a critical question". */
const question = (side: Json) => {
  const q = getScheme(text(side.schemeId))?.criticalQuestions.find((c) => c.id === side.questionId);
  return q ? quote(q.text, 70) : "a critical question";
};

const RELATION_NOUN: Record<string, string> = { SUPPORTS: "a support", ATTACKS: "an attack", UNDERCUTS: "an undercut", UNDERMINES: "an undermine" };
const relationNoun = (v: unknown) => (typeof v === "string" && RELATION_NOUN[v]) || "a relation";

const updated: Phrase = ({ before, after }) => {
  const what = named(text(before.title) ? before : after);
  const parts: string[] = [];
  if (after.status === "REVIEWED") return { text: `marked ${what} reviewed` };
  if (after.status === "DRAFT" && before.status === "REVIEWED") parts.push("reopened it");
  if (text(before.title) && text(after.title) && after.title !== before.title)
    parts.push(`renamed it ${text(after.title) ? quote(after.title as string, 60) : ""}`.trim());
  if ("schemeId" in after) parts.push(`set its scheme: ${schemeName(before.schemeId)} → ${schemeName(after.schemeId)}`);
  if ("statements" in after) parts.push(`restructured it (${plural(list(after.statements).length, "statement")})`);
  return { text: parts.length ? `changed ${what}: ${parts.join("; ")}` : `changed ${what}` };
};

export const ARGUMENT_PHRASES: Record<string, Phrase> = {
  "argument.create": ({ after }) => {
    const n = count(after.statements);
    const scheme = text(after.schemeId) ? ` as ${schemeName(after.schemeId)}` : "";
    return { text: `reconstructed ${named(after)}${scheme}${n !== null ? ` (${plural(n, "statement")})` : ""}` };
  },
  "argument.update": updated,
  "argument.delete": ({ before }) => ({ text: `deleted ${named(before)}` }),
  "argument.answer": ({ after }) => ({
    text: `answered ${question(after)} on ${named(after)}: ${label(QUESTION_ANSWER_LABEL, after.answer)}`,
    lines: text(after.note) ? [{ field: "Note", before: "", after: after.note as string }] : [],
  }),
  "argument.objection": ({ after }) => ({
    text: `turned the failed question ${question(after)} into ${relationNoun(after.type)} of ${named(after)}`,
  }),
  "argument.relation.delete": ({ before }) => ({ text: `withdrew ${relationNoun(before.type)}` }),
};
