import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ARTICLE, firstWorkspaceId, importViaApi, joinByInvitation, selectInReader, signUp } from "./fixtures";

// Issue 13: relations follow their words through merge and split (bug 2), and a claim's history
// reads as sentences — names, labels, quoted words — never ids, offsets or action codes (bug 3).

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A short id as shown before ("unit 3f2a91c0"): eight hex characters with at least one digit and one letter. */
const SHORT_ID = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8}\b/;
const ACTION_CODE = /\b(unit|relation|document|member|workspace|invitation|token)\.[a-z]/;
const ENUM_CODE = /\b(UNREVIEWED|SUPPORTED|DISPUTED|OPINION|OPEN|IN_REVIEW|REVIEWED|APPROVED|CLAIM|PREMISE|EVIDENCE|SUPPORTS|ATTACKS|CITES|REFUTES)\b/;

interface DocumentJson {
  units: { id: string; exact: string }[];
  relations: { id: string }[];
}

/** The document's units by their first words; the analyser's relations removed, so the test draws its own. */
async function withoutRelations(request: APIRequestContext, documentId: string) {
  const doc = (await (await request.get(`/api/v1/documents/${documentId}`)).json()) as DocumentJson;
  for (const r of doc.relations) expect((await request.delete(`/api/v1/relations/${r.id}`)).status()).toBe(204);
  const unit = (words: string) => {
    const found = doc.units.find((u) => u.exact.startsWith(words));
    if (!found) throw new Error(`no unit starts with "${words}"`);
    return found.id;
  };
  const relate = async (from: string, to: string, type: "SUPPORTS" | "ATTACKS" | "CITES") => {
    const res = await request.post(`/api/v1/documents/${documentId}/relations`, { data: { fromId: unit(from), toId: unit(to), type } });
    expect(res.status()).toBe(201);
  };
  return { relate };
}

const mark = (page: Page, words: RegExp) => page.locator("mark.unit-mark", { hasText: words });

test("merge with the next unit, split at the old boundary: each relation goes back to the half holding its words", async ({ page }) => {
  await signUp(page, "Rhea Resegmenter");
  const documentId = await importViaApi(page.request, await firstWorkspaceId(page.request), "Relations follow words", ARTICLE);
  const { relate } = await withoutRelations(page.request, documentId);
  await relate("Critics disputed", "Its chair said", "ATTACKS");
  await relate("The next meeting", "The committee met", "CITES");

  await page.goto(`/documents/${documentId}`);
  const relations = page.getByTestId("unit-relations").getByRole("listitem");
  const committee = /^The committee met on 3 March 2024 in Geneva\.$/;
  const chair = /^Its chair said the budget rose by 12 percent\.$/;

  await mark(page, committee).click();
  await page.getByText("Edit unit").click();
  await page.getByRole("button", { name: "Merge with next" }).click();
  const merged = mark(page, /^The committee met on 3 March 2024 in Geneva\. Its chair said the budget rose by 12 percent\.$/);
  await expect(merged).toBeVisible();
  await expect(relations).toHaveCount(2); // the merged claim carries both

  await merged.click();
  await selectInReader(page, "Geneva. Its chair", "Geneva. ".length);
  await page.getByText("Edit unit").click();
  await page.getByRole("button", { name: "Split at cursor" }).click();
  await expect(mark(page, chair)).toBeVisible();

  const expectHalves = async () => {
    await mark(page, chair).click();
    await expect(relations).toHaveCount(1);
    await expect(page.getByTestId("unit-relations").locator('li[data-relation-type="ATTACKS"][data-direction="in"]')).toContainText(
      "Critics disputed the figure.",
    );
    await mark(page, committee).click();
    await expect(relations).toHaveCount(1);
    await expect(page.getByTestId("unit-relations").locator('li[data-relation-type="CITES"][data-direction="in"]')).toContainText(
      "The next meeting is planned for June.",
    );
  };
  await expectHalves(); // at once, from the split's answer
  await page.reload();
  await expectHalves(); // and as stored

  await page.locator("summary", { hasText: /^History \(\d+\)$/ }).click();
  const history = page.getByTestId("history");
  await expect(history).toContainText(
    "Rhea Resegmenter split the claim in two: “The committee met on 3 March 2024 in Geneva.” and “Its chair said the budget rose by 12 percent.”; 1 relation went with “Its chair said the budget rose by 12 percent.”",
  );
  await expect(history).toContainText("merged the next unit “Its chair said the budget rose by 12 percent.” into the claim (1 relation came with it)");
  await expect(history).toContainText("drew a relation: “The next meeting is planned for June.” cites the claim");
});

test("a claim's history: names, labels and quoted words for every change, no ids, offsets or codes", async ({ browser }) => {
  test.slow(); // two people, a dozen writes
  const ownerContext = await browser.newContext();
  const page = await ownerContext.newPage();
  await signUp(page, "Hana Historian");
  const workspaceId = await firstWorkspaceId(page.request);
  const cleoContext = await browser.newContext();
  const cleo = await cleoContext.newPage();
  const { email } = await signUp(cleo, "Cleo Checker");
  await joinByInvitation(page.request, cleo.request, workspaceId, email, "REVIEWER");
  await cleoContext.close();
  const documentId = await importViaApi(page.request, workspaceId, "History in words", ARTICLE);
  const { relate } = await withoutRelations(page.request, documentId);
  await relate("Critics disputed", "Its chair said", "ATTACKS");

  await page.goto(`/documents/${documentId}`);
  await mark(page, /budget rose/).click();
  const unitId = (await mark(page, /budget rose/).getAttribute("data-unit-id"))!;

  // Assigned to Cleo from the card.
  const assignment = page.getByRole("region", { name: "Assignment" });
  const picker = assignment.getByRole("combobox", { name: "Assign reviewer" });
  await picker.click();
  await picker.pressSequentially("Cleo");
  await expect(page.getByRole("listbox", { name: "Assign reviewer" }).getByRole("option")).toHaveCount(1);
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(assignment.getByTestId("assignee-first-name")).toHaveText("Cleo Checker");

  // A verdict with its rationale.
  await page.getByRole("radio", { name: /Disputed/ }).check();
  await page.getByLabel(/Rationale/).fill("Official statistics say 9 percent.");
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("saved-verdict")).toHaveText("Disputed");

  // Kind and normalised wording.
  const editor = page.getByTestId("unit-editor");
  await page.getByText("Edit unit").click();
  await editor.getByLabel("Kind").selectOption("PREMISE");
  await expect(page.locator(`mark[data-unit-id="${unitId}"]`)).toHaveAttribute("data-kind", "PREMISE");
  await page.getByText("Edit unit").click();
  await editor.getByLabel(/normalised wording/).fill("The budget grew 12 percent");
  await editor.getByRole("button", { name: "Save wording" }).click();
  await expect(page.locator(`#unit-${unitId}`)).toContainText("The budget grew 12 percent");

  // A source, a comment, resolved.
  await page.getByText("Attach a source").click();
  await page.getByLabel("URL").fill("https://stats.example.org/budget-2024");
  await page.getByLabel("Title").fill("Budget statistics 2024");
  await page.getByLabel("Stance").selectOption("REFUTES");
  await page.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByTestId("sources")).toContainText("Budget statistics 2024");
  await page.getByLabel("New comment").fill("Which year is that?");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  const comment = page.getByTestId("comments").locator("li").first();
  await expect(comment).toContainText("Which year is that?");
  await comment.getByRole("button", { name: "Resolve" }).click();
  await expect(comment).toHaveAttribute("data-resolved", "true");

  await page.locator("summary", { hasText: /^History \(\d+\)$/ }).click();
  const history = page.getByTestId("history");
  await expect(history).toContainText("resolved the comment “Which year is that?” on the claim");
  for (const sentence of [
    "Hana Historian assigned the claim to Cleo Checker",
    "status: Open → In review",
    "Hana Historian set the verdict of the claim: Unreviewed → Disputed",
    "rationale: none → “Official statistics say 9 percent.”",
    "Hana Historian edited the claim: kind Claim → Premise",
    "wording: the exact words → “The budget grew 12 percent”",
    "Hana Historian attached the source “Budget statistics 2024” to the claim (refutes)",
    "Hana Historian commented on the claim: “Which year is that?”",
    "Hana Historian drew a relation: “Critics disputed the figure.” attacks the claim",
  ]) {
    await expect(history).toContainText(sentence);
  }
  const text = await history.innerText();
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(SHORT_ID);
  expect(text).not.toMatch(ACTION_CODE);
  expect(text).not.toMatch(ENUM_CODE);
  await ownerContext.close();
});
