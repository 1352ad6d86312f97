// Input the database cannot store (NUL, lone surrogates), passwords bcrypt would cut short, and
// path segments and action arguments of the wrong shape: each is a 400 VALIDATION with a readable
// message, through the real use cases, route handlers and action wrapper (docs/security.md).
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { installTestDb } from "../testing/test-db";

// The action wrapper's only outside dependency: who is signed in (set per test below).
const signedIn = vi.hoisted(() => ({ id: "" }));
vi.mock("../current-user", () => ({ requireUser: async () => ({ id: signedIn.id, email: "", name: "" }) }));

const testDb = await installTestDb();
const { db } = testDb;
const { errorOf, importText, seedTeam } = await import("../testing/fixtures");
const { addComment } = await import("./add-comment");
const { attachSource } = await import("./attach-source");
const { createWorkspace } = await import("./create-workspace");
const { getDocument } = await import("./get-document");
const { updateUnit } = await import("./update-unit");
const { signUpUser } = await import("./sign-up-user");
const { createApiToken } = await import("./create-api-token");
const { defineAction } = await import("../action");
const { orNotFound } = await import("../pages");
const workspaceActions = await import("@/app/workspaces/actions");
const unitRoute = await import("@/app/api/v1/units/[id]/route");
const documentRoute = await import("@/app/api/v1/documents/[id]/route");
type Team = import("../testing/fixtures").Team;

const NUL = "\u0000";
const LONE = "\uD800";

let team: Team;
let ownerId: string;
let unit: { id: string; version: number };
beforeAll(async () => {
  team = await seedTeam("Hygiene");
  ownerId = team.members.OWNER.userId;
  unit = await db.unit.findFirstOrThrow({ where: { documentId: team.documentId }, orderBy: { start: "asc" } });
});
afterAll(() => testDb.close());

const refused = { status: 400, code: "VALIDATION" };

describe("NUL characters and lone surrogates are a 400 in every text field", () => {
  const cases: [string, (bad: string) => Promise<unknown>][] = [
    ["a comment", (bad) => addComment({ userId: ownerId, input: { unitId: unit.id, body: `Looks ${bad} wrong` } })],
    ["a rationale", (bad) => updateUnit({ userId: ownerId, input: { unitId: unit.id, version: unit.version, rationale: `Because ${bad}` } })],
    ["a claim's wording", (bad) => updateUnit({ userId: ownerId, input: { unitId: unit.id, version: unit.version, text: `Budget ${bad}` } })],
    ["a document title", (bad) => importText(ownerId, team.workspaceId, `Title ${bad}`)],
    ["a document text", (bad) => importText(ownerId, team.workspaceId, "Text", `The budget rose ${bad} by 12 percent.`)],
    ["a source title", (bad) => attachSource({ userId: ownerId, input: { unitId: unit.id, stance: "SUPPORTS", title: `Minutes ${bad}` } })],
    ["a workspace name", (bad) => createWorkspace({ userId: ownerId, input: { name: `Desk ${bad}` } })],
    ["a person's name", (bad) => signUpUser({ input: { name: `Ann ${bad}`, email: `ann.${Date.now()}@example.org`, password: "password-123" } })],
    ["an id", (bad) => getDocument({ userId: ownerId, input: { documentId: `x${bad}y` } })],
  ];

  test.each(cases)("%s with a NUL", async (_what, call) => {
    const error = await errorOf(call(NUL));
    expect(error).toMatchObject(refused);
    expect(error.message).toMatch(/NUL character/);
  });

  test.each(cases)("%s with a lone surrogate", async (_what, call) => {
    const error = await errorOf(call(LONE));
    expect(error).toMatchObject(refused);
    expect(error.message).toMatch(/lone UTF-16 surrogate/);
  });

  test("nothing was written, and well-formed text (emoji, accents, tabs) still saves", async () => {
    expect(await db.comment.count({ where: { unitId: unit.id } })).toBe(0);
    await addComment({ userId: ownerId, input: { unitId: unit.id, body: "Café 😀\tok" } });
    expect((await db.comment.findFirstOrThrow({ where: { unitId: unit.id } })).body).toBe("Café 😀\tok");
  });
});

describe("REST path segments", () => {
  let token: string;
  beforeAll(async () => {
    token = (await createApiToken({ userId: ownerId, input: { name: "hygiene" } })).token;
  });
  const auth = () => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

  test("PATCH /units/x%00y is a 400, not a 500", async () => {
    const req = new Request("http://warrant.test/api/v1/units/x%00y", { method: "PATCH", headers: auth(), body: JSON.stringify({ version: 1 }) });
    const res = await unitRoute.PATCH(req, { params: Promise.resolve({ id: `x${NUL}y` }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "VALIDATION", message: expect.stringMatching(/\{id\}.*NUL character/) } });
  });

  test("GET /documents/%00 is a 400; GET of a real document still works", async () => {
    const bad = await documentRoute.GET(new Request("http://warrant.test/api/v1/documents/%00", { headers: auth() }), { params: Promise.resolve({ id: NUL }) });
    expect(bad.status).toBe(400);
    const ok = await documentRoute.GET(new Request("http://warrant.test/api/v1/documents/x", { headers: auth() }), {
      params: Promise.resolve({ id: team.documentId }),
    });
    expect(ok.status).toBe(200);
  });
});

describe("document pages", () => {
  test("/documents/%00 is the 404 page, not a 500", async () => {
    const failure: unknown = await orNotFound(getDocument({ userId: ownerId, input: { documentId: NUL } })).catch((e: unknown) => e);
    expect((failure as { digest?: string }).digest).toMatch(/404/);
  });
});

describe("passwords: bcrypt reads only 72 bytes", () => {
  const email = () => `pw.${Date.now()}.${Math.random().toString(36).slice(2)}@example.org`;

  test("a password over 72 UTF-8 bytes is refused at sign-up, even when it has fewer than 72 characters", async () => {
    const accented = "é".repeat(37); // 37 characters, 74 bytes
    const error = await errorOf(signUpUser({ input: { name: "Ann", email: email(), password: accented } }));
    expect(error).toMatchObject(refused);
    expect(error.message).toMatch(/72 bytes/);
    expect(await errorOf(signUpUser({ input: { name: "Ann", email: email(), password: "a".repeat(73) } }))).toMatchObject(refused);
  });

  test("exactly 72 bytes is accepted", async () => {
    expect(await errorOf(signUpUser({ input: { name: "Ann", email: email(), password: "é".repeat(36) } }))).toMatchObject({ code: "ok" });
    expect(await errorOf(signUpUser({ input: { name: "Ann", email: email(), password: "a".repeat(72) } }))).toMatchObject({ code: "ok" });
  });
});

describe("form actions called with something other than FormData answer with a validation message", () => {
  test("createWorkspaceFormAction({name}) reads as an empty form: the use case's own message, not a TypeError", async () => {
    signedIn.id = ownerId;
    const before = await db.workspace.count();
    expect(await workspaceActions.createWorkspaceFormAction(undefined, { name: "Sneaky" } as never)).toMatchObject({ error: "Name the workspace." });
    expect(await workspaceActions.createWorkspaceFormAction(undefined, "Sneaky" as never)).toMatchObject({ error: "Name the workspace." });
    expect(await workspaceActions.acceptInvitationFormAction(undefined, { token: { id: "x" } } as never)).toMatchObject({ error: expect.any(String) });
    expect(await db.workspace.count()).toBe(before);
  });
});

describe("server actions refuse arguments of the wrong shape as VALIDATION, never INTERNAL", () => {
  const getDocumentAction = defineAction(getDocument);
  const cases: [string, unknown][] = [
    ["a bare string", "some-id"],
    ["null", null],
    ["an array", [{ documentId: "x" }]],
    ["a Date", new Date()],
    ["an object as the id", { documentId: { id: "x" } }],
    [
      "an object whose coercion throws",
      {
        documentId: {
          toString: () => {
            throw new Error("boom");
          },
        },
      },
    ],
  ];

  test.each(cases)("%s", async (_what, input) => {
    signedIn.id = ownerId;
    const result = await getDocumentAction(input as never);
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  test("a well-formed argument still works", async () => {
    signedIn.id = ownerId;
    expect(await getDocumentAction({ documentId: team.documentId })).toMatchObject({ ok: true });
  });
});
