import { expect, test, type Locator, type Page } from "@playwright/test";
import { drawBetween, signUp } from "./fixtures";

// Drawing on the argument map: big handles, a chooser that names both units, undo / redo
// through the server, and a first view that can be read.

const READABLE_ZOOM = 0.6;
const KIND_LABEL: Record<string, string> = { CLAIM: "Claim", PREMISE: "Premise", EVIDENCE: "Evidence", CONTEXT: "Context" };

async function openDemoDocument(page: Page): Promise<string> {
  await signUp(page, "Dora Drawer");
  await page.getByRole("link", { name: /NATO/ }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function openMap(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("map-node").first()).toBeVisible();
  await expect(page.getByText(/laid out in \d+ ms/)).toBeVisible({ timeout: 30_000 });
}

/** React Flow's zoom, read from the viewport's transform. */
async function zoom(page: Page): Promise<number> {
  const transform = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)![1]);
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Is the node's whole box inside the canvas? `clear`: and not under the minimap or the zoom controls, to draw on. */
async function fullyOnCanvas(page: Page, node: Locator, clear = false) {
  const canvas = (await page.getByTestId("map-canvas").boundingBox())!;
  const box = await node.boundingBox();
  if (!box || box.x < canvas.x || box.y < canvas.y || box.x + box.width > canvas.x + canvas.width || box.y + box.height > canvas.y + canvas.height)
    return false;
  if (!clear) return true;
  const margin = 20; // the handles stick out of the box
  const grown = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  for (const overlay of [".react-flow__minimap", ".react-flow__controls"]) if (overlaps(grown, (await page.locator(overlay).boundingBox())!)) return false;
  return grown.y >= canvas.y;
}

async function relationsOf(page: Page, documentId: string) {
  const res = await page.request.get(`/api/v1/documents/${documentId}/map`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { edges: { id: string; from: string; to: string; type: string }[] }).edges;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("draw a relation from handle to handle, the chooser names both units; Ctrl+Z undoes it on the server, Ctrl+Shift+Z redoes it", async ({ page }) => {
  const documentId = await openDemoDocument(page);
  const before = await relationsOf(page, documentId);
  await openMap(page, `/documents/${documentId}/map`);

  // Two nodes on screen; the target has no supporter yet (no "+n" badge), so "supports" is new.
  const onScreen: { id: string; kind: string; words: string; supported: boolean }[] = [];
  for (const node of await page.getByTestId("map-node").all()) {
    if (!(await fullyOnCanvas(page, node, true))) continue;
    const text = (await node.locator("div.whitespace-pre").first().textContent())!.trim();
    onScreen.push({
      id: (await node.getAttribute("data-unit-id"))!,
      kind: (await node.getAttribute("data-kind"))!,
      words: text.slice(0, 14),
      supported: /\+\d/.test((await node.textContent()) ?? ""),
    });
  }
  const b = onScreen.find((n) => !n.supported)!;
  const a = onScreen.find((n) => n.id !== b.id)!;
  expect(a && b).toBeTruthy();

  // The handles are big enough to hit.
  const handle = (await page.locator(`.react-flow__node[data-id="${a.id}"] .react-flow__handle-top`).boundingBox())!;
  expect(handle.width / (await zoom(page))).toBeGreaterThanOrEqual(14);

  // Escape cancels without writing anything.
  let dialog = await drawBetween(page, a.id, b.id);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await relationsOf(page, documentId)).toHaveLength(before.length);

  dialog = await drawBetween(page, a.id, b.id);
  const supports = dialog.locator('button[data-relation-type="SUPPORTS"]');
  const sentence = new RegExp(`^${KIND_LABEL[a.kind]} .*${escape(a.words)}.* supports ${KIND_LABEL[b.kind]} .*${escape(b.words)}`);
  await expect(supports).toHaveText(sentence);
  await expect(dialog.locator('button[data-relation-type="ATTACKS"]')).toHaveText(/ attacks /);
  await supports.click();
  await expect(page.getByTestId("map-notice")).toHaveText(/Relation added/);
  await expect(page.getByTestId("edge-panel")).toContainText("supports");
  const created = (await relationsOf(page, documentId)).find((r) => r.from === a.id && r.to === b.id && r.type === "SUPPORTS");
  expect(created).toBeTruthy();

  // The toolbar says what Undo will take back; Ctrl+Z does it through the server.
  await expect(page.getByTestId("map-undo")).toHaveText("↶ Undo add relation (supports)");
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("map-notice")).toHaveText("Undone: add relation (supports).");
  await expect(page.locator(`.react-flow__edge[data-id="${created!.id}"]`)).toHaveCount(0);
  expect((await relationsOf(page, documentId)).some((r) => r.id === created!.id)).toBe(false);

  // Redo draws it again (a new id); undo of that removes the new copy.
  await expect(page.getByTestId("map-redo")).toHaveText("↷ Redo add relation (supports)");
  await page.keyboard.press("Control+Shift+z");
  await expect(page.getByTestId("map-notice")).toHaveText("Redone: add relation (supports).");
  const again = (await relationsOf(page, documentId)).filter((r) => r.from === a.id && r.to === b.id && r.type === "SUPPORTS");
  expect(again).toHaveLength(1);
  await page.getByTestId("map-undo").click();
  await expect(page.getByTestId("map-notice")).toHaveText("Undone: add relation (supports).");

  // Gone after a reload, on the server and on the map.
  await openMap(page, `/documents/${documentId}/map`);
  expect(await relationsOf(page, documentId)).toHaveLength(before.length);
  await expect(page.locator(`.react-flow__edge[data-id="${again[0]!.id}"]`)).toHaveCount(0);
  await expect(page.getByTestId("map-undo")).toBeDisabled();
});

test("a type change undone by someone else's edit meanwhile: the undo is refused with a clear message", async ({ page }) => {
  const documentId = await openDemoDocument(page);
  const [relation] = await relationsOf(page, documentId);
  expect(relation).toBeTruthy();
  await openMap(page, `/documents/${documentId}/map?unit=${relation!.from}`);
  const edge = page.locator(`.react-flow__edge[data-id="${relation!.id}"]`);
  await edge.focus();
  await page.keyboard.press("Enter");
  const next = relation!.type === "ATTACKS" ? "CITES" : "ATTACKS";
  await page.getByTestId("edge-panel").getByLabel("Type").selectOption(next);
  await expect(page.getByTestId("map-notice")).toHaveText("Relation changed.");
  // Someone else changes it again (through the API) before the undo.
  expect((await page.request.patch(`/api/v1/relations/${relation!.id}`, { data: { type: "REPHRASES" } })).status()).toBe(200);
  await page.getByTestId("map-undo").click();
  await expect(page.getByTestId("map-error")).toHaveText(/^Could not undo “type change \(\w+ → \w+\)”: Someone else changed this relation/);
  // Their type is shown, and nothing was overwritten.
  await expect(page.getByTestId("edge-panel").getByLabel("Type")).toHaveValue("REPHRASES");
  expect((await relationsOf(page, documentId)).find((r) => r.id === relation!.id)?.type).toBe("REPHRASES");
});

test("the map opens readable: on the selected unit's neighbourhood, or never below a readable zoom; Fit all shows everything", async ({ page }) => {
  const documentId = await openDemoDocument(page);
  const edges = await relationsOf(page, documentId);
  // The unit with the fewest relations (at least one), the latest in the list: its neighbourhood fits readably.
  const neighboursOf = (id: string) => [...new Set(edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : [])))];
  const ends = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const fewest = Math.min(...ends.map((id) => neighboursOf(id).length));
  const unitId = ends.filter((id) => neighboursOf(id).length === fewest).at(-1)!;
  const neighbours = neighboursOf(unitId);

  await openMap(page, `/documents/${documentId}/map?unit=${unitId}`);
  expect(await zoom(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);
  const selected = page.locator(`.react-flow__node[data-id="${unitId}"]`);
  await expect(selected).toHaveClass(/selected/);
  expect(await fullyOnCanvas(page, selected)).toBe(true);
  for (const id of neighbours) expect(await fullyOnCanvas(page, page.locator(`.react-flow__node[data-id="${id}"]`))).toBe(true);

  await openMap(page, `/documents/${documentId}/map`);
  expect(await zoom(page)).toBeGreaterThanOrEqual(READABLE_ZOOM);
  const total = await page.getByTestId("map-node").count();
  await page.getByRole("button", { name: "Fit all" }).click();
  // The demo map is too big to read whole: Fit all zooms out past the readable opening.
  expect(await zoom(page)).toBeLessThan(READABLE_ZOOM);
  let inside = 0;
  for (const node of await page.getByTestId("map-node").all()) if (await fullyOnCanvas(page, node)) inside++;
  expect(inside).toBe(total);
});

test("dragging a node is undone too: Ctrl+Z puts it back, for everyone", async ({ page }) => {
  const documentId = await openDemoDocument(page);
  await openMap(page, `/documents/${documentId}/map`);
  const layout = async () =>
    ((await (await page.request.get(`/api/v1/documents/${documentId}/map/layout`)).json()) as { positions: Record<string, { x: number; y: number }> })
      .positions;
  let node: Locator | undefined;
  for (const n of await page.locator(".react-flow__node").all()) if (await fullyOnCanvas(page, n, true)) node = n;
  const id = (await node!.getAttribute("data-id"))!;
  const start = (await node!.boundingBox())!;
  const z = await zoom(page);

  await expect(async () => {
    const box = (await node!.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 8 });
    await page.mouse.up();
    expect((await node!.boundingBox())!.x).toBeGreaterThan(start.x + 30);
  }).toPass({ timeout: 30_000 });
  await expect.poll(async () => (await layout())[id]).toBeTruthy();
  const moved = (await layout())[id]!;
  await expect(page.getByTestId("map-undo")).toHaveText("↶ Undo move of a node");

  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("map-notice")).toHaveText("Undone: move of a node.");
  await expect.poll(async () => Math.abs((await node!.boundingBox())!.x - start.x)).toBeLessThan(2);
  // The position before the drag is saved again (the drag went right and down).
  await expect.poll(async () => (await layout())[id]!.x).toBeLessThan(moved.x - 20 / z);
  const back = (await layout())[id]!;
  expect(back.y).toBeLessThan(moved.y);
  await openMap(page, `/documents/${documentId}/map`);
  const after = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  expect(Math.abs(after.x - start.x)).toBeLessThan(2);
  expect(Math.abs(after.y - start.y)).toBeLessThan(2);
});
