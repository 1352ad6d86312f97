import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ARTICLE, drawBetween, firstWorkspaceId, importViaApi, signUp } from "./fixtures";

/** Signs a new user up and opens the map of their copy of the demo article. */
async function openDemoMap(page: Page): Promise<string> {
  await signUp(page, "Mara Mapper");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  const documentId = page.url().split("/").pop()!;
  await page.goto(`/documents/${documentId}/map`);
  await expect(page.getByTestId("map-node").first()).toBeVisible();
  // Measure positions only once the automatic layout has been applied (slow on a busy machine).
  await expect(page.getByText(/laid out in \d+ ms/)).toBeVisible({ timeout: 30_000 });
  expect(await page.getByTestId("map-node").count()).toBeGreaterThan(20);
  // The map opens on a readable neighbourhood; these tests work on the whole overview.
  await page.getByRole("button", { name: "Fit all" }).click();
  return documentId;
}

/** Two claims with no relation between them, both fully inside the canvas (not under the minimap). */
async function twoVisibleClaims(page: Page) {
  const canvas = (await page.getByTestId("map-canvas").boundingBox())!;
  const found: { id: string; box: { x: number; y: number; width: number; height: number } }[] = [];
  for (const node of await page.locator('[data-testid="map-node"][data-kind="CLAIM"]').all()) {
    const box = await node.boundingBox();
    if (
      !box ||
      box.x < canvas.x + 60 ||
      box.y < canvas.y + 20 ||
      box.x + box.width > canvas.x + canvas.width - 240 ||
      box.y + box.height > canvas.y + canvas.height - 180
    )
      continue;
    if ((await node.getAttribute("data-unit-id")) && !(await node.textContent())?.match(/[+−]\d/))
      found.push({ id: (await node.getAttribute("data-unit-id"))!, box });
    if (found.length === 2) break;
  }
  expect(found).toHaveLength(2);
  return found as [(typeof found)[0], (typeof found)[0]];
}

test("draw an ATTACKS edge on the demo map: it shows on the claim card in the text view and survives reloads", async ({ page }) => {
  const documentId = await openDemoMap(page);
  const attacksBefore = await page.getByRole("group", { name: "Relation: attacks" }).count();
  const [a, b] = await twoVisibleClaims(page);

  // Drag from a's handle to b's handle, then pick the type. A drag is a gesture: on a busy
  // machine React Flow can miss the first one, so the gesture (not the assertion) is retried.
  const dialog = await drawBetween(page, a.id, b.id);
  await dialog.getByRole("button", { name: "attacks" }).click();
  await expect(page.getByTestId("map-notice")).toHaveText(/Relation added/);
  await expect(page.getByRole("group", { name: "Relation: attacks" })).toHaveCount(attacksBefore + 1);
  await expect(page.getByTestId("edge-panel")).toContainText("attacks");

  // The text view shows it on the claim card, now and after a fresh load.
  for (let i = 0; i < 2; i++) {
    await page.goto(`/documents/${documentId}?unit=${a.id}`);
    await expect(page.getByTestId("claim-card")).toHaveAttribute("data-unit-id", a.id);
    await expect(page.getByTestId("unit-relations").locator('li[data-relation-type="ATTACKS"][data-direction="out"]')).toHaveCount(1);
  }
  await page.goto(`/documents/${documentId}?unit=${b.id}`);
  await expect(page.getByTestId("unit-relations").locator('li[data-relation-type="ATTACKS"][data-direction="in"]')).toHaveCount(1);
  await page.goto(`/documents/${documentId}/map`);
  await expect(page.getByRole("group", { name: "Relation: attacks" })).toHaveCount(attacksBefore + 1);
});

test("on the map: a verdict, a relation from the keyboard form, Delete with Undo, and SVG / PNG / JSON exports", async ({ page }) => {
  const documentId = await openDemoMap(page);
  const [a, b] = await twoVisibleClaims(page);

  // Text -> map: clicking words in the reader selects their node; the claim card is the workbench's.
  await page.locator(`#mark-${a.id}`).click();
  await expect(page.getByTestId("claim-card")).toHaveAttribute("data-unit-id", a.id);
  await expect(page.locator(`.react-flow__node[data-id="${a.id}"]`)).toHaveClass(/selected/);
  await page.getByTestId("claim-card").getByLabel("Opinion").check();
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("map-notice")).toHaveText("Saved.");
  await expect(page.locator(`[data-testid="map-node"][data-unit-id="${a.id}"]`)).toHaveAttribute("data-verdict", "OPINION");

  await page.getByRole("form", { name: "Add a relation" }).getByLabel("Relation").selectOption("SUPPORTS");
  await page.getByRole("form", { name: "Add a relation" }).getByLabel("Other unit").selectOption(b.id);
  await page.getByRole("button", { name: "Add relation" }).click();
  await expect(page.getByTestId("map-notice")).toHaveText(/Relation added/);
  await expect(page.getByTestId("unit-relations").locator('li[data-relation-type="SUPPORTS"][data-direction="out"]')).toHaveCount(1);

  // Select that relation (keyboard: focus + Enter), delete it with the Delete key, undo.
  const supports = page.getByRole("group", { name: "Relation: supports" });
  // Edges are drawn after the nodes (and only on screen): count once the new one is there.
  await expect(supports).not.toHaveCount(0);
  const count = await supports.count();
  await page.locator(`#mark-${b.id}`).click();
  await page.getByTestId("unit-relations").locator('li[data-relation-type="SUPPORTS"][data-direction="in"]').waitFor();
  const newest = page.locator(".react-flow__edge").filter({ hasText: "supports" }).last();
  await newest.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("edge-panel")).toBeVisible();
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("map-notice")).toHaveText(/Relation deleted/);
  await expect(supports).toHaveCount(count - 1);
  await page.getByRole("button", { name: "Undo delete relation (supports)" }).click();
  await expect(page.getByTestId("map-notice")).toHaveText("Undone: delete relation (supports).");
  await expect(supports).toHaveCount(count);

  // Exports: a valid SVG with every node's text, a PNG, and the ArgumentMap model.
  const nodes = await page.getByTestId("map-node").count();
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
    return readFileSync((await file.path())!);
  };
  const svg = (await download("svg")).toString("utf8");
  expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.match(/data-node-id=/g)).toHaveLength(nodes);
  expect(svg).toContain("The Washington Declaration");
  expect(svg).toContain('data-verdict="OPINION"');
  const parsed = await page.evaluate((text) => new DOMParser().parseFromString(text, "image/svg+xml").querySelector("parsererror") === null, svg);
  expect(parsed).toBe(true);

  const png = await download("png");
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(800); // IHDR width
  expect(png.length).toBeGreaterThan(20_000);

  const json = JSON.parse((await download("json")).toString("utf8")) as { format: string; document: { id: string }; nodes: { id: string; verdict: string }[] };
  expect(json.format).toBe("warrant.argument-map");
  expect(json.document.id).toBe(documentId);
  expect(json.nodes.find((n) => n.id === a.id)?.verdict).toBe("OPINION");
});

test("REST: create, change and delete a relation; self-loops, foreign units, duplicates and outsiders are refused", async ({ page, browser }) => {
  await signUp(page, "Rita Rest");
  const workspaceId = await firstWorkspaceId(page.request);
  const documentId = await importViaApi(page.request, workspaceId, "Budget", ARTICLE);
  const doc = (await (await page.request.get(`/api/v1/documents/${documentId}`)).json()) as { units: { id: string }[] };
  const [u1, u2] = doc.units.map((u) => u.id);
  const url = `/api/v1/documents/${documentId}/relations`;

  const created = await page.request.post(url, { data: { fromId: u1, toId: u2, type: "SUPPORTS" } });
  expect(created.status()).toBe(201);
  const relation = (await created.json()) as { id: string; type: string };
  expect((await page.request.post(url, { data: { fromId: u1, toId: u2, type: "SUPPORTS" } })).status()).toBe(409);
  const selfLoop = await page.request.post(url, { data: { fromId: u1, toId: u1, type: "ATTACKS" } });
  expect(selfLoop.status()).toBe(400);
  expect(((await selfLoop.json()) as { error: { code: string; message: string } }).error).toMatchObject({
    code: "VALIDATION",
    message: "A relation needs two different units.",
  });
  expect((await page.request.post(url, { data: { fromId: u1, toId: "00000000-0000-4000-8000-000000000000", type: "ATTACKS" } })).status()).toBe(400);

  const patched = await page.request.patch(`/api/v1/relations/${relation.id}`, { data: { type: "ATTACKS" } });
  expect(patched.status()).toBe(200);
  expect(((await patched.json()) as { type: string }).type).toBe("ATTACKS");
  expect((await page.request.get(`/api/v1/documents/${documentId}/map`)).status()).toBe(200);

  // Someone outside the workspace: 404, never 403. Signed out: 401.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, "Olga Outsider");
  expect((await otherPage.request.post(url, { data: { fromId: u1, toId: u2, type: "CITES" } })).status()).toBe(404);
  expect((await otherPage.request.delete(`/api/v1/relations/${relation.id}`)).status()).toBe(404);
  await other.close();
  const anonymous = await browser.newContext();
  expect((await anonymous.request.delete(`/api/v1/relations/${relation.id}`)).status()).toBe(401);
  await anonymous.close();

  expect((await page.request.delete(`/api/v1/relations/${relation.id}`)).status()).toBe(204);
  expect((await page.request.delete(`/api/v1/relations/${relation.id}`)).status()).toBe(404);
});

test("the map page passes an accessibility check: kind labels readable on every fill, the text panel reachable by keyboard", async ({ page }) => {
  await openDemoMap(page);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  // The side panel's text scrolls from the keyboard: it takes focus.
  const text = page.getByRole("region", { name: "Document text" });
  await text.focus();
  await expect(text).toBeFocused();
});
