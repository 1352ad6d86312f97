// Request bodies for the API fuzzer: JSON that is nearly right, wrong in type, malformed, not
// UTF-8, deeply nested or huge; wrong content types; multipart that is truncated or lies.
import type { ApiRoute } from "../../lib/validation/api-routes";
import type { FuzzIds } from "./requests";
import { deepArrayJson, deepObjectJson, int, jsonSchema, nastyValue, pick, plausibleObject, type Rand } from "./values";

export interface FuzzBody {
  bytes: Uint8Array;
  headers: Record<string, string>;
  chunked?: boolean;
  mutation: string;
}

const enc = new TextEncoder();
const bytes = (...parts: (string | number[] | Uint8Array)[]) => {
  const chunks = parts.map((p) => (typeof p === "string" ? enc.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const JSON_TYPE = { "content-type": "application/json" };

function schemaBody(rand: Rand, route: ApiRoute, ids: FuzzIds): { value: Record<string, unknown>; mutation: string } {
  const schemas = Array.isArray(route.body) ? route.body : route.body ? [route.body] : [];
  const schema = jsonSchema(schemas.length ? pick(rand, schemas) : undefined);
  const value = plausibleObject(rand, schema, ids);
  const keys = Object.keys(schema?.properties ?? {});
  const r = rand();
  if (r < 0.15 || !keys.length) return { value, mutation: "plausible body" };
  if (r < 0.75) {
    const key = pick(rand, keys);
    value[key] = nastyValue(rand, ids);
    return { value, mutation: `bad ${key}` };
  }
  if (r < 0.85) {
    delete value[pick(rand, keys)];
    return { value, mutation: "missing field" };
  }
  for (const k of keys) if (rand() < 0.5) value[k] = nastyValue(rand, ids);
  value[pick(rand, ["__proto__", "constructor", "prototype", "id", "workspaceId", "userId", "role", "version"])] = nastyValue(rand, ids);
  return { value, mutation: "many bad fields" };
}

function multipart(rand: Rand, ids: FuzzIds): FuzzBody {
  const boundary = "----fuzz" + int(rand, 0, 1e9);
  const type = { "content-type": `multipart/form-data; boundary=${boundary}` };
  const filename = pick(rand, [
    "a.txt",
    "a.md",
    "a.html",
    "a.docx",
    "a.pdf",
    "a.json",
    "a.argdown",
    "../../etc/passwd",
    "é🙂.txt",
    "",
    "a".repeat(2000) + ".txt",
    "noext",
  ]);
  const content = pick(rand, [
    bytes("The budget rose by 12 percent. Critics disputed it."),
    bytes([0x50, 0x4b, 0x03, 0x04], "not really a zip"),
    bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"),
    bytes([0xff, 0xfe, 0x00, 0x00, 0xc0, 0x80, 0xed, 0xa0, 0x80]),
    bytes('{"nodes":[{"id":1}]'),
    bytes("\u0000".repeat(100)),
    new Uint8Array(0),
  ]);
  const part = (name: string, value: string | Uint8Array, file?: string) =>
    bytes(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file !== undefined ? `; filename="${file}"` : ""}\r\n`,
      file !== undefined ? "Content-Type: application/octet-stream\r\n" : "",
      "\r\n",
      typeof value === "string" ? value : value,
      "\r\n",
    );
  const end = bytes(`--${boundary}--\r\n`);
  const r = rand();
  if (r < 0.3) return { bytes: bytes(part("file", content, filename), end), headers: type, mutation: `multipart file ${filename.slice(0, 20)}` };
  if (r < 0.45) {
    const whole = bytes(part("file", content, filename), end);
    return { bytes: whole.slice(0, int(rand, 0, whole.length - 1)), headers: type, mutation: "truncated multipart" };
  }
  if (r < 0.55) return { bytes: bytes(part("file", "plain text field"), end), headers: type, mutation: "multipart file as text field" };
  if (r < 0.65) return { bytes: bytes(part("url", String(nastyValue(rand, ids))), end), headers: type, mutation: "multipart url" };
  if (r < 0.72)
    return { bytes: bytes(part("file", content, filename), end), headers: { "content-type": "multipart/form-data" }, mutation: "multipart without boundary" };
  if (r < 0.8)
    return {
      bytes: bytes(part("file", content, filename), end),
      headers: { "content-type": "multipart/form-data; boundary=other" },
      mutation: "multipart wrong boundary",
    };
  if (r < 0.87) {
    const parts = Array.from({ length: int(rand, 10, 300) }, (_, i) => part(i % 2 ? "file" : "format", content, i % 2 ? filename : undefined));
    return { bytes: bytes(...parts, end), headers: type, mutation: "multipart many parts" };
  }
  if (r < 0.93) return { bytes: bytes(part("format", "json"), part("content", '{"nodes":'), end), headers: type, mutation: "multipart fields only" };
  return {
    bytes: bytes(part("file", content, filename), end),
    headers: { "content-type": "multipart/mixed; boundary=" + boundary },
    mutation: "multipart/mixed",
  };
}

/** A body for `route`: about a third close to valid, the rest broken in one way each. */
export function bodyFor(rand: Rand, route: ApiRoute, ids: FuzzIds, n: number): FuzzBody {
  const r = rand();
  if (r < 0.4) {
    const { value, mutation } = schemaBody(rand, route, ids);
    return { bytes: enc.encode(JSON.stringify(value)), headers: JSON_TYPE, mutation };
  }
  if (r < 0.47) {
    const { value } = schemaBody(rand, route, ids);
    const json = JSON.stringify(value);
    const type = pick(rand, [
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/jsonx",
      "APPLICATION/JSON",
      "application/json; charset=utf-16",
      "",
      "*/*",
    ]);
    return { bytes: enc.encode(json), headers: type ? { "content-type": type } : {}, mutation: `content-type ${type || "none"}` };
  }
  if (r < 0.53) {
    const value = pick(rand, ["[]", "null", "1", '"x"', "true", "[{}]", "-0", "1e999"]);
    return { bytes: enc.encode(value), headers: JSON_TYPE, mutation: `json ${value}` };
  }
  if (r < 0.6) {
    const json = JSON.stringify(schemaBody(rand, route, ids).value);
    const text = pick(rand, [
      json.slice(0, int(rand, 0, Math.max(0, json.length - 1))),
      "{",
      '{"a":}',
      "[1,]",
      "\ufeff{}",
      "{'a':1}",
      "",
      "{}{}",
      '{"a":1,"a":2}',
      "/*x*/{}",
    ]);
    return { bytes: enc.encode(text), headers: JSON_TYPE, mutation: "malformed json" };
  }
  if (r < 0.66) {
    const bad = pick(rand, [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xfe, 0xff]]);
    const key = Object.keys(jsonSchema(Array.isArray(route.body) ? route.body[0] : route.body)?.properties ?? { title: 1 })[0] ?? "title";
    return { bytes: bytes(`{"${key}":"a`, bad, `b"}`), headers: JSON_TYPE, mutation: "bad utf-8" };
  }
  if (r < 0.7) {
    return { bytes: bytes('{"title":"a', [0], 'b","text":"', [0, 0], '"}'), headers: JSON_TYPE, mutation: "raw NUL in json" };
  }
  if (r < 0.76) {
    const depth = pick(rand, [100, 1000, 10_000, 100_000, 500_000]);
    const key = pick(rand, ["content", "text", "ids", "positions", "verdict", "a"]);
    const deep = rand() < 0.5 ? deepArrayJson(depth) : deepObjectJson(depth);
    return { bytes: enc.encode(rand() < 0.5 ? deep : `{"${key}":${deep}}`), headers: JSON_TYPE, mutation: `nested ${depth}` };
  }
  if (r < 0.765) {
    // Huge: just under and over the 3 MB JSON limit. Few of them, they are slow to send.
    const size = pick(rand, [2_100_000, 3_200_000, 5_000_000]);
    const key = pick(rand, ["text", "content", "title", "rationale", "body"]);
    return {
      bytes: enc.encode(`{"${key}":"${"a ".repeat(size / 2)}","format":"json"}`),
      headers: JSON_TYPE,
      mutation: `huge ${(size / 1e6).toFixed(1)} MB`,
      chunked: rand() < 0.5,
    };
  }
  if (r < 0.82) {
    const { value, mutation } = schemaBody(rand, route, ids);
    return { bytes: enc.encode(JSON.stringify(value)), headers: JSON_TYPE, chunked: true, mutation: `chunked ${mutation}` };
  }
  if (r < 0.85) {
    const form = new URLSearchParams({ email: "x@example.test", password: "a long enough password", text: "x", id: String(n) }).toString();
    return { bytes: enc.encode(form), headers: { "content-type": "application/x-www-form-urlencoded" }, mutation: "form body" };
  }
  return multipart(rand, ids);
}
