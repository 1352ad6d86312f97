// The REST API as an OpenAPI 3.1 document, served at /api/v1/openapi.json and rendered at
// /api-docs. One table of routes: a new route adds one entry to ROUTES (path, method, summary,
// body/query, success status). Kept beside the zod schemas the routes parse with.
import { EXPORT_FORMATS, IMPORT_FORMATS } from "./interchange";

type Method = "get" | "post" | "patch" | "put" | "delete";
interface Route {
  path: string;
  method: Method;
  tag: string;
  summary: string;
  ok: number;
  /** JSON body fields (name -> schema); "?" suffix = optional. */
  body?: Record<string, object>;
  query?: Record<string, object>;
  public?: boolean;
  produces?: string;
  multipart?: boolean;
}

const s = { type: "string" } as const;
const int = { type: "integer" } as const;
const verdict = { type: "string", enum: ["UNREVIEWED", "SUPPORTED", "DISPUTED", "OPINION"] };
const kind = { type: "string", enum: ["CLAIM", "PREMISE", "EVIDENCE", "CONTEXT"] };
const relationType = { type: "string", enum: ["SUPPORTS", "ATTACKS", "CITES", "REPHRASES"] };

export const ROUTES: Route[] = [
  { path: "/auth/signup", method: "post", tag: "Accounts", summary: "Create an account (and its workspace). 403 when the server is invite-only.", ok: 201, public: true, body: { email: s, password: s, name: s } },
  { path: "/tokens", method: "post", tag: "Accounts", summary: "Create an API token with email + password (or signed in, name only). The token is returned once.", ok: 201, public: true, body: { name: s, "email?": s, "password?": s } },
  { path: "/tokens", method: "get", tag: "Accounts", summary: "Your API tokens (never the secrets).", ok: 200 },
  { path: "/tokens/{id}", method: "delete", tag: "Accounts", summary: "Revoke a token.", ok: 200 },
  { path: "/workspaces", method: "get", tag: "Workspaces", summary: "Your workspaces.", ok: 200 },
  { path: "/workspaces", method: "post", tag: "Workspaces", summary: "Create a workspace you own.", ok: 201, body: { name: s } },
  { path: "/workspaces/{id}/members", method: "get", tag: "Workspaces", summary: "Members of a workspace, with their roles.", ok: 200 },
  { path: "/workspaces/{id}/members", method: "post", tag: "Workspaces", summary: "Add an existing account by email (owners only). 404 when no account uses the email, 409 when already a member.", ok: 201, body: { email: s, role: { type: "string", enum: ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] } } },
  { path: "/workspaces/{id}/documents", method: "get", tag: "Documents", summary: "Documents of a workspace.", ok: 200 },
  { path: "/workspaces/{id}/documents", method: "post", tag: "Documents", summary: "Import pasted text; the analysed document's id.", ok: 201, body: { title: s, text: s, "author?": s, "publisher?": s, "sourceUrl?": s, "publishedAt?": s, "language?": s } },
  { path: "/workspaces/{id}/imports", method: "post", tag: "Interchange", summary: `Import an argument file (${IMPORT_FORMATS.join(", ")}) as {format, content, title?}, or a page as {url}, or a multipart \`file\` (.txt .md .html .docx .pdf, or an argument file). Accept: application/x-ndjson streams progress.`, ok: 201, body: { "format?": { type: "string", enum: [...IMPORT_FORMATS] }, "content?": s, "url?": s, "title?": s }, multipart: true },
  { path: "/documents/{id}", method: "get", tag: "Documents", summary: "A document with its text, units and relations.", ok: 200 },
  { path: "/documents/{id}/export", method: "get", tag: "Interchange", summary: "Download the document in an interchange format.", ok: 200, query: { format: { type: "string", enum: [...EXPORT_FORMATS] } }, produces: "application/octet-stream" },
  { path: "/documents/{id}/events", method: "get", tag: "Documents", summary: "Live changes of the document as Server-Sent Events: `event: ready`, then `event: change` per committed change (id = activity id; data = {activityId, workspaceId, documentId, action, entityType, entityId}), `: ping` every 25 s.", ok: 200, produces: "text/event-stream" },
  { path: "/documents/{id}/units", method: "get", tag: "Units", summary: "Units, filtered by kind, verdict, status, assignee (comma-separated lists).", ok: 200, query: { "kind?": s, "verdict?": s, "status?": s, "assignee?": s } },
  { path: "/documents/{id}/units", method: "post", tag: "Units", summary: "Mark a new unit over the original text.", ok: 201, body: { start: int, end: int, kind } },
  { path: "/units/{id}", method: "patch", tag: "Units", summary: "Update a unit (verdict, rationale, kind, status, assignee). A stale version gets 409 with the current unit.", ok: 200, body: { version: int, "verdict?": verdict, "rationale?": s, "kind?": kind, "status?": s, "assigneeId?": s } },
  { path: "/units/{id}", method: "delete", tag: "Units", summary: "Delete a unit (?version=N).", ok: 204, query: { version: int } },
  { path: "/units/{id}/sources", method: "post", tag: "Units", summary: "Attach a source with a stance.", ok: 201, body: { "url?": s, "title?": s, "sourceId?": s, stance: { type: "string", enum: ["SUPPORTS", "REFUTES", "CONTEXT"] }, "excerpt?": s } },
  { path: "/units/{id}/comments", method: "post", tag: "Units", summary: "Comment on a unit.", ok: 201, body: { body: s } },
  { path: "/documents/{id}/assignments", method: "post", tag: "Units", summary: "Share units among reviewers (default: the unreviewed claims, premises and evidence; strategy balance).", ok: 200, body: { reviewerIds: { type: "array", items: s }, "unitIds?": { type: "array", items: s }, "strategy?": { type: "string", enum: ["balance"] } } },
  { path: "/documents/{id}/relations", method: "post", tag: "Relations", summary: "Relate two units of the document.", ok: 201, body: { fromId: s, toId: s, type: relationType } },
  { path: "/relations/{id}", method: "patch", tag: "Relations", summary: "Change a relation's type.", ok: 200, body: { type: relationType } },
  { path: "/relations/{id}", method: "delete", tag: "Relations", summary: "Delete a relation.", ok: 204 },
  { path: "/documents/{id}/map", method: "get", tag: "Relations", summary: "The argument map (nodes, edges, saved positions).", ok: 200 },
  { path: "/documents/{id}/map/layout", method: "get", tag: "Relations", summary: "Saved node positions.", ok: 200 },
  { path: "/documents/{id}/map/layout", method: "put", tag: "Relations", summary: "Save node positions.", ok: 200, body: { positions: { type: "object" } } },
  { path: "/search", method: "get", tag: "Search", summary: "Search your workspaces.", ok: 200, query: { q: s } },
];

const ERRORS: Record<string, string> = {
  "400": "Invalid input (error.fields per field)", "401": "Not signed in, or a bad token", "403": "Your role does not allow this",
  "404": "Not found (or outside your workspaces)", "409": "Conflict (stale version, duplicate)", "413": "Too large", "415": "Unsupported media type", "429": "Too many attempts",
};

function objectSchema(fields: Record<string, object>) {
  const properties = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/\?$/, ""), v]));
  const required = Object.keys(fields).filter((k) => !k.endsWith("?"));
  return { type: "object", properties, ...(required.length ? { required } : {}) };
}

function operation(r: Route) {
  const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: s }));
  const query = Object.entries(r.query ?? {}).map(([k, schema]) => ({ name: k.replace(/\?$/, ""), in: "query", required: !k.endsWith("?"), schema }));
  const content = r.body ? { "application/json": { schema: objectSchema(r.body) }, ...(r.multipart ? { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" }, url: s, format: s, title: s } } } } : {}) } : undefined;
  return {
    operationId: `${r.method}${r.path.replace(/\{(\w+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    tags: [r.tag],
    summary: r.summary,
    ...(r.public ? { security: [] } : {}),
    ...(pathParams.length + query.length ? { parameters: [...pathParams, ...query] } : {}),
    ...(content ? { requestBody: { required: true, content } } : {}),
    responses: {
      [String(r.ok)]: r.ok === 204 ? { description: "Done" } : { description: "Success", content: { [r.produces ?? "application/json"]: { schema: r.produces ? { type: "string" } : { type: "object" } } } },
      ...Object.fromEntries(Object.entries(ERRORS).map(([code, description]) => [code, { $ref: `#/components/responses/E${code}`, description }])),
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) (paths[r.path] ??= {})[r.method] = operation(r);
  const errorSchema = { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: s, message: s, fields: { type: "object", additionalProperties: { type: "array", items: s } }, details: {} } } } };
  return {
    openapi: "3.1.0",
    info: { title: "Warrant REST API", version: "1", description: "Fact-check workbench API. Authenticate with the browser session or `Authorization: Bearer <token>` (POST /tokens). Errors are {error:{code,message}}; anything outside your workspaces is 404." },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }, { session: [] }],
    tags: [...new Set(ROUTES.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token, wrt_…" }, session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: { Error: errorSchema },
      responses: Object.fromEntries(Object.entries(ERRORS).map(([code, description]) => [`E${code}`, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }])),
    },
  };
}
