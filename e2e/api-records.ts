// Records made by the owner for one case of the call table (api-calls.ts).
import { can } from "@/lib/domain/policy";
import { expectJson, post, type ApiAccount, type Caller, type RoleFixture } from "./api-fixtures";
import { ARTICLE, PASSWORD, uniqueEmail } from "./fixtures";

export const owner = (f: RoleFixture) => f.members.OWNER.api;
export async function unit(f: RoleFixture): Promise<{ id: string; version: number }> {
  return post(owner(f), `/documents/${f.documentId}/units`, { start: 4, end: 13 }); // "committee"
}
export async function reviewedUnit(f: RoleFixture): Promise<{ id: string; version: number }> {
  const u = await unit(f);
  const data = { version: u.version, verdict: "SUPPORTED", rationale: "The minutes say so." };
  return expectJson(await owner(f).patch(`/api/v1/units/${u.id}`, { data }), 200);
}
/** A document of its own for a call that archives or deletes it (the shared one must stay). */
export async function freshDocument(f: RoleFixture): Promise<string> {
  return (await post<{ id: string }>(owner(f), `/workspaces/${f.workspaceId}/documents`, { title: "To archive or delete", text: ARTICLE })).id;
}
/** A source with a web address attached by the owner (its archive job fails: the address is not served). */
export async function sourceWithUrl(f: RoleFixture): Promise<string> {
  const u = await unit(f);
  const url = `http://127.0.0.1:9/source-${Math.random().toString(36).slice(2)}`;
  return (await post<{ sourceId: string }>(owner(f), `/units/${u.id}/sources`, { url, title: "Minutes", stance: "SUPPORTS" })).sourceId;
}
/** A source whose archived copy exists: served by the app itself (its health page). */
export async function archivedSource(f: RoleFixture): Promise<string> {
  const u = await unit(f);
  const url = `${f.world.baseURL}/signin?copy=${Math.random().toString(36).slice(2)}`;
  const { sourceId } = await post<{ sourceId: string }>(owner(f), `/units/${u.id}/sources`, { url, title: "Health", stance: "CONTEXT" });
  for (let i = 0; i < 100; i++) {
    if ((await owner(f).get(`/api/v1/sources/${sourceId}/archive`)).status() === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return sourceId;
}
export async function relation(f: RoleFixture): Promise<string> {
  const [a, b] = await Promise.all([unit(f), unit(f)]);
  return (await post<{ id: string }>(owner(f), `/documents/${f.documentId}/relations`, { fromId: a.id, toId: b.id, type: "SUPPORTS" })).id;
}
/** An argument reconstructed by the owner from two fresh units, with the expert-opinion scheme. */
export async function argument(f: RoleFixture): Promise<{ id: string; version: number }> {
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
export function memberFor(f: RoleFixture, caller: Caller): Promise<string> {
  if (caller !== "anonymous" && caller !== "non-member" && can(caller, "member.manage")) return newMember(f);
  let shared = sharedMembers.get(f);
  if (!shared) sharedMembers.set(f, (shared = newMember(f)));
  return shared;
}
/** Whose records a "signed-in" route acts on: the caller's, or (anonymous) the owner's. */
export const self = (f: RoleFixture, caller: Caller): ApiAccount => f.as(caller) ?? f.members.OWNER;

/** A background import of the caller's own (in a workspace of theirs): a text long enough to be queued. */
export async function ownJob(f: RoleFixture, caller: Caller): Promise<string> {
  const me = self(f, caller);
  const space = await post<{ id: string }>(me.api, "/workspaces", { name: "Imports" });
  const text = `${ARTICLE}\n\n`.repeat(Math.ceil(100_001 / (ARTICLE.length + 2)));
  return (await post<{ jobId: string }>(me.api, `/workspaces/${space.id}/imports`, { title: "Queued", text }, 202)).jobId;
}
