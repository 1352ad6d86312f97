// Structural validation of the OpenAPI 3.1 document (no validator package is installed): the
// required fields, unique operationIds, declared path parameters, resolvable $refs; the route
// table compared with the route files under app/api/v1; and the generation from zod schemas.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { z } from "zod";
import { UNIT_KINDS, VERDICTS } from "@/lib/domain/vocabulary";
import { ZImportDocumentInput } from "./document";
import { API_ROUTES } from "./api-routes";
import { openApiDocument, permissionText } from "./openapi";
import { ZUpdateUnitInput } from "./unit";
import { ZUnitQuery } from "./unit-query";

type Schema = { properties?: Record<string, Schema>; required?: string[]; enum?: unknown[]; anyOf?: Schema[]; minLength?: number };
type Op = {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, unknown>;
};

const operations = (doc: ReturnType<typeof openApiDocument>) =>
  Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ path: p, method: m, op: op as Op })));
const doc = openApiDocument();
const ops = operations(doc);
const op = (method: string, p: string) => ops.find((o) => o.method === method && o.path === p)!.op;
const jsonBody = (o: Op) => o.requestBody!.content["application/json"]!.schema;

test("has the 3.1 top-level fields", () => {
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.info.title && doc.info.version).toBeTruthy();
  for (const p of Object.keys(doc.paths)) expect(p.startsWith("/")).toBe(true);
});

test("operations: unique ids, declared path parameters, at least one success response", () => {
  const ids = ops.map((o) => o.op.operationId);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { path: p, op } of ops) {
    const declared = (op.parameters ?? [])
      .filter((x) => x.in === "path")
      .map((x) => x.name)
      .sort();
    expect(declared).toEqual([...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    expect(Object.keys(op.responses).some((c) => /^2\d\d$/.test(c))).toBe(true);
  }
});

test("every $ref resolves", () => {
  const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
  for (const ref of refs) {
    const target = ref
      .slice(8, -1)
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], doc);
    expect(target, ref).toBeDefined();
  }
});

/** "METHOD /path" for every handler exported by a route file under app/api/v1. */
function implementedRoutes(): string[] {
  const root = path.join(process.cwd(), "app", "api", "v1");
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts");
  return files.flatMap((file) => {
    const route = `/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    // The document describing itself is documentation, not an operation of the API.
    if (route === "/openapi.json") return [];
    const source = readFileSync(path.join(root, file), "utf8");
    return [...source.matchAll(/export (?:const|(?:async )?function) (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => `${m[1]} ${route}`);
  });
}

test("the document lists exactly the routes app/api/v1 implements, with their methods", () => {
  const implemented = implementedRoutes();
  expect(implemented.length).toBeGreaterThan(20); // the walk found the route files
  const documented = ops.map((o) => `${o.method.toUpperCase()} ${o.path}`);
  // Sorted lists: a failure shows both a route without an entry and an entry without a route.
  expect(documented.sort()).toEqual(implemented.sort());
});

test("request bodies and query parameters are the zod schemas the server parses", () => {
  const patch = jsonBody(op("patch", "/units/{id}"));
  expect(patch.required).toEqual(["version"]);
  expect(patch.properties!.verdict!.enum).toEqual([...VERDICTS]);
  expect(patch.properties!.kind!.enum).toEqual([...UNIT_KINDS]);
  // The unit's id is the path's {id}: everything else the schema takes is the body.
  expect(Object.keys(patch.properties!)).toEqual(Object.keys(ZUpdateUnitInput.shape).filter((k) => k !== "unitId"));
  expect(jsonBody(op("post", "/documents/{id}/units")).required).toEqual(["start", "end"]);
  expect(
    op("get", "/documents/{id}/units")
      .parameters!.filter((p) => p.in === "query")
      .map((p) => p.name),
  ).toEqual(Object.keys(ZUnitQuery.in.shape));
  const search = op("get", "/search").parameters!;
  expect(search.map((p) => [p.name, p.in, p.required])).toEqual([
    ["q", "query", true],
    ["page", "query", false],
    ["document", "query", false],
    ["verdict", "query", false],
    ["kind", "query", false],
    ["archived", "query", false],
  ]);
  // Any one of three bodies: pasted text, a page by URL, or an argument file.
  const imported = jsonBody(op("post", "/workspaces/{id}/documents"));
  expect(imported.anyOf?.map((s) => s.required)).toEqual([["title", "text"], ["url"], ["format", "content"]]);
  expect(op("post", "/workspaces/{id}/documents").requestBody!.content["multipart/form-data"]).toBeDefined();
});

test("input properties that the path fills are left out of the body and the query", () => {
  const withIds = openApiDocument([
    {
      path: "/units/{id}",
      method: "patch",
      tag: "T",
      summary: "s",
      permission: "unit.edit",
      ok: 200,
      body: ZUpdateUnitInput.extend({ unitId: z.string().min(1) }),
      fromPath: { id: "unitId" },
    },
    {
      path: "/units/{id}",
      method: "delete",
      tag: "T",
      summary: "s",
      permission: "unit.edit",
      ok: 204,
      query: z.object({ unitId: z.string(), version: z.coerce.number() }),
      fromPath: { id: "unitId" },
    },
    {
      path: "/workspaces/{id}/documents",
      method: "post",
      tag: "T",
      summary: "s",
      permission: "unit.edit",
      ok: 201,
      body: [ZImportDocumentInput.extend({ workspaceId: z.string() }), z.object({ url: z.string(), workspaceId: z.string() })],
      fromPath: { id: "workspaceId" },
    },
    // Declared before the schema has the id (as today): nothing to leave out, the path stays a string.
    {
      path: "/relations/{id}",
      method: "patch",
      tag: "T",
      summary: "s",
      permission: "unit.edit",
      ok: 200,
      body: z.object({ type: z.string() }),
      fromPath: { id: "relationId" },
    },
  ]);
  const [patch, del, post, relation] = operations(withIds).map((o) => o.op);
  expect(Object.keys(jsonBody(patch!).properties!)).not.toContain("unitId");
  expect(jsonBody(patch!).required).toEqual(["version"]);
  // The path parameter is documented with the schema of the property it fills.
  expect(patch!.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string", minLength: 1 } }]);
  expect(del!.parameters!.map((p) => `${p.in} ${p.name}`)).toEqual(["path id", "query version"]);
  for (const variant of jsonBody(post!).anyOf!) {
    expect(Object.keys(variant.properties!)).not.toContain("workspaceId");
    expect(variant.required).not.toContain("workspaceId");
  }
  expect(jsonBody(relation!)).toEqual({ type: "object", properties: { type: { type: "string" } }, required: ["type"] });
  expect(relation!.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string" } }]);
});

test("every operation states the permission it needs, with the roles the permission table gives it", () => {
  expect(permissionText("unit.review")).toBe("Requires: unit.review (OWNER, EDITOR, REVIEWER); other members get 403, non-members 404.");
  expect((op("patch", "/workspaces/{id}") as Op & { description: string }).description).toContain("workspace.manage (OWNER)");
  for (const r of API_ROUTES) {
    const o = op(r.method, r.path) as Op & { description: string; "x-permission": string };
    expect(o["x-permission"]).toBe(r.permission);
    expect(o.description).toBe(permissionText(r.permission));
    // The public flag (no security requirement) and the permission say the same thing.
    expect(r.public === true, `${r.method} ${r.path}`).toBe(r.permission === "anyone");
  }
});
