// Refreshes the README's team screenshots (docs/queue-screenshot.png, docs/adjudication-screenshot.png)
// against a running Warrant: `node scripts/team-screenshots.mjs http://127.0.0.1:3000` (started with
// WARRANT_SIGNUPS_PER_HOUR=50: it signs several people up from one address).
// It signs up an editor and two reviewers, builds a small double-reviewed document through the
// REST API (with the browser's session cookies), then photographs a reviewer's queue and the
// editor's adjudication panel. Use a throwaway database: it creates accounts and documents.
import { chromium } from "playwright";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const stamp = Date.now();
const PASSWORD = "a long enough password";
const ARTICLE = [
  "The committee met on 3 March 2024 in Geneva. Its chair said the budget rose by 12 percent.",
  "Critics disputed the figure. The minister said unemployment fell to 4 percent last year.",
  "\n\nA spokesman said exports doubled since 2020. The opposition called the plan a disgrace.",
].join(" ");

const browser = await chromium.launch({ executablePath });
async function person(name) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const email = `${name.split(" ")[0].toLowerCase()}-${stamp}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/documents$/);
  return { context, page, email, request: context.request };
}
async function ok(res, what) {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? null : res.json();
}

const editor = await person("Ellen Editor");
const rae = await person("Rae Reviewer");
const sam = await person("Sam Second");
const { workspaces } = await ok(await editor.request.get("/api/v1/workspaces"), "workspaces");
const workspaceId = workspaces[0].id;
for (const r of [rae, sam]) {
  const { url } = await ok(
    await editor.request.post(`/api/v1/workspaces/${workspaceId}/invitations`, { data: { email: r.email, role: "REVIEWER" } }),
    "invite",
  );
  await ok(await r.request.post("/api/v1/invitations/accept", { data: { token: url } }), "accept");
}
const { members } = await ok(await editor.request.get(`/api/v1/workspaces/${workspaceId}/members`), "members");
const idOf = (email) => members.find((m) => m.user.email === email).user.id;
const { id: documentId } = await ok(
  await editor.request.post(`/api/v1/workspaces/${workspaceId}/documents`, { data: { title: "Budget and jobs: the minister's claims", text: ARTICLE } }),
  "import",
);
await ok(await editor.request.patch(`/api/v1/documents/${documentId}`, { data: { doubleReview: true } }), "double review");
const claims = (await ok(await editor.request.get(`/api/v1/documents/${documentId}`), "document")).units.filter((u) => u.kind === "CLAIM");
for (const [slot, email] of [
  ["first", rae.email],
  ["second", sam.email],
]) {
  await ok(
    await editor.request.post(`/api/v1/documents/${documentId}/assignments`, {
      data: { unitIds: claims.map((u) => u.id), reviewerIds: [idOf(email)], strategy: "explicit", slot },
    }),
    "assign",
  );
}
// The first claim: the two reviewers disagree.
const [disputed] = claims;
const verdict = async (r, unitId, value, rationale) => {
  const unit = (await ok(await r.request.get(`/api/v1/documents/${documentId}`), "document")).units.find((u) => u.id === unitId);
  await ok(await r.request.patch(`/api/v1/units/${unitId}`, { data: { verdict: value, rationale, version: unit.version } }), "verdict");
};
await verdict(rae, disputed.id, "SUPPORTED", "The committee's minutes of 3 March list the meeting in Geneva.");
await verdict(sam, disputed.id, "DISPUTED", "The press release dates the meeting 4 March; the minutes were approved later.");

// Rae's queue: the claims still waiting for her.
await rae.page.goto("/queue");
await rae.page.getByRole("heading", { name: /queue/i }).first().waitFor();
await rae.page.locator('[data-testid="queue-count"][data-count]').waitFor();
await rae.page.screenshot({ path: "docs/queue-screenshot.png" });
// The editor's adjudication of the disagreement.
await editor.page.goto(`/documents/${documentId}?unit=${disputed.id}`);
await editor.page.getByTestId("adjudication").getByTestId("reviews").waitFor();
await editor.page.screenshot({ path: "docs/adjudication-screenshot.png" });
await browser.close();
console.log("Wrote docs/queue-screenshot.png and docs/adjudication-screenshot.png");
