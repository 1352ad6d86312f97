// One valid call per REST route (lib/validation/api-routes.ts), keyed "METHOD /path": how to make
// its path ids, query and body for a caller, with fresh records wherever the call changes or
// deletes something, so the cases of a route can run at once and in any order. The permission
// matrix sends each call as every kind of caller; the cross-workspace sweep swaps in another
// workspace's ids. A route without a row here fails both suites.
import { expect } from "@playwright/test";
import { can, type Action } from "@/lib/domain/policy";
import type { ApiRoute, RoutePermission } from "@/lib/validation/api-routes";
import { expectJson, post, type ApiAccount, type Caller, type RoleFixture } from "./api-fixtures";
import { ARTICLE, PASSWORD, uniqueEmail } from "./fixtures";

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}
type Prepare = (f: RoleFixture, caller: Caller) => Promise<Call> | Call;
export interface Variant {
  /** Shown in the test's messages when a route has several calls. */
  name: string;
  /** When the body decides the permission (PATCH /units/{id}), the one this call needs. */
  permission?: Action;
  prepare: Prepare;
}

export const routeKey = (r: Pick<ApiRoute, "method" | "path">) => `${r.method.toUpperCase()} ${r.path}`;

/** The status a caller must get, from the route's permission and the one permission table. */
export function expectedStatus(permission: RoutePermission, caller: Caller, ok: number): number {
  if (permission === "anyone") return ok;
  if (caller === "anonymous") return 401;
  if (permission === "signed-in") return ok;
  if (caller === "non-member") return 404; // isolation: another workspace's records do not exist
  return can(caller, permission) ? ok : 403;
}

// Records made by the owner for one case.
const owner = (f: RoleFixture) => f.members.OWNER.api;
const ws = (f: RoleFixture) => ({ params: { id: f.workspaceId } });
const doc = (f: RoleFixture) => ({ params: { id: f.documentId } });
async function unit(f: RoleFixture): Promise<{ id: string; version: number }> {
  return post(owner(f), `/documents/${f.documentId}/units`, { start: 4, end: 13 }); // "committee"
}
async function reviewedUnit(f: RoleFixture): Promise<{ id: string; version: number }> {
  const u = await unit(f);
  const data = { version: u.version, verdict: "SUPPORTED", rationale: "The minutes say so." };
  return expectJson(await owner(f).patch(`/api/v1/units/${u.id}`, { data }), 200);
}
/** A document of its own for a call that archives or deletes it (the shared one must stay). */
async function freshDocument(f: RoleFixture): Promise<string> {
  return (await post<{ id: string }>(owner(f), `/workspaces/${f.workspaceId}/documents`, { title: "To archive or delete", text: ARTICLE })).id;
}
/** A source with a web address attached by the owner (its archive job fails: the address is not served). */
async function sourceWithUrl(f: RoleFixture): Promise<string> {
  const u = await unit(f);
  const url = `http://127.0.0.1:9/source-${Math.random().toString(36).slice(2)}`;
  return (await post<{ sourceId: string }>(owner(f), `/units/${u.id}/sources`, { url, title: "Minutes", stance: "SUPPORTS" })).sourceId;
}
/** A source whose archived copy exists: served by the app itself (its health page). */
async function archivedSource(f: RoleFixture): Promise<string> {
  const u = await unit(f);
  const url = `${f.world.baseURL}/signin?copy=${Math.random().toString(36).slice(2)}`;
  const { sourceId } = await post<{ sourceId: string }>(owner(f), `/units/${u.id}/sources`, { url, title: "Health", stance: "CONTEXT" });
  for (let i = 0; i < 100; i++) {
    if ((await owner(f).get(`/api/v1/sources/${sourceId}/archive`)).status() === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return sourceId;
}
async function relation(f: RoleFixture): Promise<string> {
  const [a, b] = await Promise.all([unit(f), unit(f)]);
  return (await post<{ id: string }>(owner(f), `/documents/${f.documentId}/relations`, { fromId: a.id, toId: b.id, type: "SUPPORTS" })).id;
}
/** An argument reconstructed by the owner from two fresh units, with the expert-opinion scheme. */
async function argument(f: RoleFixture): Promise<{ id: string; version: number }> {
  const [a, b] = await Promise.all([unit(f), unit(f)]);
  return post(owner(f), `/documents/${f.documentId}/arguments`, { schemeId: "expert-opinion", statements: [{ unitId: a.id }, { unitId: b.id }] });
}
/** A new member (a viewer) of the workspace, who signed up through an invitation link. */
async function newMember(f: RoleFixture): Promise<string> {
  const email = uniqueEmail("member");
  const { url } = await post<{ url: string }>(owner(f), `/workspaces/${f.workspaceId}/invitations`, { email, role: "VIEWER" });
  const signup = await f.world.anon.post("/api/v1/auth/signup", {
    data: { email, password: PASSWORD, name: "Fresh Member", invitation: url.split("/invite/")[1] },
  });
  return (await expectJson<{ user: { id: string } }>(signup, 201)).user.id;
}
const sharedMembers = new WeakMap<RoleFixture, Promise<string>>();
/**
 * The member a call changes or removes: a fresh one for a caller who may manage members, else one
 * member shared by the refused callers (who change nothing), so fewer accounts are signed up.
 */
function memberFor(f: RoleFixture, caller: Caller): Promise<string> {
  if (caller !== "anonymous" && caller !== "non-member" && can(caller, "member.manage")) return newMember(f);
  let shared = sharedMembers.get(f);
  if (!shared) sharedMembers.set(f, (shared = newMember(f)));
  return shared;
}
/** Whose records a "signed-in" route acts on: the caller's, or (anonymous) the owner's. */
const self = (f: RoleFixture, caller: Caller): ApiAccount => f.as(caller) ?? f.members.OWNER;

/** A background import of the caller's own (in a workspace of theirs): a text long enough to be queued. */
async function ownJob(f: RoleFixture, caller: Caller): Promise<string> {
  const me = self(f, caller);
  const space = await post<{ id: string }>(me.api, "/workspaces", { name: "Imports" });
  const text = `${ARTICLE}\n\n`.repeat(Math.ceil(100_001 / (ARTICLE.length + 2)));
  return (await post<{ jobId: string }>(me.api, `/workspaces/${space.id}/imports`, { title: "Queued", text }, 202)).jobId;
}

const one = (prepare: Prepare): Variant[] => [{ name: "", prepare }];
const none = one(() => ({}));

export const CALLS: Record<string, Variant[]> = {
  "POST /auth/signup": one(() => ({ body: { name: "New Person", email: uniqueEmail("signup"), password: PASSWORD } })),
  "POST /tokens": one((f, c) => ({ body: { name: "matrix", email: self(f, c).email, password: PASSWORD } })),
  "GET /tokens": none,
  "DELETE /tokens/{id}": one(async (f, c) => {
    const created = await post<{ id: string }>(f.world.anon, "/tokens", { name: "to revoke", email: self(f, c).email, password: PASSWORD });
    return { params: { id: created.id } };
  }),
  "GET /workspaces": none,
  "POST /workspaces": one(() => ({ body: { name: "Another desk" } })),
  "GET /workspaces/{id}": one(ws),
  "PATCH /workspaces/{id}": one(async (f) => ({ ...ws(f), body: { assignedOnly: false } })),
  "GET /workspaces/{id}/members": one(ws),
  "PATCH /workspaces/{id}/members/{userId}": one(async (f, c) => ({
    params: { id: f.workspaceId, userId: await memberFor(f, c) },
    body: { role: "REVIEWER" },
  })),
  "DELETE /workspaces/{id}/members/{userId}": one(async (f, c) => ({ params: { id: f.workspaceId, userId: await memberFor(f, c) } })),
  "POST /workspaces/{id}/invitations": one((f) => ({ ...ws(f), body: { email: uniqueEmail("invitee"), role: "VIEWER" } })),
  "GET /workspaces/{id}/invitations": one(ws),
  "DELETE /invitations/{id}": one(async (f) => {
    const { id } = await post<{ id: string }>(owner(f), `/workspaces/${f.workspaceId}/invitations`, { email: uniqueEmail("revoked"), role: "VIEWER" });
    return { params: { id } };
  }),
  // An invitation to the caller's own email, into a new workspace of someone else.
  "POST /invitations/accept": one(async (f, c) => {
    const invitee = self(f, c);
    const inviter = invitee === f.stranger ? f.members.OWNER : f.stranger;
    const w = await post<{ id: string }>(inviter.api, "/workspaces", { name: "Inviting desk" });
    const { url } = await post<{ url: string }>(inviter.api, `/workspaces/${w.id}/invitations`, { email: invitee.email, role: "VIEWER" });
    return { body: { token: url } };
  }),
  "GET /workspaces/{id}/documents": one(ws),
  "POST /workspaces/{id}/documents": one((f) => ({ ...ws(f), body: { title: "Imported", text: ARTICLE } })),
  "POST /workspaces/{id}/imports": one((f) => ({ ...ws(f), body: { title: "Imported", text: ARTICLE } })),
  "GET /documents/{id}": one(doc),
  "GET /documents/{id}/export": one((f) => ({ ...doc(f), query: { format: "json" } })),
  "GET /documents/{id}/events": one(doc),
  "GET /documents/{id}/presence": one(doc),
  "POST /documents/{id}/presence": one((f, c) => ({ ...doc(f), body: { connectionId: `matrix-${c}` } })),
  "DELETE /documents/{id}/presence": one((f, c) => ({ ...doc(f), query: { connectionId: `matrix-${c}` } })),
  "GET /documents/{id}/units": one(doc),
  "POST /documents/{id}/units": one((f) => ({ ...doc(f), body: { start: 4, end: 13 } })),
  "PATCH /units/{id}": [
    {
      name: "verdict",
      permission: "unit.review",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, verdict: "DISPUTED", rationale: "The budget table says 10 percent." } };
      },
    },
    {
      name: "kind",
      permission: "unit.edit",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, kind: "PREMISE" } };
      },
    },
    {
      name: "assignee",
      permission: "unit.assign",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, assigneeId: f.members.REVIEWER.id } };
      },
    },
  ],
  "DELETE /units/{id}": one(async (f) => {
    const u = await unit(f);
    return { params: { id: u.id }, query: { version: String(u.version) } };
  }),
  "POST /units/{id}/sources": one(async (f) => ({ params: { id: (await unit(f)).id }, body: { title: "Committee minutes", stance: "SUPPORTS" } })),
  "POST /units/{id}/comments": one(async (f) => ({ params: { id: (await unit(f)).id }, body: { body: "Which committee?" } })),
  "PATCH /documents/{id}": one((f) => ({ ...doc(f), body: { doubleReview: false } })),
  "POST /documents/{id}/archive": one(async (f) => ({ params: { id: await freshDocument(f) }, body: { archived: true } })),
  "POST /documents/{id}/refresh": one(async (f) => ({
    params: {
      id: (
        await post<{ id: string }>(owner(f), `/workspaces/${f.workspaceId}/documents`, {
          title: "Watched",
          text: ARTICLE,
          sourceUrl: "https://example.org/watched",
        })
      ).id,
    },
  })),
  "GET /documents/{id}/snapshots": one(doc),
  "GET /sources/{id}/archive": one(async (f) => ({ params: { id: await archivedSource(f) } })),
  "POST /sources/{id}/archive": one(async (f) => ({ params: { id: await sourceWithUrl(f) } })),
  "DELETE /documents/{id}": one(async (f) => ({ params: { id: await freshDocument(f) } })),
  "POST /documents/{id}/assignments": one(async (f) => ({
    ...doc(f),
    body: { unitIds: [(await unit(f)).id], reviewerIds: [f.members.REVIEWER.id], strategy: "explicit" },
  })),
  "DELETE /documents/{id}/assignments": one(async (f) => ({ ...doc(f), body: { unitIds: [(await unit(f)).id] } })),
  "GET /documents/{id}/agreement": one(doc),
  "GET /documents/{id}/publication": one(doc),
  "POST /documents/{id}/publication": one(async (f) => ({ params: { id: await freshDocument(f) }, body: { onlyApproved: false, showReviewers: true } })),
  "DELETE /documents/{id}/publication": one(async (f) => {
    const id = await freshDocument(f);
    await post(owner(f), `/documents/${id}/publication`, {});
    return { params: { id } };
  }),
  "POST /units/{id}/transitions": [
    {
      name: "start",
      permission: "unit.review",
      prepare: async (f) => {
        const u = await unit(f);
        return { params: { id: u.id }, body: { version: u.version, to: "IN_REVIEW" } };
      },
    },
    {
      name: "approve",
      permission: "unit.approve",
      prepare: async (f) => {
        const u = await reviewedUnit(f);
        return { params: { id: u.id }, body: { version: u.version, to: "APPROVED" } };
      },
    },
  ],
  "GET /queue": none,
  "POST /documents/{id}/relations": one(async (f) => {
    const [a, b] = await Promise.all([unit(f), unit(f)]);
    return { ...doc(f), body: { fromId: a.id, toId: b.id, type: "ATTACKS" } };
  }),
  "PATCH /relations/{id}": one(async (f) => ({ params: { id: await relation(f) }, body: { type: "ATTACKS" } })),
  "DELETE /relations/{id}": one(async (f) => ({ params: { id: await relation(f) } })),
  "GET /documents/{id}/arguments": one(doc),
  "POST /documents/{id}/arguments": one(async (f) => {
    const [a, b] = await Promise.all([unit(f), unit(f)]);
    return { ...doc(f), body: { statements: [{ unitId: a.id }, { text: "The committee knows its budget." }, { unitId: b.id }] } };
  }),
  "GET /arguments/{id}": one(async (f) => ({ params: { id: (await argument(f)).id } })),
  "PATCH /arguments/{id}": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, body: { version: a.version, title: "Renamed", schemeId: "analogy" } };
  }),
  "DELETE /arguments/{id}": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, query: { version: String(a.version) } };
  }),
  "POST /arguments/{id}/answers": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, body: { version: a.version, questionId: "field", answer: "HOLDS", note: "Chairs the committee." } };
  }),
  "POST /arguments/{id}/objections": one(async (f) => {
    const a = await argument(f);
    return { params: { id: a.id }, body: { version: a.version, questionId: "backup-evidence" } };
  }),
  "DELETE /argument-relations/{id}": one(async (f) => {
    const a = await argument(f);
    const { relation } = await post<{ relation: { id: string } }>(owner(f), `/arguments/${a.id}/objections`, {
      version: a.version,
      questionId: "backup-evidence",
    });
    return { params: { id: relation.id } };
  }),
  "GET /documents/{id}/map": one(doc),
  "GET /documents/{id}/map/layout": one(doc),
  "PUT /documents/{id}/map/layout": one(async (f) => ({ ...doc(f), body: { positions: { [(await unit(f)).id]: { x: 10, y: 20 } } } })),
  "GET /me/events": none,
  "GET /jobs/{id}": one(async (f, c) => ({ params: { id: await ownJob(f, c) } })),
  "GET /jobs/{id}/events": one(async (f, c) => ({ params: { id: await ownJob(f, c) } })),
  "GET /documents/{id}/activity": one(doc),
  "GET /workspaces/{id}/activity": one(ws),
  "GET /notifications": none,
  "POST /notifications/read": one(() => ({ body: { all: true } })),
  "GET /search": one((f) => ({ query: { q: "committee", page: "1", document: f.documentId, verdict: "UNREVIEWED", kind: "CLAIM", archived: "false" } })),
};

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
