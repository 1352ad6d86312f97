import { apiRoute, readJsonObject } from "@/lib/server/api";
import { requestBaseUrl } from "@/lib/server/base-url";
import { getPublication } from "@/lib/server/use-cases/get-publication";
import { publishDocument } from "@/lib/server/use-cases/publish-document";
import { unpublishDocument } from "@/lib/server/use-cases/unpublish-document";

// GET -> {publication, defaults, counts}: the document's report, if any (members).
export const GET = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await getPublication({ userId: user.id, input: { documentId: id } }, { baseUrl: requestBaseUrl(req) })),
);

// POST {onlyApproved?, showReviewers?} -> 201 {url, slug, version}: publish or republish (editors and owners).
export const POST = apiRoute<{ id: string }>(async (req, { id }, user) =>
  Response.json(await publishDocument({ userId: user.id, input: { ...(await readJsonObject(req)), documentId: id } }, { baseUrl: requestBaseUrl(req) }), {
    status: 201,
  }),
);

// DELETE -> 200 {slug, version, unpublishedAt}: withdraw the report; its URL answers 410 (editors and owners).
export const DELETE = apiRoute<{ id: string }>(async (_req, { id }, user) =>
  Response.json(await unpublishDocument({ userId: user.id, input: { documentId: id } })),
);
