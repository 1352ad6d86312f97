// Structural validation of the OpenAPI 3.1 document (no validator package is installed): the
// required fields, unique operationIds, declared path parameters, resolvable $refs, and every
// route file under app/api/v1 listed with each of its methods.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { openApiDocument } from "./openapi";

const doc = openApiDocument();
type Op = { operationId: string; parameters?: { name: string; in: string }[]; responses: Record<string, unknown> };
const ops = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ path: p, method: m, op: op as Op })));

test("has the 3.1 top-level fields", () => {
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.info.title && doc.info.version).toBeTruthy();
  for (const p of Object.keys(doc.paths)) expect(p.startsWith("/")).toBe(true);
});

test("operations: unique ids, declared path parameters, at least one success response", () => {
  const ids = ops.map((o) => o.op.operationId);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { path: p, op } of ops) {
    const declared = (op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name).sort();
    expect(declared).toEqual([...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    expect(Object.keys(op.responses).some((c) => /^2\d\d$/.test(c))).toBe(true);
  }
});

test("every $ref resolves", () => {
  const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
  for (const ref of refs) {
    const target = ref.slice(8, -1).replace(/^#\//, "").split("/").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], doc);
    expect(target, ref).toBeDefined();
  }
});

test("lists every route under app/api/v1 with each of its methods", () => {
  const root = path.join(process.cwd(), "app", "api", "v1");
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith("route.ts"));
  const listed = new Set(ops.map((o) => `${o.method.toUpperCase()} ${o.path}`));
  for (const file of files) {
    const route = `/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    if (route === "/openapi.json") continue;
    const methods = [...readFileSync(path.join(root, file), "utf8").matchAll(/export (?:const|async function) (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => m[1]);
    for (const m of methods) expect(listed.has(`${m} ${route}`), `${m} ${route}`).toBe(true);
  }
});
