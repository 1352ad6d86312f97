// The cross-workspace sweep (issue 11): the owner (and, for path ids, the viewer) of workspace A calls every REST route of
// lib/validation/api-routes.ts with workspace B's ids — in the path (each id alone and all
// together) and inside bodies and queries (relation ends, assignment units and reviewers, an
// assignee, a selected claim, an existing source, map positions, activity and unit filters,
// notification ids, an invitation token). Every answer is the documented status (404 for a
// path id) and contains nothing of B: none of its ids except those the request itself sent,
// no title, text, name or email. Routes without ids are called too: their lists hold nothing of B.
import { expect, test } from "@playwright/test";
import { can } from "@/lib/domain/policy";
import { API_ROUTES, type ApiRoute } from "@/lib/validation/api-routes";
import { createToken, expectJson, post, roleFixture, type ApiAccount, type RoleFixture } from "./api-fixtures";
import { CALLS, expectErrorBody, readStream, routeKey, send, type Answer, type Call } from "./api-calls";
import { ARTICLE, uniqueEmail } from "./fixtures";

/** Workspace B, made by its own owner: ids to send, and every string of it that must not come back. */
interface Other {
  owner: ApiAccount;
  reviewer: ApiAccount;
  ids: Record<
    | "workspace"
    | "document"
    | "unit"
    | "unit2"
    | "relation"
    | "argument"
    | "argumentRelation"
    | "invitation"
    | "token"
    | "source"
    | "notification"
    | "activity"
    | "job",
    string
  >;
  invitationUrl: string;
  secrets: string[];
}

let f: RoleFixture;
let b: Other;

async function otherWorkspace(f: RoleFixture): Promise<Other> {
  const mark = `Bravo${Math.random().toString(36).slice(2, 10)}`;
  const owner = await f.world.account(`${mark} Owner`);
  const workspace = await post<{ id: string; name: string }>(owner.api, "/workspaces", { name: `${mark} desk` });
  const document = await post<{ id: string }>(owner.api, `/workspaces/${workspace.id}/documents`, {
    title: `${mark} dossier`,
    text: `${mark} harbour report. ${ARTICLE}`,
  });
  const [unit, unit2] = await Promise.all(
    [0, 1].map(() => post<{ id: string; version: number }>(owner.api, `/documents/${document.id}/units`, { start: 0, end: mark.length + 15 })),
  );
  const relation = await post<{ id: string }>(owner.api, `/documents/${document.id}/relations`, { fromId: unit!.id, toId: unit2!.id, type: "SUPPORTS" });
  const evidence = await post<{ sourceId: string }>(owner.api, `/units/${unit!.id}/sources`, { title: `${mark} source`, stance: "SUPPORTS" });
  await post(owner.api, `/units/${unit!.id}/comments`, { body: `${mark} private note` });
  const invitation = await post<{ id: string; url: string }>(owner.api, `/workspaces/${workspace.id}/invitations`, {
    email: uniqueEmail(`${mark}-invitee`.toLowerCase()),
    role: "EDITOR",
  });
  // A reviewer of B with a notification: a claim assigned to them.
  const reviewerEmail = uniqueEmail(`${mark}-reviewer`.toLowerCase());
  const joining = await post<{ url: string }>(owner.api, `/workspaces/${workspace.id}/invitations`, { email: reviewerEmail, role: "REVIEWER" });
  const reviewer = await f.world.signUp(`${mark} Reviewer`, reviewerEmail, joining.url.split("/invite/")[1]);
  await post(owner.api, `/documents/${document.id}/assignments`, { unitIds: [unit2!.id], reviewerIds: [reviewer.id], strategy: "explicit" }, 200);
  const { notifications } = await expectJson<{ notifications: { id: string }[] }>(await reviewer.api.get("/api/v1/notifications"), 200);
  expect(notifications.length).toBeGreaterThan(0);
  const argument = await post<{ id: string; version: number }>(owner.api, `/documents/${document.id}/arguments`, {
    title: `${mark} argument`,
    schemeId: "expert-opinion",
    statements: [{ unitId: unit!.id }, { text: `${mark} unstated premise` }, { unitId: unit2!.id }],
  });
  const objection = await post<{ relation: { id: string } }>(owner.api, `/arguments/${argument.id}/objections`, {
    version: argument.version,
    questionId: "backup-evidence",
    text: `${mark} objection`,
  });
  const token = await createToken(f.world.anon, owner.email, `${mark} token`);
  const activity = await expectJson<{ entries: { id: string }[] }>(await owner.api.get(`/api/v1/documents/${document.id}/activity`), 200);
  // A background import of B's (a text long enough to be queued).
  const long = `${mark} ${ARTICLE}\n\n`.repeat(Math.ceil(100_001 / ARTICLE.length));
  const job = await post<{ jobId: string }>(owner.api, `/workspaces/${workspace.id}/imports`, { title: `${mark} queued`, text: long }, 202);
  const ids = {
    workspace: workspace.id,
    document: document.id,
    unit: unit!.id,
    unit2: unit2!.id,
    relation: relation.id,
    argument: argument.id,
    argumentRelation: objection.relation.id,
    invitation: invitation.id,
    token: token.id,
    source: evidence.sourceId,
    notification: notifications[0]!.id,
    activity: activity.entries.at(-1)!.id,
    job: job.jobId,
  };
  const people = [owner, reviewer].flatMap((p) => [p.id, p.email, p.name]);
  return { owner, reviewer, ids, invitationUrl: invitation.url, secrets: [mark, ...Object.values(ids), ...people, invitation.url.split("/invite/")[1]!] };
}

test.beforeAll(async ({ playwright }, info) => {
  f = await roleFixture(playwright, info.project.use.baseURL!, "Sweep");
  b = await otherWorkspace(f);
});
test.afterAll(async () => f?.world.dispose());

/** Nothing of B in the answer, except ids the request itself carried. */
function expectNothingOf(answer: Answer, call: Call) {
  const sent = `${answer.url} ${JSON.stringify(call.body ?? null)}`;
  for (const secret of b.secrets) {
    if (!sent.includes(secret)) expect(answer.text, `${answer.url} answered something of workspace B (${secret})`).not.toContain(secret);
  }
}

/** B's record for a path parameter: {userId} is B's owner, {id} the record the path names. */
function foreignId(route: ApiRoute, name: string): string {
  if (name === "userId") return b.owner.id;
  const kind = route.path.split("/")[1]!;
  const byKind: Record<string, string> = {
    workspaces: b.ids.workspace,
    documents: b.ids.document,
    units: b.ids.unit,
    relations: b.ids.relation,
    arguments: b.ids.argument,
    "argument-relations": b.ids.argumentRelation,
    invitations: b.ids.invitation,
    tokens: b.ids.token,
    jobs: b.ids.job,
    sources: b.ids.source,
  };
  if (!byKind[kind]) throw new Error(`${routeKey(route)}: which record of B does {${name}} name?`);
  return byKind[kind];
}

/** Each path parameter swapped alone, then all of them. */
function swaps(names: string[]): string[][] {
  return names.length > 1 ? [...names.map((n) => [n]), names] : [names];
}

for (const route of API_ROUTES) {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  test(`${routeKey(route)} ${names.length ? "with workspace B's ids: 404" : "lists nothing of workspace B"}`, async () => {
    const variant = CALLS[routeKey(route)]?.[0];
    expect(variant, `${routeKey(route)} has no row in e2e/api-calls.ts`).toBeDefined();
    if (!names.length) {
      const call = await variant!.prepare(f, "OWNER");
      const answer = await send(f, route, "OWNER", call);
      expect(answer.status, answer.text.slice(0, 300)).toBe(route.ok);
      expectNothingOf(answer, call);
      return;
    }
    await Promise.all(
      // As A's owner (every permission) and A's viewer (almost none): B's records are 404 either way, never 403.
      swaps(names).flatMap((swapped) =>
        (["OWNER", "VIEWER"] as const).map(async (caller) => {
          const call = await variant!.prepare(f, caller);
          const params = { ...call.params, ...Object.fromEntries(swapped.map((n) => [n, foreignId(route, n)])) };
          const foreign = { ...call, params };
          const answer = await send(f, route, caller, foreign);
          // B's member in A's own workspace ({userId} alone): a viewer is refused for their role in A first, whoever the id is.
          const status =
            !swapped.includes("id") && route.permission !== "signed-in" && route.permission !== "anyone" && !can(caller, route.permission) ? 403 : 404;
          expect(answer.status, `${caller} ${answer.url} (B's ${swapped.join(", ")}): ${answer.text.slice(0, 300)}`).toBe(status);
          expectErrorBody(answer);
          expectNothingOf(answer, foreign);
        }),
      ),
    );
  });
}

const route = (key: string) => API_ROUTES.find((r) => routeKey(r) === key)!;
const unitOfA = async () => post<{ id: string; version: number }>(f.members.OWNER.api, `/documents/${f.documentId}/units`, { start: 4, end: 13 });

/** B's ids inside bodies and queries of A's routes: the documented status, nothing of B back. */
const BODY_IDS: { name: string; key: string; status: number; call: () => Promise<Call> }[] = [
  {
    name: "a relation to B's unit",
    key: "POST /documents/{id}/relations",
    status: 400,
    call: async () => ({ params: { id: f.documentId }, body: { fromId: (await unitOfA()).id, toId: b.ids.unit, type: "SUPPORTS" } }),
  },
  {
    name: "a relation between B's units",
    key: "POST /documents/{id}/relations",
    status: 400,
    call: async () => ({ params: { id: f.documentId }, body: { fromId: b.ids.unit, toId: b.ids.unit2, type: "SUPPORTS" } }),
  },
  {
    name: "assigning B's unit",
    key: "POST /documents/{id}/assignments",
    status: 400,
    call: async () => ({ params: { id: f.documentId }, body: { unitIds: [b.ids.unit], reviewerIds: [f.members.REVIEWER.id], strategy: "explicit" } }),
  },
  {
    name: "assigning to B's reviewer",
    key: "POST /documents/{id}/assignments",
    status: 400,
    call: async () => ({ params: { id: f.documentId }, body: { unitIds: [(await unitOfA()).id], reviewerIds: [b.reviewer.id], strategy: "explicit" } }),
  },
  {
    name: "balancing over B's reviewer",
    key: "POST /documents/{id}/assignments",
    status: 400,
    call: async () => ({ params: { id: f.documentId }, body: { reviewerIds: [f.members.REVIEWER.id, b.reviewer.id], preview: true } }),
  },
  {
    name: "unassigning B's unit",
    key: "DELETE /documents/{id}/assignments",
    status: 400,
    call: async () => ({ params: { id: f.documentId }, body: { unitIds: [b.ids.unit2] } }),
  },
  {
    name: "B's reviewer as assignee",
    key: "PATCH /units/{id}",
    status: 400,
    call: async () => {
      const u = await unitOfA();
      return { params: { id: u.id }, body: { version: u.version, assigneeId: b.reviewer.id } };
    },
  },
  {
    name: "B's unit selected in presence",
    key: "POST /documents/{id}/presence",
    status: 404,
    call: async () => ({ params: { id: f.documentId }, body: { connectionId: "sweep-presence", unitId: b.ids.unit } }),
  },
  {
    name: "attaching B's source",
    key: "POST /units/{id}/sources",
    status: 404,
    call: async () => ({ params: { id: (await unitOfA()).id }, body: { sourceId: b.ids.source, stance: "SUPPORTS" } }),
  },
  {
    name: "map positions of B's unit (dropped)",
    key: "PUT /documents/{id}/map/layout",
    status: 200,
    call: async () => ({ params: { id: f.documentId }, body: { positions: { [b.ids.unit]: { x: 1, y: 2 } } } }),
  },
  {
    name: "document activity by B's owner",
    key: "GET /documents/{id}/activity",
    status: 200,
    call: async () => ({ params: { id: f.documentId }, query: { actor: b.owner.id } }),
  },
  {
    name: "workspace activity by B's owner",
    key: "GET /workspaces/{id}/activity",
    status: 200,
    call: async () => ({ params: { id: f.workspaceId }, query: { actor: b.owner.id } }),
  },
  {
    name: "units assigned to B's reviewer",
    key: "GET /documents/{id}/units",
    status: 200,
    call: async () => ({ params: { id: f.documentId }, query: { assignee: b.reviewer.id } }),
  },
  {
    name: "marking B's notification read (ignored)",
    key: "POST /notifications/read",
    status: 200,
    call: async () => ({ body: { ids: [b.ids.notification] } }),
  },
  {
    name: "accepting B's invitation for another email",
    key: "POST /invitations/accept",
    status: 403,
    call: async () => ({ body: { token: b.invitationUrl } }),
  },
  {
    name: "searching for B's words",
    key: "GET /search",
    status: 200,
    call: async () => ({ query: { q: b.secrets[0]! } }),
  },
];

test("workspace B's ids inside bodies and queries: the documented status, nothing of B", async () => {
  await Promise.all(
    BODY_IDS.map(async (c) => {
      const call = await c.call();
      const answer = await send(f, route(c.key), "OWNER", call);
      expect(answer.status, `${c.name}: ${answer.text.slice(0, 300)}`).toBe(c.status);
      if (answer.status >= 400) expectErrorBody(answer);
      expectNothingOf(answer, call);
    }),
  );
  // Nothing of B changed: the notification is still unread, B's document still has its relation.
  const unread = await expectJson<{ notifications: { id: string; read: boolean }[] }>(await b.reviewer.api.get("/api/v1/notifications"), 200);
  expect(unread.notifications.find((n) => n.id === b.ids.notification)?.read).toBe(false);
  const document = await expectJson<{ relations: { id: string }[] }>(await b.owner.api.get(`/api/v1/documents/${b.ids.document}`), 200);
  expect(document.relations.map((r) => r.id)).toContain(b.ids.relation);
});

test("a reconnect to A's document stream with an event id of B replays nothing of B: a reset", async () => {
  const url = `/api/v1/documents/${f.documentId}/events`;
  const answer = await readStream(f, "OWNER", url, { "last-event-id": b.ids.activity }, /event: (reset|change)/);
  expect(answer.status).toBe(200);
  expect(answer.text).toContain("event: reset");
  expect(answer.text).not.toContain("event: change");
  expectNothingOf(answer, { query: { lastEventId: b.ids.activity } });
});
