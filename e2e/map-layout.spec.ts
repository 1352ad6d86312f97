import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp } from "./fixtures";

// The map's automatic layout runs in a Web Worker while the nodes stand on a provisional grid
// (components/map/use-map-positions.ts). Holding the worker's script back keeps the map in that
// state for as long as the test needs, so "before the layout arrives" is not a race.

/** Where React Flow draws a node, in map coordinates (its wrapper's translate). */
async function flowPosition(node: Locator) {
  const transform = await node.evaluate((el) => (el as HTMLElement).style.transform);
  const [, x, y] = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform)!;
  return { x: Number(x), y: Number(y) };
}

async function allPositions(page: Page) {
  const out = new Map<string, { x: number; y: number }>();
  for (const node of await page.locator(".react-flow__node").all()) out.set((await node.getAttribute("data-id"))!, await flowPosition(node));
  return out;
}

/** A node fully on the canvas, clear of the minimap and the zoom controls. */
async function nodeOnScreen(page: Page): Promise<Locator> {
  const canvas = (await page.getByTestId("map-canvas").boundingBox())!;
  for (const n of await page.locator(".react-flow__node").all()) {
    const box = await n.boundingBox();
    if (
      box &&
      box.x > canvas.x + 60 &&
      box.y > canvas.y + 40 &&
      box.x + box.width < canvas.x + canvas.width - 300 &&
      box.y + box.height < canvas.y + canvas.height - 220
    )
      return n;
  }
  throw new Error("no node fully on screen");
}

/** Drags `node` by (60, 40) screen pixels; a drag is a gesture a busy machine can miss, so it is retried until the node has left `from`. */
async function drag(page: Page, node: Locator, from: { x: number; y: number }) {
  await expect(async () => {
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    const now = await flowPosition(node);
    expect(Math.hypot(now.x - from.x, now.y - from.y)).toBeGreaterThan(30);
  }).toPass({ timeout: 30_000 });
}

test("the map shows its nodes before the worker's layout arrives; then they take distinct laid-out places, and a node dragged meanwhile stays where it was dropped (undo takes it to its laid-out place)", async ({
  page,
}) => {
  await signUp(page, "Lea Layout");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  const documentId = page.url().split("/").pop()!;

  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let workerRequested = false;
  await page.route(/\/_next\/static\/chunks\/turbopack-worker-[^/]*\.js/, async (route) => {
    workerRequested = true;
    await held;
    await route.continue();
  });

  await page.goto(`/documents/${documentId}/map`);
  const canvas = page.getByTestId("map-canvas");
  await expect(page.getByTestId("map-node").first()).toBeVisible();
  await expect(canvas).toHaveAttribute("data-layout", "laying-out");
  const count = await page.getByTestId("map-node").count();
  expect(count).toBeGreaterThan(20);
  await expect(page.getByTestId("map-layout-status")).toHaveText(new RegExp(`^Laying out ${count} units…`));
  await expect(page.getByTestId("map-stats")).not.toContainText("laid out in");
  await expect.poll(() => workerRequested).toBe(true);
  const grid = await allPositions(page);

  // Drag a node that is fully on screen while the grid is shown.
  const node = await nodeOnScreen(page);
  const id = (await node.getAttribute("data-id"))!;
  await drag(page, node, grid.get(id)!);
  const dropped = await flowPosition(node);
  await expect(page.getByTestId("map-undo")).toHaveText("↶ Undo move of a node");

  // The layout arrives: every node has its own place, most left the grid, the dragged one did not move.
  release();
  await expect(page.getByTestId("map-stats")).toContainText(/laid out in \d+ ms/, { timeout: 30_000 });
  await expect(canvas).toHaveAttribute("data-layout", "done");
  await expect(page.getByTestId("map-layout-status")).toHaveCount(0);
  const laid = await allPositions(page);
  expect(laid.size).toBe(count);
  expect(new Set([...laid.values()].map((p) => `${p.x},${p.y}`)).size).toBe(count);
  const moved = [...laid].filter(([nodeId, p]) => nodeId !== id && (p.x !== grid.get(nodeId)!.x || p.y !== grid.get(nodeId)!.y));
  expect(moved.length).toBeGreaterThan(count / 2);
  expect(laid.get(id)).toEqual(dropped);

  // Undo of that early drag: the node goes to where the layout put it, not back onto the grid.
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("map-notice")).toHaveText("Undone: move of a node.");
  await expect.poll(async () => JSON.stringify(await flowPosition(node))).not.toBe(JSON.stringify(dropped));
  const undone = await flowPosition(node);
  expect(Math.hypot(undone.x - grid.get(id)!.x, undone.y - grid.get(id)!.y)).toBeGreaterThan(2);
  // Saved for everyone, and the same place a fresh load of the laid-out map gives it.
  const savedAt = async () =>
    ((await (await page.request.get(`/api/v1/documents/${documentId}/map/layout`)).json()) as { positions: Record<string, { x: number; y: number }> })
      .positions[id];
  await expect.poll(savedAt).toEqual(undone);
  await page.unroute(/turbopack-worker/);
  await page.goto(`/documents/${documentId}/map`);
  await expect(page.getByTestId("map-stats")).toContainText(/laid out in \d+ ms/, { timeout: 30_000 });
  expect(await flowPosition(page.locator(`.react-flow__node[data-id="${id}"]`))).toEqual(undone);
});

test("when the layout worker cannot start, the same layout runs on the page; Re-layout lays out again", async ({ page }) => {
  await signUp(page, "Walt Workerless");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  const documentId = page.url().split("/").pop()!;
  await page.route(/\/_next\/static\/chunks\/turbopack-worker-[^/]*\.js/, (route) => route.abort());

  await page.goto(`/documents/${documentId}/map`);
  await expect(page.getByTestId("map-stats")).toContainText(/laid out in \d+ ms/, { timeout: 30_000 });
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-layout", "done");
  await expect(page.getByTestId("map-error")).toHaveCount(0);
  const laid = await allPositions(page);
  expect(new Set([...laid.values()].map((p) => `${p.x},${p.y}`)).size).toBe(laid.size);

  // A node dragged away, then Re-layout: it goes back to its laid-out place (ELK is deterministic).
  const node = await nodeOnScreen(page);
  const id = (await node.getAttribute("data-id"))!;
  await drag(page, node, laid.get(id)!);
  await page.getByRole("button", { name: "Re-layout" }).click();
  await expect.poll(async () => (await allPositions(page)).get(id), { timeout: 30_000 }).toEqual(laid.get(id));
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-layout", "done");
  await expect(page.getByTestId("map-stats")).toContainText(/laid out in \d+ ms/);
  expect(await allPositions(page)).toEqual(laid);
});
