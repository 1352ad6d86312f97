// The map page in Chromium (part of `npm run bench:map`): a production build on a fresh embedded
// database, a generated 2,000-unit article (the one bench:workbench reads), and the time from
// navigation start until the first map node is drawn and until the automatic layout is applied.
// Both are read inside the page (performance.now(), whose origin is the navigation's start), so
// Playwright's polling adds nothing. Goal (issue 12): first nodes < 1.5 s.
import { chromium, type Page } from "@playwright/test";
import { benchArticle } from "./article";
import { benchServer, ensureBuilt } from "./server";

export const FIRST_NODE_GOAL_MS = 1500;

export interface BrowserMapResult {
  units: number;
  stats: string;
  runs: number;
  /** Medians over the runs, in ms since navigation start. */
  firstByte: number;
  firstNode: number;
  laidOut: number;
  worstFirstNode: number;
  firstNodes: number[];
}

declare global {
  interface Window {
    __mapBench?: { firstNode?: number; laidOut?: number };
  }
}

/**
 * Checked every frame: a frame only runs when the main thread is free, so a node counts once it
 * can actually be painted (React Flow keeps nodes `visibility: hidden` until it has measured them).
 * Cheap on a large page: live collections instead of a selector scan of the whole DOM each frame,
 * and style is read only once a node exists. A string, not a function: tsx's transform would add
 * helpers the page does not have.
 */
const WATCH_MAP = `(() => {
  const times = {};
  window.__mapBench = times;
  const nodes = document.getElementsByClassName("react-flow__node");
  const tick = () => {
    if (times.firstNode === undefined) {
      const node = nodes[0];
      if (node && getComputedStyle(node).visibility !== "hidden" && node.getBoundingClientRect().width > 0) times.firstNode = performance.now();
    } else if (times.laidOut === undefined && document.querySelector('[data-testid="map-stats"]')?.textContent?.includes("laid out in")) {
      times.laidOut = performance.now();
    }
    if (times.firstNode === undefined || times.laidOut === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Imports the article; an import that went to the job queue (202 {jobId}) is waited for. */
async function importArticle(page: Page, base: string, workspaceId: string, text: string): Promise<string> {
  const res = await page.request.post(`${base}/api/v1/workspaces/${workspaceId}/documents`, { data: { title: "Bench article", text }, timeout: 300_000 });
  const body = (await res.json()) as { id?: string; jobId?: string };
  if (res.status() === 201 && body.id) return body.id;
  if (res.status() !== 202 || !body.jobId) throw new Error(`import: ${res.status()} ${JSON.stringify(body)}`);
  for (let i = 0; i < 600; i++) {
    const job = (await (await page.request.get(`${base}/api/v1/jobs/${body.jobId}`)).json()) as { state: string; documentId?: string; error?: unknown };
    if (job.state === "done" && job.documentId) return job.documentId;
    if (job.state === "failed") throw new Error(`import job failed: ${JSON.stringify(job.error)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the import job did not finish in 5 minutes");
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureMapInBrowser(opts: { units: number; runs: number; port: number }): Promise<BrowserMapResult> {
  ensureBuilt();
  const server = await benchServer("pglite", opts.port);
  await server.start();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const base = server.base;
    await page.goto(`${base}/signup`);
    await page.getByLabel("Name").fill("Bench");
    await page.getByLabel("Email").fill(`bench-map-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("bench password 123");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/documents$/);
    const ws = ((await (await page.request.get(`${base}/api/v1/workspaces`)).json()) as { workspaces: { id: string }[] }).workspaces[0]!.id;
    const id = await importArticle(page, base, ws, benchArticle(opts.units));
    const units = ((await (await page.request.get(`${base}/api/v1/documents/${id}`)).json()) as { units: unknown[] }).units.length;

    await page.addInitScript({ content: WATCH_MAP });
    const firstByte: number[] = [];
    const firstNode: number[] = [];
    const laidOut: number[] = [];
    let stats = "";
    // One load first to warm the server's caches and the browser's code cache; not counted.
    for (let run = 0; run <= opts.runs; run++) {
      await page.goto(`${base}/documents/${id}/map`);
      await page.waitForFunction(() => window.__mapBench?.firstNode !== undefined && window.__mapBench?.laidOut !== undefined, null, { timeout: 120_000 });
      const t = await page.evaluate(() => ({
        ...window.__mapBench!,
        firstByte: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseStart,
      }));
      stats = (await page.getByTestId("map-stats").textContent()) ?? "";
      console.log(
        `  map load ${run === 0 ? "(warm-up)" : run}: first byte ${Math.round(t.firstByte)} ms, first node ${Math.round(t.firstNode!)} ms, laid out ${Math.round(t.laidOut!)} ms`,
      );
      if (run === 0) continue;
      firstByte.push(t.firstByte);
      firstNode.push(t.firstNode!);
      laidOut.push(t.laidOut!);
    }
    return {
      units,
      stats: stats.replace(/\s+/g, " ").trim(),
      runs: opts.runs,
      firstByte: median(firstByte),
      firstNode: median(firstNode),
      laidOut: median(laidOut),
      worstFirstNode: Math.max(...firstNode),
      firstNodes: firstNode,
    };
  } finally {
    await browser.close();
    await server.dispose();
  }
}

export function browserTable(r: BrowserMapResult): string {
  const met = r.firstNode < FIRST_NODE_GOAL_MS ? "met" : "MISSED";
  return [
    `| units | map | first byte ms | first node ms (median of ${r.runs}) | worst first node ms | layout applied ms (median) | goal: first node < 1.5 s |`,
    "| ---: | --- | ---: | ---: | ---: | ---: | --- |",
    `| ${r.units.toLocaleString("en")} | ${r.stats} | ${Math.round(r.firstByte)} | ${Math.round(r.firstNode)} | ${Math.round(r.worstFirstNode)} | ${Math.round(r.laidOut)} | ${met} |`,
  ].join("\n");
}
