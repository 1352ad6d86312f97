// Issue 12: several app processes on one PostgreSQL. `npm start` runs WARRANT_WORKERS processes
// (scripts/cluster.mjs); this starts that cluster (2 workers) on the e2e database beside the suite's
// own server, checks that connections are spread over both workers, then puts Alice on the suite's
// server and Bob on the cluster: presence, a verdict written through one process and the live update
// of the other's open document cross processes through PostgreSQL (LISTEN/NOTIFY), both ways.
// Neither the cluster nor the suite's server runs background jobs: an import Bob starts on the
// cluster is run by the separate worker process (`npm run worker`, started by the config), and its
// progress reaches Bob's stream on the cluster, then Alice reads the document on the suite's server.
// PostgreSQL only (the embedded PGlite is one process's database).
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

const CLUSTER_PORT = Number(process.env.E2E_PORT ?? 3100) + 20;
const clusterBase = `http://127.0.0.1:${CLUSTER_PORT}`;
let cluster: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const pgUrl = process.env.E2E_PG_URL;
  if (!pgUrl) throw new Error("multi-process.spec.ts runs on the PostgreSQL project (E2E_PG_URL)");
  cluster = spawn(process.execPath, ["scripts/cluster.mjs", String(CLUSTER_PORT), "600000"], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
      WARRANT_SIGNUPS_PER_HOUR: "100000",
      DATABASE_URL: pgUrl,
      WARRANT_WORKERS: "2",
      // As deployed with a separate worker (the suite's config starts `npm run worker`): these app processes run no jobs.
      WARRANT_JOB_WORKER: "off",
    },
    stdio: "ignore",
    detached: true,
  });
  await expect
    .poll(
      () =>
        fetch(`${clusterBase}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000, intervals: [250] },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (cluster?.pid && cluster.exitCode === null) process.kill(-cluster.pid, "SIGTERM");
});

test("WARRANT_WORKERS=2 serves from two processes; presence and live updates cross processes", async ({ browser, baseURL }) => {
  // New connections go to both workers.
  const workers = new Set<number>();
  for (let i = 0; i < 20 && workers.size < 2; i++) {
    const health = (await (await fetch(`${clusterBase}/api/health`, { headers: { connection: "close" } })).json()) as { worker: number };
    workers.add(health.worker);
  }
  expect([...workers].sort()).toEqual([1, 2]);
  // The suite's own server is a lone process.
  expect((await (await fetch(`${baseURL}/api/health`)).json()).worker).toBeNull();

  const alice = await browser.newContext({ baseURL });
  const alicePage = await alice.newPage();
  await signUp(alicePage, "Alice Lead");
  const workspaceId = await firstWorkspaceId(alicePage.request);
  const documentId = await importViaApi(alicePage.request, workspaceId, "Across processes", ARTICLE);

  // Bob works on the cluster; he signs up and joins there.
  const bob = await browser.newContext({ baseURL: clusterBase });
  const bobPage = await bob.newPage();
  const { email: bobEmail } = await signUp(bobPage, "Bob Teammate");
  await joinByInvitation(alicePage.request, bobPage.request, workspaceId, bobEmail, "EDITOR");

  await alicePage.goto(`/documents/${documentId}`);
  await bobPage.goto(`/documents/${documentId}`);
  // Presence, both ways.
  await expect(alicePage.locator('[data-testid="presence-avatar"][title^="Bob Teammate"]')).toBeAttached({ timeout: 20_000 });
  await expect(bobPage.locator('[data-testid="presence-avatar"][title^="Alice Lead"]')).toBeAttached({ timeout: 20_000 });

  // Bob's verdict, written through the cluster, appears on Alice's page (the suite's server).
  const doc = await (await bobPage.request.get(`/api/v1/documents/${documentId}`)).json();
  const find = (text: string) => doc.units.find((u: { exact: string }) => u.exact.includes(text));
  const budget = find("budget rose");
  const written = await bobPage.request.patch(`/api/v1/units/${budget.id}`, {
    data: { version: budget.version, verdict: "DISPUTED", rationale: "The minutes say 9 percent." },
  });
  expect(written.status()).toBe(200);
  await expect(alicePage.locator("mark.unit-mark", { hasText: "budget rose" })).toHaveAttribute("data-verdict", "DISPUTED", { timeout: 15_000 });

  // Alice's verdict, written through the suite's server, appears on Bob's page (a cluster worker).
  const critics = find("Critics disputed");
  const back = await alicePage.request.patch(`/api/v1/units/${critics.id}`, { data: { version: critics.version, verdict: "OPINION" } });
  expect(back.status()).toBe(200);
  await expect(bobPage.locator("mark.unit-mark", { hasText: "Critics disputed" })).toHaveAttribute("data-verdict", "OPINION", { timeout: 15_000 });

  // An import queued on the cluster, run by the separate worker, followed live on the cluster.
  const text = `${ARTICLE}\n\n`.repeat(Math.ceil(120_000 / ARTICLE.length));
  const queued = await bobPage.request.post(`/api/v1/workspaces/${workspaceId}/imports`, { data: { title: "Via the worker", text } });
  expect(queued.status()).toBe(202);
  const { jobId } = (await queued.json()) as { jobId: string };
  const states = await bobPage.evaluate(
    (id) =>
      new Promise<{ state: string; stage: string | null; documentId: string | null }[]>((resolve) => {
        const seen: { state: string; stage: string | null; documentId: string | null }[] = [];
        const source = new EventSource(`/api/v1/jobs/${id}/events`);
        source.addEventListener("job", (e) => {
          const view = JSON.parse((e as MessageEvent<string>).data) as { state: string; stage: string | null; documentId: string | null };
          seen.push(view);
          if (view.state === "done" || view.state === "failed") {
            source.close();
            resolve(seen);
          }
        });
      }),
    jobId,
  );
  expect(states.at(-1)).toMatchObject({ state: "done", documentId: expect.any(String) });
  // It moved while Bob watched: more than the first and the last state reached him across processes.
  expect(states.length).toBeGreaterThan(1);
  const imported = await alicePage.request.get(`/api/v1/documents/${states.at(-1)!.documentId}`);
  expect(imported.status()).toBe(200);
  expect(((await imported.json()) as { title: string }).title).toBe("Via the worker");

  // Signing out on one process ends the session on every process.
  const bobCookies = await bob.cookies();
  const copied = await browser.newContext({ baseURL });
  await copied.addCookies(bobCookies);
  expect((await copied.request.get("/api/v1/workspaces")).status()).toBe(200);
  await bobPage.getByRole("button", { name: "Sign out" }).click();
  await bobPage.waitForURL(/\/signin/);
  expect((await copied.request.get("/api/v1/workspaces")).status()).toBe(401);
  await alice.close();
  await bob.close();
  await copied.close();
});
