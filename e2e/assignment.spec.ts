import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { firstWorkspaceId, importViaApi, joinByInvitation, signUp } from "./fixtures";

// Seven units, in this order (the analyser's): check-worthiness about 0.6 each, except "Critics disputed" (0).
const TEXT =
  "The committee met on 3 March 2024 in Geneva. Its chair said the budget rose by 12 percent. Critics disputed the figure.\n\n" +
  "The city built 40 new schools in 2023. Unemployment fell to 4 percent last year, according to the statistics office. " +
  "The mayor claimed that crime dropped by half since 2020. The report found that rents increased by 30 percent in five years.";

const badge = (page: Page) => page.getByTestId("queue-link");
/** "My queue, 4 open" (how the punctuation of the screen-reader words is spaced depends on the layout). */
const queueName = (n: number) => new RegExp(`^My queue\\W*${n} open$`);
/** The unit list's checkbox of the unit with these words ("Select unit 3 of 7", described by its words). */
const check = (page: Page, words: string) => page.getByTestId("unit-list").getByRole("listitem").filter({ hasText: words }).getByRole("checkbox");

/** Serious and critical accessibility problems, with the elements that have them. */
async function a11yProblems(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an owner assigns from the card, in bulk and by balance; the reviewer's queue follows live and opens the claims", async ({ browser }) => {
  test.slow(); // one long journey across two browsers (about a minute alone, more beside other specs)
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signUp(owner, "Olive Owner");
  const workspaceId = await firstWorkspaceId(owner.request);
  const reviewerContext = await browser.newContext();
  const rita = await reviewerContext.newPage();
  const { email } = await signUp(rita, "Rita Reviewer");
  await joinByInvitation(owner.request, rita.request, workspaceId, email, "REVIEWER");
  const documentId = await importViaApi(owner.request, workspaceId, "Assignment desk", TEXT);

  // Rita waits on her documents page: her badge must move without a reload.
  await rita.goto("/documents");
  await expect(badge(rita)).toHaveAccessibleName(queueName(0));

  // 1. The claim card: a combobox of the members who may review; type, arrow, Enter.
  await owner.goto(`/documents/${documentId}`);
  await owner.locator("mark.unit-mark", { hasText: "budget rose" }).click();
  const assignment = owner.getByRole("region", { name: "Assignment" });
  await expect(assignment.getByTestId("assignee-first-name")).toHaveText("nobody");
  const picker = assignment.getByRole("combobox", { name: "Assign reviewer" });
  await picker.click();
  await picker.pressSequentially("r");
  const options = owner.getByRole("listbox", { name: "Assign reviewer" }).getByRole("option");
  await expect(options).toHaveCount(2); // Olive Owner, Rita Reviewer (both may review)
  await picker.pressSequentially("it");
  await expect(options).toHaveCount(1);
  await picker.press("Escape");
  await expect(owner.getByRole("listbox", { name: "Assign reviewer" })).toHaveCount(0);
  await picker.press("Escape"); // a second Escape clears the text
  await expect(picker).toHaveValue("");
  await picker.press("ArrowDown"); // opens the list on Olive
  await picker.press("ArrowDown"); // Rita
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(options.nth(1)).toContainText("Rita Reviewer");
  await picker.press("Enter");
  await expect(assignment.getByTestId("assignee-first-name")).toHaveText("Rita Reviewer");
  await expect(owner.getByTestId("status-badge")).toHaveAttribute("data-status", "IN_REVIEW");
  await expect(badge(rita)).toHaveAccessibleName(queueName(1), { timeout: 15_000 });

  // 2. Bulk: a click and a shift-click select three units; one action assigns them all.
  await check(owner, "Critics disputed").click();
  await check(owner, "Unemployment fell").click({ modifiers: ["Shift"] });
  await expect(owner.getByTestId("selected-count")).toHaveText("3 selected");
  await expect(check(owner, "schools")).toBeChecked();
  const bulkPicker = owner.getByRole("combobox", { name: "Assign 3 selected to" });
  await bulkPicker.click();
  await bulkPicker.pressSequentially("rita");
  await bulkPicker.press("Enter");
  await expect(owner.getByTestId("bulk-notice")).toHaveText("3 units assigned to Rita Reviewer.");
  await expect(owner.getByTestId("selected-count")).toHaveText("0 selected");
  await expect(badge(rita)).toHaveAccessibleName(queueName(4), { timeout: 15_000 });

  // ... and unassigns: "Unemployment" goes back to the open pool.
  await check(owner, "Unemployment fell").click();
  await owner.getByRole("button", { name: "Unassign selected" }).click();
  await expect(owner.getByTestId("bulk-notice")).toHaveText("Unassigned.");
  await expect(badge(rita)).toHaveAccessibleName(queueName(3), { timeout: 15_000 });

  // 3. Balance: both reviewers, check-worthiness at least 50%; the preview comes first, then Apply.
  await owner.getByRole("button", { name: "Balance…" }).click();
  const dialog = owner.getByRole("dialog", { name: "Balance the open units" });
  await dialog.getByRole("button", { name: "Preview" }).click();
  await expect(dialog.getByTestId("form-error")).toHaveText("Choose at least one reviewer.");
  await dialog.getByRole("checkbox", { name: /Rita Reviewer \(Reviewer, 3 open\)/ }).check();
  await dialog.getByRole("checkbox", { name: /Olive Owner \(Owner, 0 open\)/ }).check();
  await dialog.getByLabel("Minimum check-worthiness (%, optional)").fill("50");
  await dialog.getByRole("button", { name: "Preview" }).click();
  // Open and unassigned, at least 50%: "committee met", "Unemployment", "crime", "rents". Olive has none: she gets three, then the tie goes to Rita (named first).
  await expect(dialog.getByTestId("balance-total")).toHaveText("4 units would be assigned.");
  await expect(dialog.getByTestId("balance-row")).toHaveText([/Rita Reviewer\s*3\s*\+1\s*4/, /Olive Owner\s*0\s*\+3\s*3/]);
  expect(await a11yProblems(owner, '[data-testid="balance-dialog"]')).toEqual([]);
  await expect(badge(rita)).toHaveAccessibleName(queueName(3)); // a preview writes nothing
  await dialog.getByRole("button", { name: "Apply (4)" }).click();
  await expect(dialog).toBeHidden();
  await expect(owner.getByTestId("live-notice")).toHaveText("Balanced: 4 units assigned.");
  await expect(badge(rita)).toHaveAccessibleName(queueName(4), { timeout: 15_000 });

  // Double review: one person never holds both slots. The server refuses the whole batch, and says why.
  // The switch follows the server's answer, so it is clicked and then awaited.
  await owner.getByRole("checkbox", { name: "Double review" }).click();
  await expect(owner.getByRole("checkbox", { name: "Double review" })).toBeChecked();
  await check(owner, "committee met").click(); // Olive's (balance)
  await check(owner, "budget rose").click(); // Rita's (the card)
  await owner.getByRole("combobox", { name: "Slot" }).selectOption("second");
  const secondPicker = owner.getByRole("combobox", { name: "Assign 2 selected to" });
  await secondPicker.click();
  await secondPicker.pressSequentially("Rita");
  await secondPicker.press("Enter");
  await expect(owner.getByRole("region", { name: "Bulk assignment" }).getByTestId("form-error")).toContainText(
    "One person cannot be both reviewers of a claim",
  );
  await owner.locator("mark.unit-mark", { hasText: "committee met" }).click();
  await expect(assignment.getByTestId("assignee-first-name")).toHaveText("you"); // Olive, by the balance
  await expect(assignment.getByTestId("assignee-second-name")).toHaveText("nobody"); // nothing half-applied
  await expect(badge(rita)).toHaveAccessibleName(queueName(4));

  // 4. Rita's queue: oldest assignment first, with the document; j/k move, Enter opens the claim in its document.
  await badge(rita).click();
  await rita.waitForURL(/\/queue$/);
  const items = rita.getByTestId("queue-item");
  await expect(items).toHaveCount(4);
  await expect(items.first()).toContainText("budget rose by 12 percent");
  await expect(items.first()).toContainText("Assignment desk");
  await expect(items.first()).toContainText("In review");
  await expect(items.nth(3)).toContainText("rents increased");
  expect(await a11yProblems(rita)).toEqual([]);
  await rita.keyboard.press("j");
  await expect(items.first()).toBeFocused();
  await rita.keyboard.press("j");
  await rita.keyboard.press("j");
  await expect(items.nth(2)).toBeFocused();
  await rita.keyboard.press("k");
  await rita.keyboard.press("k");
  await expect(items.first()).toBeFocused();
  await rita.keyboard.press("Enter");
  await rita.waitForURL(new RegExp(`/documents/${documentId}\\?unit=`));
  await expect(rita.getByTestId("claim-card")).toContainText("budget rose by 12 percent");
  // A reviewer may not assign: no assignment controls for her.
  await expect(rita.getByRole("region", { name: "Assignment" })).toHaveCount(0);
  await expect(rita.getByRole("region", { name: "Bulk assignment" })).toHaveCount(0);

  // Taking a claim back reaches her open queue page live.
  await rita.goto("/queue");
  await expect(items).toHaveCount(4);
  await owner.locator("mark.unit-mark", { hasText: "rents increased" }).click();
  await assignment.getByRole("button", { name: "Unassign first reviewer" }).click();
  await expect(assignment.getByTestId("assignee-first-name")).toHaveText("nobody");
  await expect(items).toHaveCount(3, { timeout: 15_000 });
  await expect(rita.getByTestId("queue-counts")).toHaveText("3 open");

  await ownerContext.close();
  await reviewerContext.close();
});
