import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseArgdownModel } from "@/lib/formats/argdown-import";
import { signUp } from "./fixtures";

/** Selects the unit with these words in the reader, then checks it in the unit list (which scrolls to it). */
async function checkUnit(page: Page, words: string) {
  await page.locator("mark.unit-mark", { hasText: words }).first().click();
  const item = page.getByTestId("unit-list").getByRole("listitem").filter({ hasText: words });
  await item.getByRole("checkbox").click();
  await expect(item.getByRole("checkbox")).toBeChecked();
}

async function answer(page: Page, questionId: string, value: "Holds" | "Fails" | "Unknown", note?: string) {
  const q = page.locator(`[data-testid="critical-question"][data-question="${questionId}"]`);
  await q.getByRole("radio", { name: value }).check();
  if (note) await q.getByLabel("Note").fill(note);
  await q.getByRole("button", { name: "Save answer" }).click();
  await expect(q.getByRole("button", { name: "Save answer" })).toHaveCount(0);
  return q;
}

test("reconstruct an argument from the demo article's quoted officials, pick a scheme, answer its questions, undercut it, export Argdown", async ({ page }) => {
  test.slow();
  await signUp(page, "Argus Analyst");
  await page.getByRole("link", { name: /NATO/ }).first().click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  const documentId = page.url().split("/").pop()!;

  // Two officials quoted, and the author's conclusion: checked in the list, reconstructed in reading order.
  await checkUnit(page, "not supporters of dialogue");
  await checkUnit(page, "see NATO as a tool");
  await checkUnit(page, "It is obvious that the reaction");
  await page.getByRole("tab", { name: "Arguments" }).click();
  await page.getByRole("button", { name: "Reconstruct as argument (3 units)" }).click();
  const card = page.getByTestId("argument-card");
  await expect(card).toHaveCount(1);
  const statements = card.getByTestId("argument-statement");
  await expect(statements).toHaveCount(3);
  await expect(statements.nth(2)).toContainText("Conclusion");
  await expect(statements.nth(2)).toContainText("It is obvious that the reaction");

  // An unstated premise made explicit, moved up with the keyboard, saved as one versioned write.
  await card.getByLabel("Implicit premise").fill("Official spokespeople state their governments' assessments.");
  await card.getByRole("button", { name: "Add implicit premise" }).click();
  await expect(statements).toHaveCount(4);
  await expect(statements.nth(2)).toContainText("implicit");
  await statements.nth(2).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(statements.nth(1)).toContainText("Official spokespeople");
  await card.getByRole("button", { name: "Save structure" }).click();
  await expect(page.getByText("Structure saved.")).toBeVisible();

  // The scheme, searched by a word; its questions keep the argument from being marked reviewed.
  await card.getByRole("button", { name: "Pick a scheme" }).click();
  await card.getByLabel("Search schemes").fill("position");
  await card.getByRole("button", { name: /Argument from position to know/ }).click();
  await expect(card.getByTestId("argument-scheme")).toHaveText("Argument from position to know");
  await expect(card.getByRole("button", { name: "Mark reviewed" })).toBeDisabled();
  await expect(card).toContainText("Answer every critical question first (3 unanswered).");

  await answer(page, "in-position", "Holds", "Both speak for their ministries.");
  const honest = await answer(page, "honest", "Fails", "Spokespeople state the official line, not an independent finding.");
  // A failed question on the inference: one click makes it an undercut.
  await honest.getByRole("button", { name: "Make it an undercut" }).click();
  await expect(honest.getByTestId("objection")).toContainText("undercuts the inference");
  await answer(page, "asserted", "Holds");
  await card.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(card.getByTestId("argument-status")).toHaveText("Reviewed");

  // It all survives a reload.
  await page.reload();
  await page.getByRole("tab", { name: "Arguments" }).click();
  await expect(page.getByTestId("argument-card").getByTestId("argument-status")).toHaveText("Reviewed");
  await expect(page.getByTestId("argument-card").getByTestId("argument-statement")).toHaveCount(4);

  // The Argdown download carries the argument, its scheme and the undercut; @argdown/core reads them.
  await page.getByTestId("download-menu").locator("summary").click();
  const link = page.getByTestId("download-menu").getByRole("link", { name: /Argdown/ });
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  const argdown = await res.text();
  const model = parseArgdownModel(argdown);
  const args = Object.values(model.arguments ?? {});
  expect(args).toHaveLength(1);
  expect(args[0]!.data).toMatchObject({ scheme: "position-to-know", aif: "Position To Know", status: "REVIEWED" });
  expect(args[0]!.pcs!.map((p) => p.role)).toEqual(["premise", "premise", "premise", "main-conclusion"]);
  expect((model.relations ?? []).filter((r) => r.relationType === "undercut")).toHaveLength(1);
  expect(argdown).toContain("_> <Argument 1>");
  expect(res.url()).toContain(documentId);

  // On the map: the argument is one box between its quoted premises and its conclusion.
  await page.goto(`/documents/${documentId}/map`);
  await expect(page.getByText(/laid out in \d+ ms/)).toBeVisible({ timeout: 30_000 });
  const box = page.getByTestId("map-argument");
  await expect(box).toHaveCount(1);
  await expect(box).toHaveAttribute("data-expanded", "false");
  await expect(box).toContainText("Argument from position to know");
  await expect(box.getByTestId("map-argument-facts")).toContainText("Reviewed · questions answered");
  const argumentId = (await box.getAttribute("data-argument-id"))!;
  const edge = (type: string) => page.locator(`.react-flow__edge[data-argument-edge="${type}"]`);
  // Two premises are words of the text; the implicit one is not drawn while collapsed.
  await expect(edge("PREMISE")).toHaveCount(2);
  await expect(edge("CONCLUSION")).toHaveCount(1);
  await expect(page.getByTestId("map-implicit")).toHaveCount(0);
  // The undercut comes from the objection's words and ends at the argument itself (its inference).
  const undercut = page.getByRole("group", { name: /^Argument relation: undercuts the inference of/ });
  await expect(undercut).toHaveCount(1);
  await expect(undercut).toHaveAttribute("data-argument-edge", "UNDERCUTS");
  await expect(undercut).toHaveAttribute("data-target", `arg:${argumentId}`);
  await expect(page.getByTestId("map-objection")).toHaveCount(1);
  await expect(page.getByRole("group", { name: /^Objection: Spokespeople state the official line/ })).toHaveCount(1);
  await page.getByTestId("map-legend").locator("summary").click();
  await expect(page.getByTestId("map-legend").locator('[data-legend="UNDERCUTS"]')).toContainText("undercuts the inference");

  // Keyboard: Enter on the focused box expands its premise–conclusion structure; the box becomes the inference.
  const node = page.getByRole("group", { name: /^Argument: .*Press Enter to expand/ });
  await node.focus();
  await page.keyboard.press("Enter");
  await expect(box).toHaveAttribute("data-expanded", "true");
  await expect(page.locator(`.react-flow__node[data-id="arg:${argumentId}"]`)).toHaveAttribute("aria-expanded", "true");
  await expect(box).toContainText("Inference");
  await expect(box.getByTestId("map-argument-facts")).toContainText("Argument from position to know");
  await expect(page.getByTestId("map-implicit")).toHaveCount(1);
  await expect(page.getByTestId("map-implicit")).toContainText("Premise (implicit)");
  await expect(page.getByRole("group", { name: /^Premise \(implicit\): Official spokespeople state/ })).toHaveCount(1);
  await expect(edge("PREMISE")).toHaveCount(3);
  await expect(undercut).toHaveAttribute("data-target", `arg:${argumentId}`);
  await expect(undercut).toHaveAttribute("data-to-inference", "true");
  await expect(page.getByTestId("argument-panel")).toContainText("Open questions");
  // The SVG picture draws what the screen shows: the inference, the implicit premise, the undercut.
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "svg", exact: true }).click()]);
  const svg = readFileSync((await file.path())!).toString("utf8");
  expect(svg).toContain(`data-argument-node="arg:${argumentId}" data-kind="argument"`);
  expect(svg).toContain("Premise (implicit)");
  expect(svg).toContain("Argument from position to know");
  expect(svg.match(/data-argument-edge="PREMISE"/g)).toHaveLength(3);
  expect(svg).toContain('data-argument-edge="UNDERCUTS" data-to-inference="true"');
  await page.locator(`.react-flow__node[data-id="arg:${argumentId}"]`).focus();
  await page.keyboard.press("Enter");
  await expect(box).toHaveAttribute("data-expanded", "false");
  await expect(page.getByTestId("map-implicit")).toHaveCount(0);

  // An argument written elsewhere (another tab, the API) appears on the open map without a reload.
  const [first, second] = await page
    .locator('[data-testid="map-node"][data-kind="CLAIM"]')
    .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute("data-unit-id")!));
  const created = await page.request.post(`/api/v1/documents/${documentId}/arguments`, {
    data: { title: "A second argument", statements: [{ unitId: first }, { unitId: second }] },
  });
  expect(created.status()).toBe(201);
  await expect(page.getByTestId("map-argument")).toHaveCount(2);
  await expect(page.getByTestId("map-argument").filter({ hasText: "A second argument" })).toContainText("No scheme yet");
});

test("the analyser suggests a scheme for a quoted official's argument, with its signals; only a click applies it", async ({ page }) => {
  await signUp(page, "Sasha Suggest");
  await page.getByRole("link", { name: /NATO/ }).first().click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);

  // Lin Jian's words (introduced by "The official representative of the Chinese Foreign Ministry, Lin Jian, …:") and the author's conclusion.
  await checkUnit(page, "We are resolutely against NATO");
  await checkUnit(page, "It is obvious that the reaction");
  await page.getByRole("tab", { name: "Arguments" }).click();
  const preview = page.getByTestId("scheme-suggestion");
  await expect(preview).toContainText("Suggested: Argument from position to know");
  await expect(preview).toContainText("speaker: Lin Jian, “official representative” (office) → position to know");
  await page.getByRole("button", { name: "Reconstruct as argument (2 units)" }).click();

  // Reconstructed without a scheme: the card suggests one and applies nothing by itself.
  const card = page.getByTestId("argument-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("argument-scheme")).toHaveText("none chosen");
  const suggestion = card.getByTestId("scheme-suggestion");
  await expect(suggestion).toHaveAttribute("data-scheme", "position-to-know");
  await expect(suggestion).toContainText("because speaker: Lin Jian, “official representative” (office) → position to know");
  const argumentId = await (async () => {
    const list = (await (await page.request.get(page.url().replace("/documents/", "/api/v1/documents/") + "/arguments")).json()) as {
      arguments: { id: string }[];
    };
    return list.arguments[0]!.id;
  })();
  const before = (await (await page.request.get(`/api/v1/arguments/${argumentId}`)).json()) as {
    schemeId: string | null;
    suggestedSchemes: { schemeId: string; confidence: number; signals: string[] }[];
  };
  expect(before.schemeId).toBeNull();
  expect(before.suggestedSchemes[0]).toMatchObject({ schemeId: "position-to-know" });
  expect(before.suggestedSchemes[0]!.signals).toContain("speaker: Lin Jian, “official representative” (office) → position to know");

  await suggestion.getByRole("button", { name: "Use this scheme" }).click();
  await expect(card.getByTestId("argument-scheme")).toHaveText("Argument from position to know");
  await expect(card.getByTestId("scheme-suggestion")).toHaveCount(0);
  await expect(card.locator('[data-testid="critical-question"]')).toHaveCount(3);
  const after = (await (await page.request.get(`/api/v1/arguments/${argumentId}`)).json()) as { schemeId: string | null };
  expect(after.schemeId).toBe("position-to-know");
  await page.reload();
  await page.getByRole("tab", { name: "Arguments" }).click();
  await expect(page.getByTestId("argument-card").getByTestId("argument-scheme")).toHaveText("Argument from position to know");
});
