// The account the API fuzzer works as: signed up through the REST API, with a bearer token, a
// browser session cookie (Auth.js credentials sign-in) and a document with units and a relation,
// so requests that carry real ids reach the use cases. A second token is the one fuzzed requests
// may revoke; the bearer in use is never handed to the fuzzer.
import type { FuzzIds } from "./requests";
import type { FuzzCredentials } from "./send";

export const FUZZ_PASSWORD = "fuzzing password 0123";
const ARGDOWN = `# Fuzz\n\n[Rise]: The budget rose by 12 percent.\n    - [Minutes]\n\n[Minutes]: The minutes record a rise of 8 percent.\n\n[Chair]: The chair presented the budget in Geneva.\n`;

async function call(base: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`fuzz fixture: ${method} ${path} -> ${res.status} ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Signs in through Auth.js as a browser would and returns the Cookie header of the session. */
export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/documents` }).toString(),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => /session-token=./.test(c));
  if (!session) throw new Error(`fuzz fixture: sign-in gave no session cookie (status ${res.status})`);
  return session;
}

export interface FuzzFixture {
  creds: FuzzCredentials;
  ids: FuzzIds;
  email: string;
}

export async function fuzzFixture(base: string, tag = "fuzz"): Promise<FuzzFixture> {
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const signup = await call(base, "POST", "/api/v1/auth/signup", { email, password: FUZZ_PASSWORD, name: "Fuzz Tester" });
  const workspaceId = (signup.workspace as { id: string }).id;
  const userId = (signup.user as { id: string }).id;
  const { token } = (await call(base, "POST", "/api/v1/tokens", { email, password: FUZZ_PASSWORD, name: "fuzz" })) as { token: string };
  const spare = (await call(base, "POST", "/api/v1/tokens", { email, password: FUZZ_PASSWORD, name: "spare" })) as { id: string };
  const auth = { authorization: `Bearer ${token}` };
  const cookie = await sessionCookie(base, email, FUZZ_PASSWORD);

  const documents: string[] = [];
  const units: string[] = [];
  const relations: string[] = [];
  for (let i = 0; i < 2; i++) {
    const { id } = (await call(
      base,
      "POST",
      `/api/v1/workspaces/${workspaceId}/imports`,
      { format: "argdown", content: ARGDOWN, title: `Fuzz ${i}` },
      auth,
    )) as {
      id: string;
    };
    documents.push(id);
    const list = (await call(base, "GET", `/api/v1/documents/${id}/units`, undefined, auth)) as { units: { id: string }[] };
    units.push(...list.units.map((u) => u.id));
    const rel = (await call(
      base,
      "POST",
      `/api/v1/documents/${id}/relations`,
      { fromId: list.units[0]!.id, toId: list.units[2]!.id, type: "SUPPORTS" },
      auth,
    )) as {
      id: string;
    };
    relations.push(rel.id);
  }
  const invitation = (await call(base, "POST", `/api/v1/workspaces/${workspaceId}/invitations`, { email: `invitee-${email}`, role: "REVIEWER" }, auth)) as {
    id: string;
  };
  return {
    email,
    creds: { bearer: token, cookie },
    ids: {
      workspace: [workspaceId],
      document: documents,
      unit: units,
      relation: relations,
      token: [spare.id],
      invitation: [invitation.id],
      user: [userId],
    },
  };
}
