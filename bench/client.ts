// A REST client for the benches that drive a live server (crash-safety, concurrency): bearer calls,
// a fresh account with its own workspace and token, a document's units and its whole activity log.

export async function api<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as T };
}

export interface Account {
  token: string;
  workspaceId: string;
}

const PASSWORD = "bench password 0123";
let serial = 0;

/** Signs a new person up (their own workspace) and mints an API token for them. */
export async function account(base: string, tag = "bench"): Promise<Account> {
  const email = `${tag}-${Date.now()}-${process.pid}-${++serial}@example.test`;
  const signup = await fetch(`${base}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, name: tag }),
  });
  if (signup.status !== 201) throw new Error(`sign-up: ${signup.status} ${await signup.text()}`);
  const { workspace } = (await signup.json()) as { workspace: { id: string } };
  const tok = await fetch(`${base}/api/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD, name: tag }),
  });
  const { token } = (await tok.json()) as { token: string };
  return { token, workspaceId: workspace.id };
}

export type BenchUnit = { id: string; version: number; verdict: string; rationale: string | null };

export const units = async (base: string, a: Account, documentId: string) =>
  (await api<{ units: BenchUnit[] }>(base, a.token, "GET", `/api/v1/documents/${documentId}/units`)).json.units;

export interface ActivityEntry {
  entityId: string;
  action: string;
  after: unknown;
}

/** Every activity entry of a document, following the cursor. */
export async function activity(base: string, a: Account, documentId: string): Promise<ActivityEntry[]> {
  const all: ActivityEntry[] = [];
  let cursor = "";
  for (;;) {
    const { json } = await api<{ entries: ActivityEntry[]; nextCursor: string | null }>(
      base,
      a.token,
      "GET",
      `/api/v1/documents/${documentId}/activity${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    all.push(...json.entries);
    if (!json.nextCursor) return all;
    cursor = json.nextCursor;
  }
}

export interface JobState {
  state: "queued" | "running" | "done" | "failed";
  documentId: string | null;
  error: { code: string; message: string } | null;
}

/** Polls one of the account's background jobs until it is done or failed (or `timeoutMs` passes: null). */
export async function waitForJob(base: string, a: Account, jobId: string, timeoutMs = 120_000, everyMs = 25): Promise<JobState | null> {
  for (const t0 = Date.now(); Date.now() - t0 < timeoutMs;) {
    const { status, json } = await api<JobState>(base, a.token, "GET", `/api/v1/jobs/${jobId}`).catch(() => ({ status: 0, json: null }));
    if (status === 200 && json && (json.state === "done" || json.state === "failed")) return json;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return null;
}

/** Imports pasted text and waits for the document (saved at once: 201, or as a job: 202 then polled); its id. */
export async function importText(base: string, a: Account, title: string, text: string): Promise<string> {
  const r = await api<{ id?: string; jobId?: string; error?: unknown }>(base, a.token, "POST", `/api/v1/workspaces/${a.workspaceId}/documents`, {
    title,
    text,
  });
  if (r.status === 201 && r.json.id) return r.json.id;
  if (r.status !== 202 || !r.json.jobId) throw new Error(`import: ${r.status} ${JSON.stringify(r.json)}`);
  const job = await waitForJob(base, a, r.json.jobId);
  if (job?.state !== "done" || !job.documentId) throw new Error(`import job: ${JSON.stringify(job)}`);
  return job.documentId;
}
