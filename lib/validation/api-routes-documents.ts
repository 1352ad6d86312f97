// Part of the route table (api-routes.ts): documents (list, import, read, source-page checks,
// live events and presence, archive and delete), their published reports, and search.
import { document, workspace, type ApiRoute } from "./api-routes-types";
import { ZArchiveDocumentInput } from "./document";
import { ZImportArgumentInput, ZImportPasteInput, ZImportUrlInput } from "./import";
import { ZLeavePresenceInput, ZPresenceHeartbeatInput } from "./presence";
import { ZPublishDocumentInput } from "./publication";
import { ZSearchInput } from "./search";

export const WORKSPACE_DOCUMENT_ROUTES: ApiRoute[] = [
  {
    path: "/workspaces/{id}/documents",
    method: "get",
    permission: "workspace.read",
    tag: "Documents",
    summary:
      "Documents of a workspace, newest first, each with its metadata, `units` (every unit) and its claims' counts per verdict (`verdicts`) and per workflow status (`statuses`); context units are not claims and are left out of both counts, as on the document page.",
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
];

export const DOCUMENT_ROUTES: ApiRoute[] = [
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
];

export const DOCUMENT_LIVE_ROUTES: ApiRoute[] = [
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
];

export const DOCUMENT_REMOVAL_ROUTES: ApiRoute[] = [
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
];

export const PUBLICATION_ROUTES: ApiRoute[] = [
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
];

export const SEARCH_ROUTES: ApiRoute[] = [
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
