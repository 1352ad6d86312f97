// The team journey over REST with tokens: an owner creates a workspace, invites a reviewer who
// already has an account (the reviewer accepts the one-time link), imports a document there and
// shares its claims; the reviewer can read it, a stranger cannot even tell it exists.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ARTICLE, PASSWORD, uniqueEmail } from "./fixtures";

type Account = { id: string; email: string; api: APIRequestContext };

test("owner creates a workspace, invites a reviewer, shares the claims; strangers get 404", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  const account = async (name: string): Promise<Account> => {
    const email = uniqueEmail(name.toLowerCase());
    const signup = await anon.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name } });
    expect(signup.status()).toBe(201);
    const { user } = (await signup.json()) as { user: { id: string } };
    const { token } = (await (await anon.post("/api/v1/tokens", { data: { email, password: PASSWORD, name: "team" } })).json()) as { token: string };
    return { id: user.id, email, api: await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } }) };
  };
  const owner = await account("Owner");

  const created = await owner.api.post("/api/v1/workspaces", { data: { name: "Fact desk" } });
  expect(created.status()).toBe(201);
  const workspace = (await created.json()) as { id: string; name: string; slug: string; role: string };
  expect(workspace).toMatchObject({ name: "Fact desk", role: "OWNER" });
  expect(workspace.slug).toMatch(/^fact-desk-/);
  expect((await anon.post("/api/v1/workspaces", { data: { name: "x" } })).status()).toBe(401);

  const reviewer = await account("Reviewer");
  const stranger = await account("Stranger");
  const members = `/api/v1/workspaces/${workspace.id}/members`;
  const invitations = `/api/v1/workspaces/${workspace.id}/invitations`;
  expect((await owner.api.post(members, { data: { email: reviewer.email, role: "REVIEWER" } })).status()).toBe(405);
  const invited = await owner.api.post(invitations, { data: { email: reviewer.email.toUpperCase(), role: "REVIEWER" } });
  expect(invited.status()).toBe(201);
  const invitation = (await invited.json()) as { id: string; url: string; expiresAt: string };
  expect(invitation.url).toMatch(new RegExp(`^${baseURL}/invite/wri_`));
  // Same answer for an email without an account: inviting never tells who has one.
  const nobody = await owner.api.post(invitations, { data: { email: uniqueEmail("nobody"), role: "EDITOR" } });
  expect(nobody.status()).toBe(201);
  expect(Object.keys((await nobody.json()) as object).sort()).toEqual(Object.keys(invitation).sort());
  expect((await owner.api.post(invitations, { data: { email: stranger.email, role: "BOSS" } })).status()).toBe(400);
  expect((await stranger.api.post(invitations, { data: { email: stranger.email, role: "OWNER" } })).status()).toBe(404);
  expect((await stranger.api.post("/api/v1/invitations/accept", { data: { token: invitation.url } })).status()).toBe(403);
  const accepted = await reviewer.api.post("/api/v1/invitations/accept", { data: { token: invitation.url.split("/invite/")[1] } });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toEqual({ workspaceId: workspace.id, role: "REVIEWER" });
  expect((await reviewer.api.post("/api/v1/invitations/accept", { data: { token: invitation.url } })).status()).toBe(400);
  // A member who is not an owner may not invite.
  expect((await reviewer.api.post(invitations, { data: { email: stranger.email, role: "VIEWER" } })).status()).toBe(403);
  expect((await owner.api.post(invitations, { data: { email: reviewer.email, role: "EDITOR" } })).status()).toBe(409);
  const pending = (await (await owner.api.get(invitations)).json()) as { invitations: { email: string }[] };
  expect(pending.invitations.map((i) => i.email)).not.toContain(reviewer.email);
  const listed = await reviewer.api.get(members);
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { members: { role: string }[] }).members.map((m) => m.role)).toEqual(["OWNER", "REVIEWER"]);
  expect((await stranger.api.get(members)).status()).toBe(404);

  const imported = await owner.api.post(`/api/v1/workspaces/${workspace.id}/documents`, { data: { title: "Committee", text: ARTICLE } });
  expect(imported.status()).toBe(201);
  const { id: documentId } = (await imported.json()) as { id: string };

  const assignments = `/api/v1/documents/${documentId}/assignments`;
  expect((await reviewer.api.post(assignments, { data: { reviewerIds: [reviewer.id] } })).status()).toBe(403);
  expect((await stranger.api.post(assignments, { data: { reviewerIds: [stranger.id] } })).status()).toBe(404);
  expect((await owner.api.post(assignments, { data: { reviewerIds: [reviewer.id, stranger.id] } })).status()).toBe(400);
  const assigned = await owner.api.post(assignments, { data: { reviewerIds: [owner.id, reviewer.id], strategy: "balance" } });
  expect(assigned.status()).toBe(200);
  const result = ((await assigned.json()) as { assignments: { unitId: string; assigneeId: string }[] }).assignments;
  expect(result.length).toBeGreaterThanOrEqual(2);
  const counts = [owner.id, reviewer.id].map((id) => result.filter((a) => a.assigneeId === id).length);
  expect(Math.abs(counts[0]! - counts[1]!)).toBeLessThanOrEqual(1);

  const seen = await reviewer.api.get(`/api/v1/documents/${documentId}`);
  expect(seen.status()).toBe(200);
  const mine = await reviewer.api.get(`/api/v1/documents/${documentId}/units?assignee=${reviewer.id}`);
  expect(((await mine.json()) as { units: unknown[] }).units).toHaveLength(counts[1]!);
  expect((await stranger.api.get(`/api/v1/documents/${documentId}`)).status()).toBe(404);

  await Promise.all([anon, owner.api, reviewer.api, stranger.api].map((c) => c.dispose()));
});
