// Malformed requests for every REST route, generated from the one route table
// (lib/validation/api-routes.ts) with a seeded RNG: the same seed gives the same requests.
// Used by `npm run bench:fuzz-api` (10,000 requests) and e2e/fuzz-api.spec.ts (a short run).
import { API_ROUTES, type ApiRoute } from "../../lib/validation/api-routes";
import { bodyFor } from "./bodies";
import { allIds, int, jsonSchema, nastyValue, pick, plausibleObject, type Rand } from "./values";

/** Ids of real rows of the fuzzing account, by kind (filled by the fixture, see fixture.ts). */
export interface FuzzIds {
  workspace: string[];
  document: string[];
  unit: string[];
  relation: string[];
  token: string[];
  invitation: string[];
  user: string[];
}

export type FuzzAuth = "bearer" | "cookie" | "anon" | "bad-bearer";

export interface FuzzRequest {
  /** The route it aims at, as "METHOD /path/{id}" (or "path tricks"). */
  route: string;
  method: string;
  /** Raw path and query, already encoded (it may be invalid on purpose). */
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  /** Sent with Transfer-Encoding: chunked instead of Content-Length. */
  chunked?: boolean;
  auth: FuzzAuth;
  /** What was done to it, for the report. */
  mutation: string;
}

const EXTRA_ROUTES: ApiRoute[] = [
  { path: "/openapi.json", method: "get", permission: "anyone", tag: "Docs", summary: "", ok: 200, public: true },
  { path: "/../health", method: "get", permission: "anyone", tag: "Health", summary: "", ok: 200, public: true },
];
export const FUZZ_ROUTES: ApiRoute[] = [...API_ROUTES, ...EXTRA_ROUTES];

const ID_KIND: Record<string, keyof FuzzIds> = {
  workspaceId: "workspace",
  documentId: "document",
  unitId: "unit",
  relationId: "relation",
  tokenId: "token",
  invitationId: "invitation",
  memberId: "user",
};

const ID_TRICKS = [
  "..",
  ".",
  "%2e%2e",
  "%2E",
  "%00",
  "x%00y",
  "%2F",
  "a%2Fb",
  "%5C..%5C",
  "%ED%A0%80",
  "%C0%AF",
  "%FF%FE",
  "%zz",
  "%",
  "%E2%80%AE",
  "%F0%9F%99%82",
  "%20",
  "null",
  "undefined",
  "0",
  "-1",
  "1e999",
  "%5Bobject%20Object%5D",
  "%27%20OR%201%3D1",
  "%3Cscript%3E",
  ";",
  "~",
  "é",
];

function pathId(rand: Rand, kind: keyof FuzzIds | undefined, ids: FuzzIds): { id: string; how: string } {
  const r = rand();
  if (r < 0.55 && kind && ids[kind].length) return { id: pick(rand, ids[kind]), how: "id" };
  if (r < 0.7) return { id: pick(rand, allIds(ids)), how: "id of another kind" };
  if (r < 0.75) return { id: "c" + "x".repeat(int(rand, 100, 20_000)), how: "very long id" };
  if (r < 0.8) return { id: pick(rand, allIds(ids)) + pick(rand, ["%00", "%ED%A0%80", "/..", "%2F..", "/", "?x=1", "#f"]), how: "id + suffix" };
  return { id: pick(rand, ID_TRICKS), how: "path trick" };
}

/** encodeURIComponent, except that a lone surrogate is sent as its (invalid) UTF-8 bytes. */
function encodeLoose(s: string): string {
  return s
    .replace(/[\ud800-\udfff]/g, "\u0001")
    .split("\u0001")
    .map(encodeURIComponent)
    .join("%ED%A0%80");
}

function queryFor(rand: Rand, route: ApiRoute, ids: FuzzIds): string {
  const schema = jsonSchema(route.query);
  const r = rand();
  if (r < 0.3 || (!schema && r < 0.85)) return "";
  if (r < 0.8 && schema) {
    const values = plausibleObject(rand, schema, ids);
    for (const key of Object.keys(schema.properties ?? {})) if (rand() < 0.25) values[key] = nastyValue(rand, ids);
    return (
      "?" +
      Object.entries(values)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeLoose((typeof v === "string" ? v : (JSON.stringify(v) ?? "")).slice(0, 3000))}`)
        .join("&")
    );
  }
  return pick(rand, [
    "?format=json&format=csv",
    "?version=1&version=2",
    "?cursor=%00",
    "?cursor=" + "z".repeat(5000),
    "?limit=-1",
    "?limit=1e999",
    "?a[b]=c&__proto__[x]=1",
    "?%zz=%zz",
    "?q=%ED%A0%80",
    "?format=",
    "?kind=CLAIM,,,,&verdict=%00",
    "?" + "&".repeat(2000),
    "?connectionId=" + "c".repeat(3000),
  ]);
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"];

function authFor(rand: Rand, route: ApiRoute): FuzzAuth {
  const r = rand();
  if (r < 0.42) return "bearer";
  if (r < 0.72) return "cookie";
  if (r < 0.87 || route.public) return "anon";
  return "bad-bearer";
}

/** Whole-path tricks that aim at no single route. */
const PATH_TRICKS = [
  "/api/v1/documents/../workspaces",
  "/api/v1/%2e%2e/v1/workspaces",
  "/api/v1//workspaces",
  "/api/v1/workspaces/",
  "/API/V1/WORKSPACES",
  "/api/v1/workspaces;x=1",
  "/api/v1/workspaces%00",
  "/api/v1/workspaces%2F..%2F..%2Fhealth",
  "/api/v1/units/%2e%2e%2f%2e%2e%2fhealth",
  "/api/v1/" + "a/".repeat(500),
  "/api/v1/nothing-here",
  "/api/v1/documents/x/units/y/z",
  "/api/v1/%F0%9F%99%82",
  "/api/v1/workspaces/é",
  "/api/v1/openapi.json/..",
  "/api/v1/workspaces?" + "x".repeat(7000),
];

/** One malformed (or, now and then, well-formed) request; `n` numbers it. */
export function fuzzRequest(rand: Rand, ids: FuzzIds, n: number): FuzzRequest {
  if (rand() < 0.03) {
    return {
      route: "path tricks",
      method: pick(rand, METHODS),
      path: pick(rand, PATH_TRICKS),
      headers: {},
      auth: authFor(rand, EXTRA_ROUTES[0]!),
      mutation: "path trick",
    };
  }
  const route = pick(rand, FUZZ_ROUTES);
  const mutations: string[] = [];
  let path = "/api/v1" + route.path;
  for (const [param] of route.path.matchAll(/\{(\w+)\}/g)) {
    const name = param.slice(1, -1);
    const kind = ID_KIND[route.fromPath?.[name] ?? ""];
    const { id, how } = pathId(rand, kind, ids);
    if (how !== "id") mutations.push(how);
    path = path.replace(param, id);
  }
  path += queryFor(rand, route, ids);
  let method = route.method.toUpperCase();
  if (rand() < 0.15) {
    method = pick(rand, METHODS);
    if (method !== route.method.toUpperCase()) mutations.push("wrong method");
  }
  const auth = authFor(rand, route);
  const req: FuzzRequest = { route: `${route.method.toUpperCase()} ${route.path}`, method, path, headers: {}, auth, mutation: "" };
  const hasBody = route.body || route.multipart || rand() < 0.1;
  if (hasBody && method !== "GET" && method !== "HEAD") {
    const body = bodyFor(rand, route, ids, n);
    Object.assign(req, { body: body.bytes, chunked: body.chunked });
    Object.assign(req.headers, body.headers);
    mutations.push(body.mutation);
  }
  if (rand() < 0.1) {
    const [name, value] = pick(rand, [
      ["accept", "application/x-ndjson"],
      ["accept", "text/event-stream"],
      ["accept", "*/*;q=x"],
      ["last-event-id", pick(rand, ["-1", "9".repeat(40), "abc", pick(rand, allIds(ids))])],
      ["x-forwarded-for", "127.0.0.1, ::1, 999.1.1.1"],
      ["x-forwarded-host", "evil.example"],
      ["content-encoding", "gzip"],
      ["range", "bytes=0-1"],
    ] as const);
    req.headers[name] = value;
    mutations.push(`header ${name}`);
  }
  req.mutation = mutations.join(", ") || "plain";
  return req;
}

/** The requests one after the other, made when asked for (a 10,000 run holds ~100 MB of bodies). */
export function* fuzzRequests(rand: Rand, ids: FuzzIds, count: number): Generator<FuzzRequest> {
  for (let i = 0; i < count; i++) yield fuzzRequest(rand, ids, i);
}
