// Uploads against the production build (issue 11 finding 3): Word and PDF files are read in a
// worker thread loaded from lib/server/ingest/extract-worker.mjs, which must be found by
// `next start`; a decompression bomb is refused with 413 before it is inflated.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { documentXml, makeDocx, makePdf } from "../lib/server/testing/make-files";
import { PASSWORD, uniqueEmail } from "./fixtures";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function tokenClient(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string | undefined) {
  const anon = await playwright.request.newContext({ baseURL });
  const email = uniqueEmail("uploads");
  const signup = await anon.post("/api/v1/auth/signup", { data: { email, password: PASSWORD, name: "Upload User" } });
  expect(signup.status()).toBe(201);
  const { workspace } = (await signup.json()) as { workspace: { id: string } };
  const { token } = (await (await anon.post("/api/v1/tokens", { data: { email, password: PASSWORD, name: "uploads" } })).json()) as { token: string };
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  return { api, workspaceId: workspace.id };
}

const upload = (api: APIRequestContext, workspaceId: string, name: string, mimeType: string, buffer: Uint8Array) =>
  api.post(`/api/v1/workspaces/${workspaceId}/imports`, { multipart: { file: { name, mimeType, buffer: Buffer.from(buffer) } } });

test("Word and PDF uploads are read in the worker; a decompression bomb and a 1,001-page PDF are refused with 413", async ({ playwright, baseURL }) => {
  const { api, workspaceId } = await tokenClient(playwright, baseURL);

  const council = readFileSync(path.join(process.cwd(), "lib", "server", "ingest", "fixtures", "council.docx"));
  const word = await upload(api, workspaceId, "council.docx", DOCX, council);
  expect(word.status()).toBe(201);
  expect(((await word.json()) as { units: number }).units).toBeGreaterThan(0);

  const pdf = await upload(api, workspaceId, "budget.pdf", "application/pdf", makePdf(2, "The budget rose by 12 percent in 2024."));
  expect(pdf.status()).toBe(201);

  const bomb = makeDocx(documentXml(["a".repeat(40 * 1024 * 1024)]));
  const refused = await upload(api, workspaceId, "bomb.docx", DOCX, bomb);
  expect(refused.status()).toBe(413);
  expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
    code: "PAYLOAD_TOO_LARGE",
    message: expect.stringContaining("times larger"),
  });

  const long = await upload(api, workspaceId, "long.pdf", "application/pdf", makePdf(1001));
  expect(long.status()).toBe(413);

  const damaged = await upload(api, workspaceId, "damaged.docx", DOCX, new TextEncoder().encode("not a zip at all"));
  expect(damaged.status()).toBe(400);
});
