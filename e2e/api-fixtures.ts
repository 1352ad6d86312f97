// Accounts and a workspace with one member per role, made through the REST API only (sign-up,
// tokens from email + password, invitations): the permission matrix and the cross-workspace
// sweep (permission-matrix.spec.ts, isolation-sweep.spec.ts) run every route against it.
import { expect, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";
import { ARTICLE, PASSWORD, joinByInvitation, uniqueEmail } from "./fixtures";

export type Role = "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER";
/** Who calls: a member with a role, a signed-in account of another workspace, or nobody. */
export type Caller = Role | "non-member" | "anonymous";
export const CALLERS: readonly Caller[] = ["OWNER", "EDITOR", "REVIEWER", "VIEWER", "non-member", "anonymous"];

export interface ApiAccount {
  id: string;
  name: string;
  email: string;
  /** A context that sends `Authorization: Bearer <token>` on every request. */
  api: APIRequestContext;
}

/** The `playwright` worker fixture (what a beforeAll hook receives). */
type Playwright = PlaywrightWorkerArgs["playwright"];

/** The JSON of a response that must have `status`, with its text in the failure message. */
export async function expectJson<T>(res: APIResponse, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status(), `${res.url()}: ${text.slice(0, 300)}`).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

/** A new API token of `email`'s account, from email + password (never from another token). */
export async function createToken(anon: APIRequestContext, email: string, name = "suite"): Promise<{ id: string; token: string }> {
  return expectJson(await anon.post("/api/v1/tokens", { data: { name, email, password: PASSWORD } }), 201);
}

export class ApiWorld {
  private contexts: APIRequestContext[] = [];
  private constructor(
    private playwright: Playwright,
    readonly baseURL: string,
    readonly anon: APIRequestContext,
  ) {}

  static async create(playwright: Playwright, baseURL: string) {
    return new ApiWorld(playwright, baseURL, await playwright.request.newContext({ baseURL }));
  }

  /** A context for `token`, disposed with the world. */
  async bearer(token: string): Promise<APIRequestContext> {
    const api = await this.playwright.request.newContext({ baseURL: this.baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    this.contexts.push(api);
    return api;
  }

  /** Signs up (optionally through an invitation link, which joins its workspace instead of making one). */
  async account(name: string, invitation?: string): Promise<ApiAccount> {
    const email = uniqueEmail(name.toLowerCase().replace(/[^a-z]+/g, "-"));
    return this.signUp(name, email, invitation);
  }

  async signUp(name: string, email: string, invitation?: string): Promise<ApiAccount> {
    const signup = await this.anon.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name, ...(invitation ? { invitation } : {}) } });
    const { user } = await expectJson<{ user: { id: string } }>(signup, 201);
    const { token } = await createToken(this.anon, email);
    return { id: user.id, name, email, api: await this.bearer(token) };
  }

  async dispose() {
    await Promise.all([this.anon, ...this.contexts].map((c) => c.dispose()));
  }
}

/** A workspace with an owner, an editor, a reviewer and a viewer, and a stranger who owns another workspace. */
export interface RoleFixture {
  world: ApiWorld;
  members: Record<Role, ApiAccount>;
  /** Signed in, owner of `strangerWorkspaceId`, not a member of `workspaceId`. */
  stranger: ApiAccount;
  workspaceId: string;
  strangerWorkspaceId: string;
  /** A document of the workspace (the ARTICLE, analysed on import). */
  documentId: string;
  /** The account a caller uses; null for anonymous. */
  as(caller: Caller): ApiAccount | null;
  /** A request context for a caller (anonymous: no credentials). */
  api(caller: Caller): APIRequestContext;
}

export async function post<T>(api: APIRequestContext, path: string, data: unknown, status = 201): Promise<T> {
  return expectJson<T>(await api.post(`/api/v1${path}`, { data }), status);
}

export async function roleFixture(playwright: Playwright, baseURL: string, tag: string): Promise<RoleFixture> {
  const world = await ApiWorld.create(playwright, baseURL);
  const [owner, editor, reviewer, viewer, stranger] = await Promise.all(
    [`${tag} Owner`, `${tag} Editor`, `${tag} Reviewer`, `${tag} Viewer`, `${tag} Stranger`].map((name) => world.account(name)),
  );
  const [workspace, strangerWorkspace] = await Promise.all([
    post<{ id: string }>(owner!.api, "/workspaces", { name: `${tag} desk` }),
    post<{ id: string }>(stranger!.api, "/workspaces", { name: `${tag} elsewhere` }),
  ]);
  const members: Record<Role, ApiAccount> = { OWNER: owner!, EDITOR: editor!, REVIEWER: reviewer!, VIEWER: viewer! };
  for (const role of ["EDITOR", "REVIEWER", "VIEWER"] as const) await joinByInvitation(owner!.api, members[role].api, workspace.id, members[role].email, role);
  const { id: documentId } = await post<{ id: string }>(owner!.api, `/workspaces/${workspace.id}/documents`, { title: `${tag} committee`, text: ARTICLE });
  const as = (caller: Caller) => (caller === "anonymous" ? null : caller === "non-member" ? stranger! : members[caller]);
  return {
    world,
    members,
    stranger: stranger!,
    workspaceId: workspace.id,
    strangerWorkspaceId: strangerWorkspace.id,
    documentId,
    as,
    api: (caller) => as(caller)?.api ?? world.anon,
  };
}
