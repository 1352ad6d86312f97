// Values for the API fuzzer: plausible ones read off a route's JSON Schema (so requests get past
// the first check and reach the use case), and hostile ones (wrong types, NULs, lone surrogates,
// huge and deeply nested values). Pure: every choice comes from the seeded `Rand`.
import { z } from "zod";
import type { FuzzIds } from "./requests";

export type Rand = () => number;

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
}

export const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
export const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Nested arrays `depth` deep: `[[[...]]]`, as a JSON text (JSON.stringify would recurse). */
export function deepArrayJson(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

export function deepObjectJson(depth: number): string {
  return '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

function nested(depth: number): unknown {
  let v: unknown = "x";
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ufeff",
  "\u202eevil",
  "\u0007\u001b[31m",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '\'; DROP TABLE "Unit"; --',
  "../../../../etc/passwd",
  "%00",
  "%2e%2e%2f",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "file:///etc/passwd",
  "http://127.0.0.1:1/",
  "http://[::ffff:127.0.0.1]/",
  "http://169.254.169.254/latest/meta-data/",
  "https://fuzz.invalid/page",
  "NaN",
  "Infinity",
  "-1",
  "1e999",
  "null",
  "true",
  "2026-13-45T99:99:99Z",
  "🙂🙃",
  "\u0301\u0301\u0301",
  "ﷺ",
  "a@b",
  "@",
  "x".repeat(300),
];

/** A hostile value of any type; `rare` picks include the big ones (100 KB strings, 50k-item arrays). */
export function nastyValue(rand: Rand, ids: FuzzIds): unknown {
  const r = rand();
  if (r < 0.4) return pick(rand, NASTY_STRINGS);
  if (r < 0.55) return pick(rand, [null, true, false, 0, -1, -0, 1.5, 2 ** 53 + 1, 1e308, -1e308, 4294967296]);
  if (r < 0.65)
    return pick<unknown>(rand, [[], {}, [1, 2, 3], ["a", null], { $gt: "" }, JSON.parse('{"__proto__":{"admin":true}}'), { constructor: { prototype: {} } }]);
  if (r < 0.75) return pick(rand, allIds(ids));
  if (r < 0.8) return nested(int(rand, 10, 3000));
  if (r < 0.85) return pick(rand, allIds(ids)) + pick(rand, ["\u0000", "\ud800", "'", "%", "/..", " "]);
  if (r < 0.9) return "x".repeat(int(rand, 1000, 100_000));
  if (r < 0.93) return "é🙂".repeat(int(rand, 1000, 30_000));
  if (r < 0.96) return Array.from({ length: int(rand, 100, 50_000) }, (_, i) => i);
  return Array.from({ length: int(rand, 10, 2000) }, () => pick(rand, allIds(ids)));
}

export function allIds(ids: FuzzIds): string[] {
  return Object.values(ids).flat();
}

/** A value the schema accepts, or nearly: ids taken from the fixture by property name. */
export function plausible(rand: Rand, schema: JsonSchema | undefined, ids: FuzzIds, name = "", depth = 0): unknown {
  if (!schema || depth > 6) return "x";
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts?.length) return plausible(rand, pick(rand, alts), ids, name, depth + 1);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return pick(rand, schema.enum);
  const type = Array.isArray(schema.type) ? pick(rand, schema.type) : schema.type;
  switch (type) {
    case "string":
      return plausibleString(rand, schema, ids, name);
    case "integer":
    case "number": {
      const lo = schema.minimum ?? 0;
      const hi = Math.min(schema.maximum ?? lo + 5, lo + 5);
      return int(rand, lo, hi);
    }
    case "boolean":
      return rand() < 0.5;
    case "null":
      return null;
    case "array":
      return Array.from({ length: int(rand, 0, 3) }, () => plausible(rand, schema.items, ids, name.replace(/s$/, ""), depth + 1));
    case "object":
    default:
      return plausibleObject(rand, schema, ids, depth);
  }
}

export function plausibleObject(rand: Rand, schema: JsonSchema | undefined, ids: FuzzIds, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema?.required ?? []);
  for (const [key, sub] of Object.entries(schema?.properties ?? {})) {
    if (required.has(key) || rand() < 0.6) out[key] = plausible(rand, sub, ids, key, depth + 1);
  }
  return out;
}

function plausibleString(rand: Rand, schema: JsonSchema, ids: FuzzIds, name: string): string {
  const lower = name.toLowerCase();
  if (schema.format === "email" || lower.includes("email")) return `fuzz-${int(rand, 0, 1e6)}@example.test`;
  if (schema.format === "uri" || lower === "url") return pick(rand, ["https://fuzz.invalid/a", "http://127.0.0.1:1/", "ftp://x.invalid/", "not a url"]);
  if (lower.endsWith("id") || lower.endsWith("ids")) {
    const kind = (Object.keys(ids) as (keyof FuzzIds)[]).find((k) => lower.startsWith(k.toLowerCase()));
    return pick(rand, kind ? ids[kind] : allIds(ids));
  }
  if (lower === "password") return pick(rand, ["a long enough password", "short", "x".repeat(200)]);
  if (lower === "content" || lower === "text") return pick(rand, SAMPLE_TEXTS);
  return pick(rand, ["Fuzz", "A claim about 12 percent.", "x", "Ünïcödé title", "fuzz " + int(rand, 0, 999)]);
}

const SAMPLE_TEXTS = [
  "The budget rose by 12 percent in 2024. Critics disputed the figure.",
  "# T\n\n[A]: The sky is green.\n    - [B]\n\n[B]: It is blue.\n",
  '{"nodes":[],"edges":[]}',
  '{"version":1,"document":{"title":"x","text":"y"},"nodes":[{"id":"n","exact":"y","start":0,"end":1}],"edges":[]}',
  "id,text\n1,hello\n",
  "<html><body><p>Hello</p><script>alert(1)</script></body></html>",
  "digraph { a -> b }",
  "",
];

const schemaCache = new Map<z.ZodType, JsonSchema>();
/** A zod schema as JSON Schema (its input side), cached. */
export function jsonSchema(schema: z.ZodType | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  let json = schemaCache.get(schema);
  if (!json) {
    try {
      json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    } catch {
      json = {};
    }
    schemaCache.set(schema, json);
  }
  return json;
}
