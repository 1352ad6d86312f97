// Sending a call of the table (api-calls.ts) over real HTTP, streams included, and the one
// shape every refusal's body must have.
import { expect } from "@playwright/test";
import type { ApiRoute } from "@/lib/validation/api-routes";
import { post, type ApiAccount, type Caller, type RoleFixture } from "./api-fixtures";
import { PASSWORD } from "./fixtures";

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export const routeKey = (r: Pick<ApiRoute, "method" | "path">) => `${r.method.toUpperCase()} ${r.path}`;

export interface Answer {
  status: number;
  /** The body; for a stream that opened (2xx), empty: it is closed at once. */
  text: string;
  url: string;
}

/** Sends `call` to `route` as `caller` over real HTTP. Streams are read up to their status only. */
export async function send(f: RoleFixture, route: ApiRoute, caller: Caller, call: Call): Promise<Answer> {
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = call.params?.[name];
    if (value === undefined) throw new Error(`${routeKey(route)}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const qs = call.query ? `?${new URLSearchParams(call.query)}` : "";
  const url = `/api/v1${path}${qs}`;
  if (route.produces === "text/event-stream") {
    const account = f.as(caller);
    const token = account ? await streamToken(f, account) : null;
    const controller = new AbortController();
    const res = await fetch(new URL(url, f.world.baseURL), { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: controller.signal });
    const text = res.ok ? "" : await res.text();
    controller.abort();
    return { status: res.status, text, url };
  }
  const res = await f.api(caller).fetch(url, { method: route.method.toUpperCase(), ...(call.body !== undefined ? { data: call.body } : {}) });
  return { status: res.status(), text: await res.text(), url };
}

/** Opens a stream as `caller` and reads it until `until` matches (or `ms` pass), then closes it. */
export async function readStream(f: RoleFixture, caller: Caller, url: string, headers: Record<string, string>, until: RegExp, ms = 8000): Promise<Answer> {
  const account = f.as(caller);
  const token = account ? await streamToken(f, account) : null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  let text = "";
  let status = 0;
  try {
    const res = await fetch(new URL(url, f.world.baseURL), {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      signal: controller.signal,
    });
    status = res.status;
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      if (until.test(text)) break;
    }
  } catch (e) {
    if (!controller.signal.aborted) throw e;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { status, text, url };
}

// Streams go through fetch (a request context waits for the whole body): one token per account.
const streamTokens = new WeakMap<ApiAccount, Promise<string>>();
function streamToken(f: RoleFixture, account: ApiAccount): Promise<string> {
  let token = streamTokens.get(account);
  if (!token) {
    token = post<{ token: string }>(f.world.anon, "/tokens", { name: "streams", email: account.email, password: PASSWORD }).then((t) => t.token);
    streamTokens.set(account, token);
  }
  return token;
}

/** A refusal's body is exactly {error: {code, message, ...}} with string code and message. */
export function expectErrorBody(answer: Answer) {
  let body: unknown;
  expect(() => (body = JSON.parse(answer.text)), `${answer.url} answered ${answer.status} without JSON: ${answer.text.slice(0, 200)}`).not.toThrow();
  expect(body, answer.url).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) });
}
