// Part of the route table (api-routes.ts): units with their sources and comments, archived
// copies of sources, relations and the argument map.
import { document, unit, type ApiRoute } from "./api-routes-types";
import { ZCreateRelationInput, ZSaveMapLayoutInput, ZUpdateRelationInput } from "./relation";
import { ZAddCommentInput, ZAttachSourceInput } from "./source";
import { ZCreateUnitInput, ZDeleteUnitInput, ZUpdateUnitInput } from "./unit";
import { ZUnitQuery } from "./unit-query";

const relation = { id: "relationId" };

export const SOURCE_ARCHIVE_ROUTES: ApiRoute[] = [
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
];

export const UNIT_ROUTES: ApiRoute[] = [
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
];

export const RELATION_ROUTES: ApiRoute[] = [
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
];

export const MAP_ROUTES: ApiRoute[] = [
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
];
