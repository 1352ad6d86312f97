// Issue 11, browser suite: markup typed into every text field stays text wherever it is shown
// (workbench, map, queue, notifications, activity, search, members, tokens, exports opened in the
// browser): no dialog, no script run, no CSP violation. URLs that would run code are refused, and
// the session cookie is HttpOnly and SameSite=Lax.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectClean, watchPage } from "./browser-guard";
import { joinByInvitation, PASSWORD, signUp, uniqueEmail } from "./fixtures";

const P = `"'><img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=1</script><svg onload=alert(1)>`;
/** For fields of at most 100 characters (names). */
const SHORT = `<img src=x onerror=alert(1)><svg onload=window.__xss=1>`;

async function json<T>(res: Awaited<ReturnType<APIRequestContext["get"]>>, status: number): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

/** What the owner stores, through the same REST API the pages use: one payload in every text field. */
async function storePayloads(owner: APIRequestContext, workspaceId: string) {
  await json(await owner.patch(`/api/v1/workspaces/${workspaceId}`, { data: { name: `WS ${SHORT}` } }), 200);
  const text = `Intro ${P} here.\n\nThe budget rose by 12 percent in 2024. Critics disputed the figure sharply.`;
  const { id: documentId } = await json<{ id: string }>(
    await owner.post(`/api/v1/workspaces/${workspaceId}/documents`, { data: { title: `Doc ${P}`, text } }),
    201,
  );
  let { units } = await json<{ units: { id: string; version: number; exact: string }[] }>(await owner.get(`/api/v1/documents/${documentId}/units`), 200);
  for (const needle of ["The budget rose", "Critics disputed"]) {
    if (units.some((u) => u.exact.includes(needle))) continue;
    const start = text.indexOf(needle);
    await json(await owner.post(`/api/v1/documents/${documentId}/units`, { data: { start, end: text.indexOf(".", start) + 1 } }), 201);
  }
  ({ units } = await json<{ units: typeof units }>(await owner.get(`/api/v1/documents/${documentId}/units`), 200));
  const unit = units.find((u) => u.exact.includes("The budget rose"))!;
  const other = units.find((u) => u.id !== unit.id)!;
  await json(
    await owner.patch(`/api/v1/units/${unit.id}`, { data: { version: unit.version, text: `Wording ${P}`, verdict: "DISPUTED", rationale: `Why ${P}` } }),
    200,
  );
  await json(await owner.post(`/api/v1/units/${unit.id}/comments`, { data: { body: `Comment ${P}` } }), 201);
  await json(
    await owner.post(`/api/v1/units/${unit.id}/sources`, {
      data: {
        url: `https://example.org/a?q=${encodeURIComponent(P)}`,
        title: `Source ${P}`,
        publisher: `Pub ${SHORT}`,
        excerpt: `Quote ${P}`,
        stance: "REFUTES",
      },
    }),
    201,
  );
  await json(await owner.post(`/api/v1/documents/${documentId}/relations`, { data: { fromId: other.id, toId: unit.id, type: "ATTACKS" } }), 201);
  await json(await owner.post("/api/v1/tokens", { data: { name: `Token ${SHORT}` } }), 201);
  return { documentId, unitId: unit.id };
}

test("markup in every text field renders as text on every page and in every export", async ({ page, playwright, baseURL, browser }) => {
  test.setTimeout(240_000);
  const watched = await watchPage(page);
  await signUp(page, "Xena Owner");
  const owner = page.request;
  const workspaceId = (await json<{ workspaces: { id: string }[] }>(await owner.get("/api/v1/workspaces"), 200)).workspaces[0]!.id;
  const { documentId, unitId } = await storePayloads(owner, workspaceId);

  // A second member with markup in their name comments and mentions the owner: a notification.
  const anon = await playwright.request.newContext({ baseURL });
  const email = uniqueEmail("mal");
  await json(await anon.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name: `Mal ${SHORT}` } }), 201);
  const { token } = await json<{ token: string }>(await anon.post("/api/v1/tokens", { data: { email, password: PASSWORD, name: "t" } }), 201);
  const member = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  await joinByInvitation(owner, member, workspaceId, email, "EDITOR");
  await json(await member.post(`/api/v1/units/${unitId}/comments`, { data: { body: `@Xena Owner look ${P}` } }), 201);
  await Promise.all([anon.dispose(), member.dispose()]);

  const shows = (text: string) => () => expect(page.locator("body")).toContainText(text);
  for (const [path, ready] of [
    ["/documents", shows(`Doc ${P}`)],
    [`/documents/${documentId}?unit=${unitId}`, shows(`Why ${P}`)],
    // The map's cards shorten long wording: its start is enough.
    [`/documents/${documentId}/map`, shows(`Wording "'><img src=x`)],
    ["/queue", () => expect(page.locator("main")).toBeVisible()],
    ["/notifications", shows(`Mal ${SHORT}`)],
    [`/workspaces/${workspaceId}/activity`, shows(`Doc ${P}`)],
    [`/workspaces/${workspaceId}/members`, shows(`Mal ${SHORT}`)],
    ["/documents/search?q=critics", shows("Critics disputed")],
    ["/documents/dashboard", () => expect(page.locator("main")).toBeVisible()],
    ["/settings/tokens", shows(`Token ${SHORT}`)],
    ["/api-docs", shows("Warrant REST API")],
  ] as const) {
    await page.goto(path);
    await ready();
    // Give an injected onerror/onload handler the time to fire.
    await page.waitForTimeout(200);
    await expectClean(page, watched, path);
  }
  // The workbench shows every field of the claim as text: wording, comment, source, quote, workspace.
  await page.goto(`/documents/${documentId}?unit=${unitId}`);
  for (const text of [`Wording ${P}`, `Comment ${P}`, `Source ${P}`, `Quote ${P}`, `Intro ${P}`, `WS ${SHORT}`]) {
    await expect(page.locator("body")).toContainText(text);
  }
  expect(await page.locator("img[src=x], svg[onload], script:not([src])").evaluateAll((els) => els.filter((e) => !e.hasAttribute("nonce")).length)).toBe(0);
  await expectClean(page, watched, "workbench fields");

  // An invitation opened signed out shows the workspace and the inviter by name.
  const invited = await json<{ url: string }>(
    await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { data: { email: uniqueEmail("guest"), role: "VIEWER" } }),
    201,
  );
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  const guestWatch = await watchPage(guest);
  await guest.goto(new URL(invited.url).pathname);
  await expect(guest.getByRole("heading", { name: /Join/ })).toContainText(`WS ${SHORT}`);
  await guest.waitForTimeout(200);
  await expectClean(guest, guestWatch, "invitation page");
  await guestContext.close();

  // The published report and a claim's embed, read signed out: every field as text, no markup runs.
  await json(await owner.patch(`/api/v1/workspaces/${workspaceId}`, { data: { methodology: `Method ${P}` } }), 200);
  const { url: reportUrl } = await json<{ url: string }>(
    await owner.post(`/api/v1/documents/${documentId}/publication`, { data: { onlyApproved: false, showReviewers: true } }),
    201,
  );
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const readerWatch = await watchPage(reader);
  const reportPath = new URL(reportUrl).pathname;
  for (const path of [reportPath, `${reportPath}/claims/1/embed`]) {
    await reader.goto(path);
    await expect(reader.locator("body")).toContainText(`Why ${P}`);
    if (path === reportPath)
      for (const text of [`Doc ${P}`, `Source ${P}`, `Quote ${P}`, `Method ${P}`, `Intro ${P}`]) await expect(reader.locator("body")).toContainText(text);
    expect(await reader.locator("img[src=x], svg[onload], script:not([type='application/ld+json'])").count()).toBe(0);
    await reader.waitForTimeout(200);
    await expectClean(reader, readerWatch, path);
  }
  await readerContext.close();

  // The map's SVG download, opened from disk as a person would: no script, no CSP to help.
  await page.goto(`/documents/${documentId}/map`);
  await expect(page.getByText(/laid out in \d+ ms/)).toBeVisible({ timeout: 30_000 });
  const [svgFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "svg", exact: true }).click()]);
  const svgPath = (await svgFile.path())!;
  expect(readFileSync(svgPath, "utf8")).toContain("Wording &quot;&apos;&gt;&lt;img src=x");
  const viewer = await page.context().newPage();
  const viewerWatch = await watchPage(viewer);
  await viewer.goto(`file://${svgPath}`);
  await viewer.waitForTimeout(300);
  await expectClean(viewer, viewerWatch, "map SVG opened from disk");

  // Server exports are downloads (never rendered inline); opened in the browser with their own
  // content type and no CSP, none runs the markup.
  const rendered: string[] = [];
  for (const format of ["json", "argdown", "aif", "claimreview", "annotations", "csv", "markdown", "graphml", "dot"]) {
    const res = await owner.get(`/api/v1/documents/${documentId}/export?format=${format}`);
    expect(res.status(), format).toBe(200);
    expect(res.headers()["content-disposition"], format).toMatch(/^attachment;/);
    expect(res.headers()["x-content-type-options"], format).toBe("nosniff");
    expect(res.headers()["content-type"], format).not.toMatch(/html/);
    const body = await res.body();
    expect(body.toString("utf8"), format).toMatch(/img src/);
    const url = `${baseURL}/__export-view/${format}`;
    await viewer.route(url, (route) => route.fulfill({ status: 200, contentType: res.headers()["content-type"]!, body }));
    // Some types (CSV, Graphviz) the browser only downloads: nothing is rendered, nothing to run.
    const shown = await viewer.goto(url).then(
      () => true,
      (e: Error) => (/Download is starting/.test(e.message) ? false : Promise.reject(e)),
    );
    if (!shown) continue;
    rendered.push(format);
    await viewer.waitForTimeout(100);
    await expectClean(viewer, viewerWatch, `${format} export opened`);
  }
  // The JSON and text ones at least are rendered (CSV and GraphML download), so the check above looked at real pages.
  expect(rendered).toEqual(expect.arrayContaining(["json", "aif", "markdown", "argdown"]));
  await viewer.close();
});

test("javascript: and data: URLs are refused wherever a URL is accepted", async ({ page }) => {
  await signUp(page, "Uri Checker");
  const api = page.request;
  const workspaceId = (await json<{ workspaces: { id: string }[] }>(await api.get("/api/v1/workspaces"), 200)).workspaces[0]!.id;
  const { id: documentId } = await json<{ id: string }>(
    await api.post(`/api/v1/workspaces/${workspaceId}/documents`, { data: { title: "Links", text: "The budget rose by 12 percent." } }),
    201,
  );
  const { units } = await json<{ units: { id: string }[] }>(await api.get(`/api/v1/documents/${documentId}/units`), 200);
  const unitId = units[0]?.id ?? (await json<{ id: string }>(await api.post(`/api/v1/documents/${documentId}/units`, { data: { start: 0, end: 10 } }), 201)).id;
  for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x"]) {
    const refusals = [
      await api.post(`/api/v1/units/${unitId}/sources`, { data: { url, title: "t", stance: "SUPPORTS" } }),
      await api.post(`/api/v1/workspaces/${workspaceId}/documents`, { data: { title: "t", text: "Some text.", sourceUrl: url } }),
      await api.post(`/api/v1/workspaces/${workspaceId}/imports`, { data: { url } }),
    ];
    for (const res of refusals) {
      expect(res.status(), `${url}: ${await res.text()}`).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toMatch(/http\(s\) URL/);
    }
  }
});

test("the session cookie is HttpOnly and SameSite=Lax, and not readable from the page", async ({ page }) => {
  await signUp(page, "Coco Cookie");
  const session = (await page.context().cookies()).find((c) => /authjs\.session-token$/.test(c.name));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
  // Plain HTTP here; over TLS Auth.js names it __Secure-authjs.session-token and sets Secure.
  expect(session!.secure).toBe(false);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

/** Over TLS (as a proxy in front of the app reports it), Auth.js sets the Secure flag and the __Secure- prefix. */
test("over TLS the session cookie is Secure", async ({ playwright, baseURL }) => {
  const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const email = uniqueEmail("tls");
  await json(await ctx.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name: "Tess Tls" } }), 201);
  // The CSRF cookie comes back Secure, which a client on plain HTTP keeps to itself: send it by hand.
  const csrf = await ctx.get("/api/auth/csrf");
  const { csrfToken } = await json<{ csrfToken: string }>(csrf, 200);
  const csrfCookie = csrf
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0])
    .join("; ");
  expect(csrfCookie).toContain("__Host-authjs.csrf-token=");
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { email, password: PASSWORD, csrfToken },
    headers: { cookie: csrfCookie },
    maxRedirects: 0,
  });
  const cookies = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token"));
  expect(cookies, JSON.stringify(res.headersArray())).toHaveLength(1);
  expect(cookies[0]!.value).toMatch(/^__Secure-authjs\.session-token=/);
  expect(cookies[0]!.value).toMatch(/; Secure/i);
  expect(cookies[0]!.value).toMatch(/; HttpOnly/i);
  expect(cookies[0]!.value).toMatch(/; SameSite=Lax/i);
  await ctx.dispose();
});
