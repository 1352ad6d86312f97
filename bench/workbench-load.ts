// npm run bench:workbench — is a document with 2,000 units usable? Builds the app if needed,
// starts it on a throwaway embedded database, imports a 2,000-sentence article and measures in
// Chromium: time to the first screen (text highlighted, claim card shown) and j/k latency.
// Goal: first screen < 1.5 s. Results: bench/results/workbench.md.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { benchArticle } from "./article";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const RUNS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const base = `http://127.0.0.1:${PORT}`;
const dist = process.env.WARRANT_DIST_DIR || ".next";
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "bench-secret-0123456789abcdef0123456789", NODE_ENV: "production" };
delete env.DATABASE_URL;
const bin = (name: string) => path.join("node_modules", ".bin", name);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!existsSync(path.join(dist, "BUILD_ID"))) execFileSync(bin("next"), ["build"], { stdio: "inherit", env });
  const dataDir = mkdtempSync(path.join(tmpdir(), "warrant-bench-"));
  const dbEnv = { ...env, WARRANT_DATA_DIR: dataDir };
  execFileSync(bin("prisma"), ["migrate", "deploy"], { stdio: "ignore", env: dbEnv });
  const server = spawn(bin("next"), ["start", "-p", String(PORT)], { env: dbEnv, stdio: "ignore" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/signup`);
    await page.getByLabel("Name").fill("Bench");
    await page.getByLabel("Email").fill(`bench-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("bench password 123");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/documents$/);
    const ws = (await (await page.request.get(`${base}/api/v1/workspaces`)).json()).workspaces[0].id;
    const text = benchArticle(UNITS);
    const t0 = performance.now();
    const res = await page.request.post(`${base}/api/v1/workspaces/${ws}/documents`, { data: { title: "Bench article", text }, timeout: 300_000 });
    const importMs = performance.now() - t0;
    const { id, units } = await res.json();

    const first: number[] = [];
    const keys: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await page.goto(`${base}/documents/${id}`);
      await page.getByTestId("claim-card").waitFor();
      await page.locator("mark.unit-mark").first().waitFor();
      first.push(performance.now() - start);
      const k0 = performance.now();
      await page.keyboard.press("j");
      await page.locator('[data-testid="claim-card"]').filter({ hasText: "Nairobi" }).waitFor();
      keys.push(performance.now() - k0);
    }
    const row = `| ${units} | ${(text.length / 1024).toFixed(0)} KB | ${importMs.toFixed(0)} | ${median(first).toFixed(0)} | ${Math.max(...first).toFixed(0)} | ${median(keys).toFixed(0)} | ${median(first) < 1500 ? "met" : "MISSED"} |`;
    const table = [
      "| units | text | import ms | first screen ms (median of 5) | worst ms | j latency ms (median) | goal < 1.5 s |",
      "|---|---|---|---|---|---|---|",
      row,
    ].join("\n");
    console.log(table);
    writeFileSync(
      "bench/results/workbench.md",
      `# Workbench load (npm run bench:workbench)\n\n${new Date().toISOString()} · Chromium headless, production build, embedded PGlite, 2 cores.\n"First screen" = navigation until the text is highlighted and the claim card is shown.\n\n${table}\n`,
    );
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench:workbench failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
