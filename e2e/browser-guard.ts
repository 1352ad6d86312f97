// Shared by the security specs: what the browser reports about CSP and injected script.
import { expect, type Page } from "@playwright/test";

/** Any `securitypolicyviolation` event is recorded in the page; CSP console messages in `problems`. */
export async function watchPage(page: Page): Promise<{ problems: string[]; dialogs: string[] }> {
  const problems: string[] = [];
  const dialogs: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  page.on("console", (msg) => {
    if (/Content[ -]Security[ -]Policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { problems, dialogs };
}

/** No CSP violation reported on the current page, no dialog, and no injected script ran. */
export async function expectClean(page: Page, watched: { problems: string[]; dialogs: string[] }, where: string) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __cspViolations?: string[]; __xss?: unknown };
    return { violations: w.__cspViolations ?? [], xss: w.__xss };
  });
  expect([...state.violations, ...watched.problems], `CSP violations on ${where}`).toEqual([]);
  expect(watched.dialogs, `dialogs on ${where}`).toEqual([]);
  expect(state.xss, `injected script ran on ${where}`).toBeUndefined();
}
