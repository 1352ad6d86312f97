// A fact-check desk in five browser contexts, on one workspace: the owner invites an editor and a
// reviewer by links (a second reviewer and a viewer join the same way, through the API); the
// editor hands out claims; a reviewer's verdict reaches the editor's open page live and the
// editor approves it, which locks it; under double review one claim gets agreeing verdicts and one
// disagreeing verdicts, the agreement figure follows, and the editor adjudicates; a viewer sees
// no editing controls and the server refuses their writes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ARTICLE, importViaApi, inviteByLink, joinByInvitation, signUp, signUpThroughLink, uniqueEmail } from "./fixtures";

test.setTimeout(240_000);

const person = async (browser: Browser, clipboard = false) => {
  const context = await browser.newContext(clipboard ? { permissions: ["clipboard-read", "clipboard-write"] } : {});
  return { context, page: await context.newPage() };
};

interface UnitRow {
  id: string;
  exact: string;
  version: number;
  status: string;
}
async function unitWith(request: APIRequestContext, documentId: string, words: string): Promise<UnitRow> {
  const doc = (await (await request.get(`/api/v1/documents/${documentId}`)).json()) as { units: UnitRow[] };
  return doc.units.find((u) => u.exact.includes(words))!;
}

async function memberId(request: APIRequestContext, workspaceId: string, email: string) {
  const body = (await (await request.get(`/api/v1/workspaces/${workspaceId}/members`)).json()) as { members: { user: { id: string; email: string } }[] };
  return body.members.find((m) => m.user.email === email)!.user.id;
}

const workflow = (page: Page) => page.getByTestId("workflow");
const badge = (page: Page) => workflow(page).getByTestId("status-badge");

/** Opens the claim on the document page and saves a verdict with a rationale, as a reviewer does. */
async function review(page: Page, documentId: string, unitId: string, verdict: "Supported" | "Disputed" | "Opinion", rationale: string) {
  await page.goto(`/documents/${documentId}?unit=${unitId}`);
  const card = page.getByTestId("claim-card");
  await expect(card).toHaveAttribute("data-unit-id", unitId);
  await card.getByRole("radio", { name: verdict }).check();
  await card.getByLabel(/Rationale/).fill(rationale);
  await card.getByRole("button", { name: "Save verdict" }).click();
  await expect(card.getByTestId("save-notice")).toBeVisible();
}

test("a desk: invitations, assignment, a verdict seen live and approved, double review with adjudication, a viewer who cannot write", async ({ browser }) => {
  // The owner's workspace; the editor and the first reviewer join by links from the members page.
  const owner = await person(browser, true);
  await signUp(owner.page, "Octavia Owner");
  const workspaceId = ((await (await owner.page.request.get("/api/v1/workspaces")).json()) as { workspaces: { id: string }[] }).workspaces[0]!.id;
  await owner.page.goto(`/workspaces/${workspaceId}/members`);
  const workspaceName = (await owner.page.getByTestId("workspace-name").textContent())!.trim();
  const editorEmail = uniqueEmail("desk-editor");
  const reviewerEmail = uniqueEmail("desk-reviewer");
  const editorLink = await inviteByLink(owner.page, editorEmail, "Editor");
  const reviewerLink = await inviteByLink(owner.page, reviewerEmail, "Reviewer");
  const editor = await person(browser);
  await signUpThroughLink(editor.page, editorLink, "Eddie Editor", editorEmail, workspaceName, "Editor");
  const reviewer = await person(browser);
  await signUpThroughLink(reviewer.page, reviewerLink, "Rae Reviewer", reviewerEmail, workspaceName, "Reviewer");
  // A second reviewer and a viewer: signed up on their own, then invited.
  const second = await person(browser);
  const { email: secondEmail } = await signUp(second.page, "Sam Second");
  await joinByInvitation(owner.page.request, second.page.request, workspaceId, secondEmail, "REVIEWER");
  const viewer = await person(browser);
  const { email: viewerEmail } = await signUp(viewer.page, "Vera Viewer");
  await joinByInvitation(owner.page.request, viewer.page.request, workspaceId, viewerEmail, "VIEWER");

  const documentId = await importViaApi(owner.page.request, workspaceId, "Desk budget story", ARTICLE);
  const reviewerId = await memberId(owner.page.request, workspaceId, reviewerEmail);
  const secondId = await memberId(owner.page.request, workspaceId, secondEmail);
  const chair = await unitWith(owner.page.request, documentId, "budget rose by 12 percent");
  const committee = await unitWith(owner.page.request, documentId, "The committee met");
  const critics = await unitWith(owner.page.request, documentId, "Critics disputed");

  // The editor hands the chair's claim to the reviewer (the same use case as the card and the bulk bar).
  const assigned = await editor.page.request.post(`/api/v1/documents/${documentId}/assignments`, {
    data: { unitIds: [chair.id], reviewerIds: [reviewerId], strategy: "explicit" },
  });
  expect(assigned.status()).toBe(200);

  // The editor keeps the claim open while the reviewer works on it.
  await editor.page.goto(`/documents/${documentId}?unit=${chair.id}`);
  await expect(workflow(editor.page)).toContainText("Reviewer: Rae Reviewer");
  // Assigning starts the review.
  await expect(badge(editor.page)).toHaveAttribute("data-status", "IN_REVIEW");
  await review(reviewer.page, documentId, chair.id, "Supported", "The budget report, table 3, shows 12 percent.");
  await expect(badge(reviewer.page)).toHaveAttribute("data-status", "REVIEWED");

  // Live, without a reload: the editor sees the verdict and the status, then approves.
  await expect(editor.page.getByTestId("claim-card").getByTestId("saved-verdict")).toHaveText("Supported");
  await expect(badge(editor.page)).toHaveAttribute("data-status", "REVIEWED");
  await workflow(editor.page).getByRole("button", { name: "Approve" }).click();
  await expect(badge(editor.page)).toHaveAttribute("data-status", "APPROVED");
  // Approval locks the verdict for the reviewer (live too), and the server agrees.
  await expect(badge(reviewer.page)).toHaveAttribute("data-status", "APPROVED");
  await expect(reviewer.page.getByTestId("claim-card").getByRole("radio", { name: "Disputed" })).toBeDisabled();
  const locked = await unitWith(reviewer.page.request, documentId, "budget rose by 12 percent");
  const refused = await reviewer.page.request.patch(`/api/v1/units/${chair.id}`, {
    data: { verdict: "DISPUTED", rationale: "Changed my mind.", version: locked.version },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("locked until an editor reopens it");

  // Double review: the editor turns it on; both reviewers get two claims each (first and second slot).
  await editor.page.getByTestId("review-settings").getByLabel("Double review").check();
  await expect(editor.page.getByTestId("review-settings").getByLabel("Double review")).toBeChecked();
  for (const [slot, id] of [
    ["first", reviewerId],
    ["second", secondId],
  ] as const) {
    const res = await editor.page.request.post(`/api/v1/documents/${documentId}/assignments`, {
      data: { unitIds: [committee.id, critics.id], reviewerIds: [id], strategy: "explicit", slot },
    });
    expect(res.status()).toBe(200);
  }

  // They agree on the committee's meeting: REVIEWED, agreement 100 % over one claim.
  await review(reviewer.page, documentId, committee.id, "Supported", "The minutes of 3 March.");
  // The first verdict stays hidden from the second reviewer.
  await second.page.goto(`/documents/${documentId}?unit=${committee.id}`);
  await expect(workflow(second.page)).not.toContainText("The minutes of 3 March.");
  await review(second.page, documentId, committee.id, "Supported", "Geneva press release.");
  await expect(badge(second.page)).toHaveAttribute("data-status", "REVIEWED");
  const agreement = editor.page.getByTestId("agreement");
  await expect(agreement).toContainText("1 double-reviewed");
  await expect(agreement).toContainText("Agreement 100");

  // They disagree on the critics: NEEDS_ADJUDICATION, and the agreement figure drops.
  await review(reviewer.page, documentId, critics.id, "Opinion", "A reaction, not a checkable fact.");
  await review(second.page, documentId, critics.id, "Disputed", "Only one critic is quoted.");
  await expect(badge(second.page)).toHaveAttribute("data-status", "NEEDS_ADJUDICATION");
  await expect(agreement).toContainText("2 double-reviewed");
  await expect(agreement).toContainText("Agreement 50");

  // The editor adjudicates with both verdicts side by side; the decision is the verdict of record.
  await editor.page.goto(`/documents/${documentId}?unit=${critics.id}`);
  const adjudication = editor.page.getByTestId("adjudication");
  await expect(adjudication).toContainText("Rae Reviewer: Opinion");
  await expect(adjudication).toContainText("Sam Second: Disputed");
  await expect(adjudication).toContainText("Only one critic is quoted.");
  expect(
    await new AxeBuilder({ page: editor.page })
      .include('[data-testid="workflow"]')
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);
  await adjudication.getByRole("radio", { name: "Opinion" }).check();
  await adjudication.getByLabel("Why").fill("Critics are characterised, not quoted: an opinion.");
  await adjudication.getByRole("button", { name: "Decide" }).click();
  await expect(badge(editor.page)).toHaveAttribute("data-status", "REVIEWED");
  await expect(editor.page.getByTestId("claim-card").getByTestId("saved-verdict")).toHaveText("Opinion");
  // Both reviewers' verdicts stay in the history.
  const history = (await (await editor.page.request.get(`/api/v1/documents/${documentId}/activity?action=unit.review.submit`)).json()) as {
    entries: { actorId: string; entityId: string }[];
  };
  const onCritics = history.entries.filter((e) => e.entityId === critics.id).map((e) => e.actorId);
  expect(new Set(onCritics)).toEqual(new Set([reviewerId, secondId]));

  // A viewer: no editing controls on the page, and the server refuses their writes.
  await viewer.page.goto(`/documents/${documentId}?unit=${committee.id}`);
  await expect(viewer.page.getByTestId("claim-card")).toHaveAttribute("data-unit-id", committee.id);
  await expect(viewer.page.getByTestId("read-only-reason")).toBeVisible();
  await expect(viewer.page.getByRole("button", { name: "Save verdict" })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(viewer.page.getByRole("button", { name: "Create unit" })).toHaveCount(0);
  await expect(viewer.page.getByTestId("review-settings").getByLabel("Double review")).toHaveCount(0);
  const current = await unitWith(viewer.page.request, documentId, "The committee met");
  const writes = [
    viewer.page.request.patch(`/api/v1/units/${committee.id}`, { data: { verdict: "DISPUTED", rationale: "No.", version: current.version } }),
    viewer.page.request.post(`/api/v1/units/${committee.id}/transitions`, { data: { to: "OPEN", version: current.version } }),
    viewer.page.request.post(`/api/v1/documents/${documentId}/assignments`, {
      data: { unitIds: [committee.id], reviewerIds: [reviewerId], strategy: "explicit" },
    }),
    viewer.page.request.patch(`/api/v1/documents/${documentId}`, { data: { doubleReview: false } }),
  ];
  expect((await Promise.all(writes)).map((r) => r.status())).toEqual([403, 403, 403, 403]);

  for (const p of [owner, editor, reviewer, second, viewer]) await p.context.close();
});
