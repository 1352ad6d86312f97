// A short run of the API fuzzer (bench/fuzz-api.ts runs 10,000): malformed requests across every
// REST route of lib/validation/api-routes.ts, as a token, a browser session, anonymous and with a
// bad token. No answer may be a server error, or carry one. FUZZ_COUNT overrides the 500.
import { expect, test } from "@playwright/test";
import { fuzzFixture } from "../bench/fuzz/fixture";
import { fuzzRequests } from "../bench/fuzz/requests";
import { sendAll } from "../bench/fuzz/send";
import { rng } from "../bench/rng";

const COUNT = Number(process.env.FUZZ_COUNT ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 7);

test("what the fuzzer found: bad percent escapes, unknown API paths with a broken multipart body", async ({ request }) => {
  for (const path of ["/api/v1/documents/%zz", "/api/v1/units/%ED%A0%80", "/api/v1/workspaces/%C0%AF/documents"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
  }
  const res = await request.post("/api/v1/no-such-route", {
    headers: { "content-type": "multipart/form-data; boundary=xyz" },
    data: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\nabc',
  });
  expect(res.status()).toBe(404);
});

test(`${COUNT} malformed requests across every route: no status >= 500`, async ({ baseURL }) => {
  test.setTimeout(300_000);
  const fixture = await fuzzFixture(baseURL!, "fuzz-e2e");
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const sent = await sendAll(baseURL!, fuzzRequests(rng(SEED), fixture.ids, COUNT), fixture.creds, 3, (req, result, i) => {
    statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    if (result.status >= 500 || result.status === 0 || result.status === -1 || result.snippet) {
      failures.push(`#${i} ${result.status || result.error} ${req.method} ${req.path.slice(0, 200)} [${req.mutation}] ${result.snippet ?? ""}`);
    }
  });
  expect(sent).toBe(COUNT);
  // Most requests are refused (4xx); some well-formed ones succeed.
  expect([...statuses.keys()].some((s) => s >= 400 && s < 500)).toBe(true);
  expect(failures).toEqual([]);
});
