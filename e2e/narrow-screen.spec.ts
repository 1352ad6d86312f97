// On a phone's width (390 px) every page fits the screen: the header wraps instead of pushing the
// page sideways, wide tables scroll inside their card, and the argument map keeps a canvas of its
// own above its side panel. Desks read and triage on phones between calls. On a laptop the header
// still fits one row with a search field wide enough to read.
import { expect, test, type Page } from "@playwright/test";
import { firstWorkspaceId, importViaApi, signUp } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

const TEXT =
  "The committee met on 3 March 2024 in Geneva. The minister said: “Prices will fall by 5 percent next year.” Critics disputed the figure.\n\nThe next meeting is planned for June.";

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("every page fits a phone's width, the map keeps its canvas, and at 1280 px the header is one row with room to search", async ({ page }) => {
  await signUp(page, "Phoebe Phone");
  const workspaceId = await firstWorkspaceId(page.request);
  // A long title, as imported articles have: it must not widen the document list or the search filters.
  const id = await importViaApi(
    page.request,
    workspaceId,
    "The committee's long-awaited budget hearing in Geneva, and what the minister said about prices",
    TEXT,
  );
  const pages = [
    "/documents",
    "/documents/dashboard",
    "/documents/new",
    "/documents/search?q=prices",
    "/queue",
    "/notifications",
    "/settings/account",
    "/settings/tokens",
    `/documents/${id}`,
    `/documents/${id}/map`,
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
    expect(await overflow(page), `${path} reaches past the screen's edge`).toBe(0);
  }

  // The map page: the canvas above the panel, both a usable size.
  const canvas = await page.getByTestId("map-canvas").boundingBox();
  const panel = await page.getByRole("complementary", { name: "Selection and text" }).boundingBox();
  expect(canvas!.width).toBeGreaterThan(350);
  expect(canvas!.height).toBeGreaterThan(300);
  expect(panel!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);

  // The dashboard's table scrolls inside its card: every verdict column is still there.
  await page.goto("/documents/dashboard");
  const table = page.getByTestId("dashboard-documents");
  await expect(table.getByRole("columnheader", { name: "Opinion" })).toBeAttached();
  const scroller = table.locator("xpath=..");
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === "auto")).toBe(true);

  // At a laptop's 1280 px the header is one row and its search field keeps room to read what is typed.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/documents");
  expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(70);
  expect((await page.getByRole("searchbox", { name: "Search documents and claims" }).boundingBox())!.width).toBeGreaterThanOrEqual(160);
});

test("a quotation found by search is shown in its own quotation marks, not doubled", async ({ page }) => {
  await signUp(page, "Quinn Quote");
  await importViaApi(page.request, await firstWorkspaceId(page.request), "Prices", TEXT);
  await page.goto("/documents/search?q=prices");
  const results = page.getByTestId("search-result");
  const quote = results.filter({ hasText: "Prices will fall" }).first();
  await expect(quote).toContainText("“Prices will fall");
  await expect(quote).not.toContainText("““");
  // A unit that is not a quotation is still set in quotation marks.
  await page.goto("/documents/search?q=Geneva");
  await expect(page.getByTestId("search-result").filter({ hasText: "The committee met" }).getByRole("link")).toHaveText(/^“The committee met.*”$/);
});
