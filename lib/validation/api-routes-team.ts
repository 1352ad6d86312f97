// Part of the route table (api-routes.ts): review settings, assignments, the review workflow and
// queue, agreement, activity feeds and notifications.
import { document, unit, workspace, type ApiRoute } from "./api-routes-types";
import { ZDocumentActivityInput, ZWorkspaceActivityInput } from "./activity";
import { ZUpdateDocumentInput } from "./document";
import { ZListNotificationsInput, ZMarkNotificationsReadInput } from "./notification";
import { ZTransitionUnitInput } from "./unit";
import { ZAssignClaimsInput, ZUnassignClaimsInput } from "./workspace";

export const REVIEW_SETTINGS_ROUTES: ApiRoute[] = [
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
];

export const ASSIGNMENT_ROUTES: ApiRoute[] = [
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
];

export const WORKFLOW_ROUTES: ApiRoute[] = [
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
];

export const ACTIVITY_ROUTES: ApiRoute[] = [
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
];
