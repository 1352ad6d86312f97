// Part of the route table (api-routes.ts): reconstructed arguments, answers to their schemes'
// critical questions, and objections.
import { document, type ApiRoute } from "./api-routes-types";
import { ZAnswerQuestionInput, ZCreateArgumentInput, ZDeleteArgumentInput, ZRaiseObjectionInput, ZUpdateArgumentInput } from "./argument";

const argument = { id: "argumentId" };

export const ARGUMENT_ROUTES: ApiRoute[] = [
  {
    path: "/documents/{id}/arguments",
    method: "get",
    permission: "workspace.read",
    tag: "Arguments",
    summary:
      "The document's reconstructed arguments ({arguments, relations}): each with its ordered statements (premise, intermediate, conclusion; a unit or reviewer-written words marked implicit), scheme, answers to the scheme's critical questions and relations (supports, attacks, undercuts, undermines).",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/arguments",
    method: "post",
    permission: "argument.edit",
    tag: "Arguments",
    summary:
      "Reconstruct an argument: statements in order, each {unitId} (a unit of this document) or {text} (an implicit premise); the last is the conclusion unless roles say otherwise. Optional title and schemeId (an id of the scheme catalogue, docs/formats.md).",
    ok: 201,
    body: ZCreateArgumentInput,
    fromPath: document,
  },
  {
    path: "/arguments/{id}",
    method: "get",
    permission: "workspace.read",
    tag: "Arguments",
    summary:
      "One argument, with suggestedSchemes: the schemes the analyser suggests from its statements' words and speakers ([{schemeId, confidence, signals}], best first, at most three; never applied by the read).",
    ok: 200,
    fromPath: argument,
  },
  {
    path: "/arguments/{id}",
    method: "patch",
    permission: "argument.edit",
    tag: "Arguments",
    summary:
      "Change title, scheme or structure (statements replace the old ones; send a statement's id to keep it), or status (REVIEWED needs argument.review, a sound structure and every critical question answered). A stale version gets 409 with the current argument.",
    ok: 200,
    body: ZUpdateArgumentInput,
    fromPath: argument,
  },
  {
    path: "/arguments/{id}",
    method: "delete",
    permission: "argument.edit",
    tag: "Arguments",
    summary: "Delete an argument (?version=N) with its statements, answers and relations.",
    ok: 204,
    query: ZDeleteArgumentInput.omit({ argumentId: true }),
    fromPath: argument,
  },
  {
    path: "/arguments/{id}/answers",
    method: "post",
    permission: "argument.review",
    tag: "Arguments",
    summary:
      "Answer one critical question of the argument's scheme: HOLDS, FAILS or UNKNOWN, with a note. Versioned; a reviewed argument goes back to draft unless the answer is HOLDS.",
    ok: 200,
    body: ZAnswerQuestionInput,
    fromPath: argument,
  },
  {
    path: "/arguments/{id}/objections",
    method: "post",
    permission: "argument.review",
    tag: "Arguments",
    summary:
      "Turn a critical question into an objection: it is answered FAILS and becomes an undermine of the premise it questions, or an undercut of the inference. {argument, relation}; 409 when the question already has one.",
    ok: 201,
    body: ZRaiseObjectionInput,
    fromPath: argument,
  },
  {
    path: "/argument-relations/{id}",
    method: "delete",
    permission: "argument.review",
    tag: "Arguments",
    summary: "Withdraw a relation between arguments (an objection); the answer stays.",
    ok: 204,
    fromPath: { id: "relationId" },
  },
];
