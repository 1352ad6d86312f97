// The REST API's routes, one entry each: what the OpenAPI document (openapi.ts) is generated
// from. Bodies and query strings are the zod schemas the use cases parse, so the document cannot
// drift from what the server accepts; openapi.test.ts checks this table against app/api/v1.
import type { z } from "zod";
import type { Action } from "@/lib/domain/policy";
import { ZDocumentActivityInput, ZWorkspaceActivityInput } from "./activity";
import { ZAnswerQuestionInput, ZCreateArgumentInput, ZDeleteArgumentInput, ZRaiseObjectionInput, ZUpdateArgumentInput } from "./argument";
import { ZSignUpInput } from "./auth";
import { ZArchiveDocumentInput, ZUpdateDocumentInput } from "./document";
import { ZPublishDocumentInput } from "./publication";
import { ZImportArgumentInput, ZImportPasteInput, ZImportUrlInput } from "./import";
import { IMPORT_FORMATS, ZExportInput } from "./interchange";
import { ZListNotificationsInput, ZMarkNotificationsReadInput } from "./notification";
import { ZCreateRelationInput, ZSaveMapLayoutInput, ZUpdateRelationInput } from "./relation";
import { ZAddCommentInput, ZAttachSourceInput } from "./source";
import { ZSearchInput } from "./search";
import { ZLeavePresenceInput, ZPresenceHeartbeatInput } from "./presence";
import { ZCreateApiTokenInput } from "./token";
import { ZCreateUnitInput, ZDeleteUnitInput, ZTransitionUnitInput, ZUpdateUnitInput } from "./unit";
import { ZUnitQuery } from "./unit-query";
import { ZAcceptInvitationInput, ZCreateInvitationInput, ZUpdateMemberInput } from "./member";
import { ZAssignClaimsInput, ZCreateWorkspaceInput, ZUnassignClaimsInput, ZUpdateWorkspaceInput } from "./workspace";

export type HttpMethod = "get" | "post" | "patch" | "put" | "delete";

/**
 * Who may call a route: a policy action (lib/domain/policy.ts), which the caller's role in the
 * workspace of the record the route names must allow (a member without it: 403; not a member:
 * 404); "signed-in": any account, on its own records (its tokens, queue, notifications, search);
 * "anyone": no sign-in needed (the route is `public`).
 */
export type RoutePermission = Action | "signed-in" | "anyone";

export interface ApiRoute {
  /** Under /api/v1; path parameters in braces, as OpenAPI writes them. */
  path: string;
  method: HttpMethod;
  tag: string;
  summary: string;
  /** Status of a successful answer. */
  ok: number;
  /**
   * What the caller needs (documented in the OpenAPI description). e2e/permission-matrix.spec.ts
   * derives each role's expected status from it with `can`; a route whose body decides the
   * permission (PATCH /units/{id}) names the least one, and the spec tests the others too.
   */
  permission: RoutePermission;
  /** The schema the JSON body is parsed with; a list when any one of several bodies is accepted. */
  body?: z.ZodType | z.ZodType[];
  /** The schema the query string is parsed with. */
  query?: z.ZodType;
  /**
   * Input properties the REST API takes from the path, by path parameter: `{ id: "unitId" }`
   * means {id} fills the input's `unitId`. Use-case inputs carry their entity ids, but a client
   * of the API puts them in the URL: the document leaves them out of the body and query.
   */
  fromPath?: Record<string, string>;
  /** Answers without sign-in. */
  public?: boolean;
  /** Media type of an answer that is not JSON (a download, a stream). */
  produces?: string;
  /** Also takes multipart/form-data: an uploaded `file`, or a `url`. */
  multipart?: boolean;
}

const workspace = { id: "workspaceId" };
const document = { id: "documentId" };
const unit = { id: "unitId" };
const relation = { id: "relationId" };
const member = { id: "workspaceId", userId: "memberId" };
const argument = { id: "argumentId" };

export const API_ROUTES: ApiRoute[] = [
  {
    path: "/auth/signup",
    method: "post",
    permission: "anyone",
    tag: "Accounts",
    summary:
      "Create an account (and its workspace), or with `invitation` (the token of an invitation link, for its email only) join the invited workspace instead. An existing account's email with its own password gets the same answer (you are signed in); with another password, 409. 403 when the server is invite-only and no valid invitation is given; 429 after too many sign-ups from one address (WARRANT_SIGNUPS_PER_HOUR, default 5) or wrong passwords.",
    ok: 201,
    public: true,
    body: ZSignUpInput,
  },
  {
    path: "/tokens",
    method: "post",
    permission: "anyone",
    tag: "Accounts",
    summary:
      "Create an API token with email + password, or name only from a signed-in browser session (never from another token: 403). `expiresInDays` (1–365, default 90) or `null` for a token that never expires. The token is returned once. 401 for a wrong password, 429 after too many.",
    ok: 201,
    public: true,
    body: ZCreateApiTokenInput,
  },
  { path: "/tokens", method: "get", permission: "signed-in", tag: "Accounts", summary: "Your API tokens with their expiry (never the secrets).", ok: 200 },
  { path: "/tokens/{id}", method: "delete", permission: "signed-in", tag: "Accounts", summary: "Revoke a token.", ok: 200, fromPath: { id: "tokenId" } },
  { path: "/workspaces", method: "get", permission: "signed-in", tag: "Workspaces", summary: "Your workspaces.", ok: 200 },
  {
    path: "/workspaces",
    method: "post",
    permission: "signed-in",
    tag: "Workspaces",
    summary: "Create a workspace you own.",
    ok: 201,
    body: ZCreateWorkspaceInput,
  },
  {
    path: "/workspaces/{id}",
    method: "get",
    permission: "workspace.read",
    tag: "Workspaces",
    summary: "A workspace with your role and its settings (assignedOnly).",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}",
    method: "patch",
    permission: "workspace.manage",
    tag: "Workspaces",
    summary:
      "Rename a workspace or change its settings (owners only). assignedOnly: reviewers work only on claims assigned to them; methodology: the note on published reports; watchDaily: check documents imported from the web for changes every day.",
    ok: 200,
    body: ZUpdateWorkspaceInput,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/members",
    method: "get",
    permission: "workspace.read",
    tag: "Workspaces",
    summary: "Members of a workspace: role, joinedAt and open assignments (OPEN, IN_REVIEW, NEEDS_ADJUDICATION; first or second reviewer).",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/members/{userId}",
    method: "patch",
    permission: "member.manage",
    tag: "Workspaces",
    summary: "Change a member's role (owners only). 409 when it would demote the last owner.",
    ok: 200,
    body: ZUpdateMemberInput,
    fromPath: member,
  },
  {
    path: "/workspaces/{id}/members/{userId}",
    method: "delete",
    permission: "member.manage",
    tag: "Workspaces",
    summary: "Remove a member (owners only), or leave (your own user id). 409 for the last owner.",
    ok: 204,
    fromPath: member,
  },
  {
    path: "/workspaces/{id}/invitations",
    method: "post",
    permission: "member.invite",
    tag: "Workspaces",
    summary:
      "Invite an email with a role (owners only): {id, url, expiresAt, emailed}. The one-time link is returned once, expires in 7 days, and is emailed when the server has SMTP_URL. The same answer whether or not the email has an account; 409 when already a member.",
    ok: 201,
    body: ZCreateInvitationInput,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/invitations",
    method: "get",
    permission: "member.invite",
    tag: "Workspaces",
    summary: "Pending invitations (owners only; never the links).",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/invitations/{id}",
    method: "delete",
    permission: "member.invite",
    tag: "Workspaces",
    summary: "Revoke an invitation (owners only): its link stops working. 409 when already used.",
    ok: 204,
    fromPath: { id: "invitationId" },
  },
  {
    path: "/invitations/accept",
    method: "post",
    permission: "signed-in",
    tag: "Workspaces",
    summary: "Accept an invitation as the signed-in account with the invited email: {workspaceId, role}. 400 expired, used or revoked; 403 another email.",
    ok: 200,
    body: ZAcceptInvitationInput,
  },
  {
    path: "/workspaces/{id}/documents",
    method: "get",
    permission: "workspace.read",
    tag: "Documents",
    summary: "Documents of a workspace.",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/documents",
    method: "post",
    permission: "document.create",
    tag: "Documents",
    summary:
      "Import pasted text, a page by {url}, or an uploaded `file`. A paste up to 100,000 characters, a file up to 1 MB or an argument file is analysed at once: 201 {id, units}. Pages, larger files and longer texts run as a background job: 202 {jobId, state, location} — follow GET /jobs/{id} or /jobs/{id}/events. `Prefer: respond-async` queues any import.",
    ok: 201,
    body: [ZImportPasteInput, ZImportUrlInput, ZImportArgumentInput],
    multipart: true,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/imports",
    method: "post",
    permission: "document.create",
    tag: "Interchange",
    summary: `Import an argument file (${IMPORT_FORMATS.join(", ")}) as {format, content, title?}, or a page as {url}, or a multipart \`file\` (.txt .md .html .docx .pdf, or an argument file). Argument files, pastes up to 100,000 characters and files up to 1 MB: 201 {id, units, …}; pages, larger files and longer texts: 202 {jobId, state, location} (a background job; \`Prefer: respond-async\` queues any import). Accept: application/x-ndjson streams {job}, {stage}…, then {done} or {error}.`,
    ok: 201,
    body: [ZImportArgumentInput, ZImportUrlInput, ZImportPasteInput],
    multipart: true,
    fromPath: workspace,
  },
  {
    path: "/jobs/{id}",
    method: "get",
    permission: "signed-in",
    tag: "Interchange",
    summary:
      "One of your background imports: {id, kind, state: queued|running|done|failed, stage: fetching|extracting|analysing|saving|null, progress 0–1, documentId (when done), title, error {code, message} (when failed), createdAt, finishedAt}. Another person's job is 404.",
    ok: 200,
  },
  {
    path: "/jobs/{id}/events",
    method: "get",
    permission: "signed-in",
    tag: "Interchange",
    summary:
      "One of your background imports as Server-Sent Events: `event: job` with the whole state (as GET /jobs/{id}) at once and each time it moves; close it when the state is done or failed.",
    ok: 200,
    produces: "text/event-stream",
  },
  {
    path: "/documents/{id}",
    method: "get",
    permission: "workspace.read",
    tag: "Documents",
    summary: "A document with its text, units and relations.",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/refresh",
    method: "post",
    permission: "document.manage",
    tag: "Documents",
    summary:
      "Check for changes: fetch the source page of a document imported from a web address again, as a background job: 202 {jobId, state, location}. The new text is compared with the original (which never changes) and every unit is re-anchored; GET /documents/{id}/snapshots reads the outcome. 400 for a document without a web address.",
    ok: 202,
    fromPath: document,
  },
  {
    path: "/documents/{id}/snapshots",
    method: "get",
    permission: "workspace.read",
    tag: "Documents",
    summary:
      "The source page's snapshots, oldest first ({id, fetchedAt, finalUrl, rawSha256, textSha256, textChanged}), and for the latest: unit ids unchanged and moved, changed [{id, before, after}], gone [{id, before}], and the edited passages [{type: added|removed|changed, before, after}].",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/sources/{id}/archive",
    method: "get",
    permission: "workspace.read",
    tag: "Units",
    summary:
      "The archived copy of a source attached by URL: {sourceId, url, finalUrl, archivedAt, contentType, sha256 (of the raw bytes fetched), text (extracted)}. 404 until the copy is made (the source's `archive.state` says queued, done or failed, with why).",
    ok: 200,
    fromPath: { id: "sourceId" },
  },
  {
    path: "/sources/{id}/archive",
    method: "post",
    permission: "source.attach",
    tag: "Units",
    summary: "Archive the source's page again (a retry after a failed fetch, or a fresh copy), as a background job: 202 {jobId, state, location}.",
    ok: 202,
    fromPath: { id: "sourceId" },
  },
  {
    path: "/documents/{id}/export",
    method: "get",
    permission: "export.read",
    tag: "Interchange",
    summary: "Download the document in an interchange format.",
    ok: 200,
    query: ZExportInput,
    produces: "application/octet-stream",
    fromPath: document,
  },
  {
    path: "/documents/{id}/events",
    method: "get",
    permission: "workspace.read",
    tag: "Documents",
    summary:
      "Live changes of the document as Server-Sent Events: `event: ready`, then `event: change` per committed change (id = activity id; data = {activityId, workspaceId, documentId, action, entityType, entityId}), `event: presence` when who is on it changes (re-read GET …/presence), `: ping` every 25 s. On reconnect, `Last-Event-ID` replays the missed changes, or `event: reset` asks for a full re-read. Access is re-checked every 5 s: a removed member or a revoked token gets `event: revoked` and the stream ends. 429 when you already hold MAX_STREAMS_PER_USER (8) open streams.",
    ok: 200,
    produces: "text/event-stream",
    fromPath: document,
  },
  {
    path: "/documents/{id}/presence",
    method: "get",
    permission: "workspace.read",
    tag: "Documents",
    summary:
      "Who has the document open now (tabs heard from in the last 20 s): [{userId, name, initials, unitId, seenAt}], unitId = the claim they have selected.",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/presence",
    method: "post",
    permission: "workspace.read",
    tag: "Documents",
    summary:
      "Heartbeat of one tab (`connectionId`, made up by the client; default `api`) on the document, with the claim it has selected (`unitId`, optional): send it every ~10 s and when the selection changes. Answers the same list as GET.",
    ok: 200,
    body: ZPresenceHeartbeatInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}/presence",
    method: "delete",
    permission: "workspace.read",
    tag: "Documents",
    summary: "The tab `connectionId` left the document (otherwise it drops out 20 s after its last heartbeat).",
    ok: 204,
    query: ZLeavePresenceInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}/units",
    method: "get",
    permission: "workspace.read",
    tag: "Units",
    summary: "Units, filtered by kind, verdict, status, assignee (comma-separated lists).",
    ok: 200,
    query: ZUnitQuery,
    fromPath: document,
  },
  {
    path: "/documents/{id}/units",
    method: "post",
    permission: "unit.edit",
    tag: "Units",
    summary: "Mark a new unit over the original text.",
    ok: 201,
    body: ZCreateUnitInput,
    fromPath: document,
  },
  {
    path: "/units/{id}",
    method: "patch",
    permission: "unit.review",
    tag: "Units",
    summary:
      "Update a unit (verdict, rationale, kind, wording, assignee; status moves through /units/{id}/transitions). A stale version gets 409 with the current unit.",
    ok: 200,
    body: ZUpdateUnitInput,
    fromPath: unit,
  },
  {
    path: "/units/{id}",
    method: "delete",
    permission: "unit.edit",
    tag: "Units",
    summary: "Delete a unit (?version=N).",
    ok: 204,
    query: ZDeleteUnitInput,
    fromPath: unit,
  },
  {
    path: "/units/{id}/sources",
    method: "post",
    permission: "source.attach",
    tag: "Units",
    summary: "Attach a source with a stance.",
    ok: 201,
    body: ZAttachSourceInput,
    fromPath: unit,
  },
  {
    path: "/units/{id}/comments",
    method: "post",
    permission: "comment.create",
    tag: "Units",
    summary: "Comment on a unit.",
    ok: 201,
    body: ZAddCommentInput,
    fromPath: unit,
  },
  {
    path: "/documents/{id}",
    method: "patch",
    permission: "document.manage",
    tag: "Team",
    summary: "Review settings of a document: double review (editors and owners).",
    ok: 200,
    body: ZUpdateDocumentInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}/archive",
    method: "post",
    permission: "document.archive",
    tag: "Documents",
    summary:
      "Archive the document (`archived`: true, the default) or bring it back (false). Archived documents are left out of the documents list, the dashboard and search unless asked for (`archived=true` on GET /search); nothing is removed. Answers {id, archivedAt}.",
    ok: 200,
    body: ZArchiveDocumentInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}",
    method: "delete",
    permission: "document.delete",
    tag: "Documents",
    summary:
      "Delete the document for good, with its units, relations, evidence links, comments and reviews (sources stay in the workspace). The workspace's activity feed keeps a row with the title.",
    ok: 204,
    fromPath: document,
  },
  {
    path: "/documents/{id}/assignments",
    method: "post",
    permission: "unit.assign",
    tag: "Team",
    summary:
      "Assign claims: named units to one reviewer (strategy explicit), or spread over reviewers by their open load (balance; default: the open, unassigned claims, premises and evidence, at least checkworthyMin). slot second = the second reviewer in double review, never the first. preview: true answers the plan and each reviewer's load before and after, writing nothing.",
    ok: 200,
    body: ZAssignClaimsInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}/assignments",
    method: "delete",
    permission: "unit.assign",
    tag: "Team",
    summary: "Unassign claims (a claim in review goes back to open).",
    ok: 200,
    body: ZUnassignClaimsInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}/publication",
    method: "get",
    permission: "workspace.read",
    tag: "Publishing",
    summary:
      "The document's public report: {publication: {slug, url, version, publishedAt, publishedBy, unpublishedAt, onlyApproved, showReviewers, claimCount} or null, defaults, counts: {approved, reviewed}} (how many claims each choice would publish).",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/publication",
    method: "post",
    permission: "document.publish",
    tag: "Publishing",
    summary:
      "Publish (or republish) the document's report at an unguessable public URL `/r/{slug}`, readable without an account: a frozen snapshot of the reviewed claims (verdict, rationale, sources, the argument map) as the next version. `onlyApproved` (default: true once any claim of the document is approved) publishes only APPROVED claims, else every REVIEWED or APPROVED one; `showReviewers` (default false) names who reviewed each claim. Republishing keeps the URL and the page lists what changed since the previous version. Answers 201 {url, slug, version}.",
    ok: 201,
    body: ZPublishDocumentInput,
    fromPath: document,
  },
  {
    path: "/documents/{id}/publication",
    method: "delete",
    permission: "document.publish",
    tag: "Publishing",
    summary:
      "Unpublish the report: its URL answers 410 Gone; every version is kept, and publishing again continues the numbering at the same URL. 409 when the document was never published. Answers {slug, version, unpublishedAt}.",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/agreement",
    method: "get",
    permission: "workspace.read",
    tag: "Team",
    summary: "Percent agreement and Cohen's kappa over the document's double-reviewed claims, overall and per reviewer pair.",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/units/{id}/transitions",
    method: "post",
    permission: "unit.review",
    tag: "Team",
    summary:
      "Move a claim through the workflow: to IN_REVIEW (start), APPROVED (approve; locks the verdict), OPEN (reopen), or REVIEWED from NEEDS_ADJUDICATION with the editor's verdict and rationale (adjudicate). 403 when your role may not, 400 when there is no such move, 409 when stale.",
    ok: 200,
    body: ZTransitionUnitInput,
    fromPath: unit,
  },
  {
    path: "/queue",
    method: "get",
    permission: "signed-in",
    tag: "Team",
    summary: "Your queue: your open claims across workspaces, oldest assignment first, and (editors) the double reviews waiting for adjudication.",
    ok: 200,
  },
  {
    path: "/documents/{id}/relations",
    method: "post",
    permission: "relation.edit",
    tag: "Relations",
    summary: "Relate two units of the document.",
    ok: 201,
    body: ZCreateRelationInput,
    fromPath: document,
  },
  {
    path: "/relations/{id}",
    method: "patch",
    permission: "relation.edit",
    tag: "Relations",
    summary: "Change a relation's type.",
    ok: 200,
    body: ZUpdateRelationInput,
    fromPath: relation,
  },
  { path: "/relations/{id}", method: "delete", permission: "relation.edit", tag: "Relations", summary: "Delete a relation.", ok: 204, fromPath: relation },
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
  {
    path: "/documents/{id}/map",
    method: "get",
    permission: "workspace.read",
    tag: "Relations",
    summary: "The argument map (nodes, edges, saved positions).",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/map/layout",
    method: "get",
    permission: "workspace.read",
    tag: "Relations",
    summary: "Saved node positions.",
    ok: 200,
    fromPath: document,
  },
  {
    path: "/documents/{id}/map/layout",
    method: "put",
    permission: "relation.edit",
    tag: "Relations",
    summary: "Save node positions.",
    ok: 200,
    body: ZSaveMapLayoutInput,
    fromPath: document,
  },
  {
    path: "/me/events",
    method: "get",
    permission: "signed-in",
    tag: "Team",
    summary:
      "Your own live events as Server-Sent Events: `event: queue` when claims are assigned to you or taken back, `event: notification` when one arrives (data = {type, unitId?, documentId?}). The account and token are re-checked every 5 s (`event: revoked`, then the end); 429 past the open-stream cap.",
    ok: 200,
    produces: "text/event-stream",
  },
  {
    path: "/documents/{id}/activity",
    method: "get",
    permission: "workspace.read",
    tag: "Team",
    summary:
      "The document's activity, newest first: {entries: [{id, at, action, actorId, entityType, entityId, documentId, documentTitle, unitId, claim, before, after}], people: [{id, name}], units: [{id, words}] (the other units entries name, such as relation ends), actions (codes present, first page only), nextCursor}. Filter by actor (a user id) and action (codes or families such as unit.comment, comma-separated); pass nextCursor as cursor for older rows.",
    ok: 200,
    query: ZDocumentActivityInput,
    fromPath: document,
  },
  {
    path: "/workspaces/{id}/activity",
    method: "get",
    permission: "workspace.read",
    tag: "Team",
    summary: "The workspace's activity (every document's and the workspace's own), newest first; same filters, paging and answer as a document's activity.",
    ok: 200,
    query: ZWorkspaceActivityInput,
    fromPath: workspace,
  },
  {
    path: "/notifications",
    method: "get",
    permission: "signed-in",
    tag: "Team",
    summary:
      "Your notifications, newest first: {unread (count of all unread), notifications: [{id, kind, actor, documentId, documentTitle, unitId, claim, excerpt, href, read, createdAt}], nextCursor}. unread=true lists only the unread ones.",
    ok: 200,
    query: ZListNotificationsInput,
  },
  {
    path: "/notifications/read",
    method: "post",
    permission: "signed-in",
    tag: "Team",
    summary: "Mark your notifications read: {ids: [...]} or {all: true} -> {marked, unread}. Ids that are not yours are ignored.",
    ok: 200,
    body: ZMarkNotificationsReadInput,
  },
  {
    path: "/search",
    method: "get",
    permission: "signed-in",
    tag: "Search",
    summary:
      "Search your workspaces: document titles and units whose words start with the query's words. Near-duplicate units (the same words in several documents) are one result with `similarCount` and `similar`; `highlights` are [start, end) offsets of the matched words in `snippet`. `total` counts results on every page (20 a page, `page` from 1); filters: `document` (an id), `verdict`, `kind`; archived documents only with `archived=true`.",
    ok: 200,
    query: ZSearchInput,
  },
];
