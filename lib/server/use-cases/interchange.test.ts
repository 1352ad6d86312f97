// Export and import through the database: a reviewed document goes out in every format, and
// AIF, Argdown and Warrant JSON come back in as new documents with the same statements,
// relations and verdicts. Against a real in-memory PGlite.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXPORT_FORMATS, IMPORT_FORMATS } from "@/lib/validation/interchange";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { importDocument } = await import("./import-document");
const { setVerdict } = await import("./set-verdict");
const { createRelation } = await import("./create-relation");
const { attachSource } = await import("./attach-source");
const { exportDocument } = await import("./export-document");
const { createApiToken } = await import("./create-api-token");
const { revokeApiToken } = await import("./revoke-api-token");
const { listApiTokens } = await import("./list-api-tokens");
const { userFromBearer, hashToken } = await import("../tokens");

const password = "correct horse battery";
const baseUrl = "https://warrant.test";
let alice: Awaited<ReturnType<typeof signUpUser>>;
let bob: Awaited<ReturnType<typeof signUpUser>>;
let docId: string;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return describeError(e).body.error.code;
  }
}

beforeAll(async () => {
  alice = await signUpUser({ input: { name: "Alice", email: "alice@example.org", password } });
  bob = await signUpUser({ input: { name: "Bob", email: "bob@example.org", password } });
  const text = "The committee met on 3 March 2024. Its chair said the budget rose by 12 percent. Critics disputed the figure.";
  docId = (
    await importDocument({ userId: alice.user.id, input: { source: "paste", workspaceId: alice.workspace.id, title: "Budget", text, author: "Jane Doe" } })
  ).id;
  const units = await db.unit.findMany({ where: { documentId: docId }, orderBy: { start: "asc" } });
  expect(units.length).toBeGreaterThanOrEqual(3);
  await setVerdict({
    userId: alice.user.id,
    input: { unitId: units[1]!.id, version: units[1]!.version, verdict: "DISPUTED", rationale: "The minutes say 8%." },
  });
  await setVerdict({ userId: alice.user.id, input: { unitId: units[0]!.id, version: units[0]!.version, verdict: "SUPPORTED", rationale: "Minutes." } });
  await db.relation.deleteMany({ where: { documentId: docId } });
  await createRelation({ userId: alice.user.id, input: { documentId: docId, fromId: units[2]!.id, toId: units[1]!.id, type: "ATTACKS" } });
  await createRelation({ userId: alice.user.id, input: { documentId: docId, fromId: units[0]!.id, toId: units[2]!.id, type: "SUPPORTS" } });
  await attachSource({ userId: alice.user.id, input: { unitId: units[1]!.id, url: "https://minutes.example.org", title: "Minutes", stance: "REFUTES" } });
});
afterAll(() => testDb.close());

/** Statements, relations and verdicts of a stored document, comparable across documents. */
async function essence(documentId: string) {
  const doc = JSON.parse((await exportDocument({ userId: alice.user.id, input: { documentId, format: "json" } }, { baseUrl })).body) as {
    nodes: { id: string; text: string; verdict: string; sources: { url: string }[] }[];
    edges: { from: string; to: string; type: string }[];
  };
  const text = new Map(doc.nodes.map((n) => [n.id, n.text]));
  return {
    verdicts: doc.nodes.map((n) => `${n.text} = ${n.verdict}`).sort(),
    relations: doc.edges.map((e) => `${text.get(e.from)} ${e.type} ${text.get(e.to)}`).sort(),
    sources: doc.nodes.flatMap((n) => n.sources.map((s) => `${n.text} <- ${s.url}`)).sort(),
  };
}

describe("exportDocument", () => {
  test.each(EXPORT_FORMATS)("%s: a file with a media type and a name", async (format) => {
    const file = await exportDocument({ userId: alice.user.id, input: { documentId: docId, format } }, { baseUrl });
    expect(file.body.length).toBeGreaterThan(50);
    expect(file.contentType).toMatch(/^[a-z]+\/[\w.+-]+/);
    expect(file.filename).toMatch(/^Budget\./);
  });

  test("404 outside the caller's workspaces, 400 for an unknown format", async () => {
    expect(await codeOf(exportDocument({ userId: bob.user.id, input: { documentId: docId, format: "json" } }, { baseUrl }))).toBe("NOT_FOUND");
    expect(await codeOf(exportDocument({ userId: alice.user.id, input: { documentId: docId, format: "pdf" } }, { baseUrl }))).toBe("VALIDATION");
  });

  test("ClaimReview carries only the Supported and Disputed claims, with permalinks", async () => {
    const { body } = await exportDocument({ userId: alice.user.id, input: { documentId: docId, format: "claimreview" } }, { baseUrl });
    const reviews = (JSON.parse(body) as { "@graph": { url: string; reviewRating: { alternateName: string } }[] })["@graph"];
    expect(reviews.map((r) => r.reviewRating.alternateName).sort()).toEqual(["Disputed", "Supported"]);
    expect(reviews[0]!.url).toMatch(new RegExp(`^${baseUrl}/documents/${docId}\\?unit=`));
  });
});

describe("importDocument from an argument file", () => {
  test.each(IMPORT_FORMATS)("%s: export -> import -> export keeps statements, relations and verdicts", async (format) => {
    const { body } = await exportDocument({ userId: alice.user.id, input: { documentId: docId, format } }, { baseUrl });
    const imported = await importDocument({ userId: bob.user.id, input: { source: "argument", workspaceId: bob.workspace.id, format, content: body } });
    const [original, copy] = await Promise.all([
      essence(docId),
      exportDocument({ userId: bob.user.id, input: { documentId: imported.id, format: "json" } }, { baseUrl }),
    ]);
    const again = JSON.parse(copy.body) as { nodes: { text: string; verdict: string }[] };
    expect(again.nodes.map((n) => `${n.text} = ${n.verdict}`).sort()).toEqual(original.verdicts);
    expect(imported.relations).toBe(original.relations.length);
    expect(await db.activity.count({ where: { entityId: imported.id, action: "document.import.file" } })).toBe(1);
  });

  test("Warrant JSON is lossless: the same text, offsets, verdicts, relations and sources", async () => {
    const { body } = await exportDocument({ userId: alice.user.id, input: { documentId: docId, format: "json" } }, { baseUrl });
    const { id } = await importDocument({
      userId: alice.user.id,
      input: { source: "argument", workspaceId: alice.workspace.id, format: "json", content: body, title: "Copy" },
    });
    expect(await essence(id)).toEqual(await essence(docId));
    const [a, b] = await Promise.all(
      [docId, id].map((d) => db.document.findUniqueOrThrow({ where: { id: d }, include: { units: { orderBy: { start: "asc" } } } })),
    );
    expect(b!.text).toBe(a!.text);
    expect(b!.title).toBe("Copy");
    expect(b!.units.map((u) => [u.start, u.end, u.kind, u.verdict, u.rationale])).toEqual(
      a!.units.map((u) => [u.start, u.end, u.kind, u.verdict, u.rationale]),
    );
    // Sources are reused by URL within the workspace, not duplicated.
    expect(await db.source.count({ where: { workspaceId: alice.workspace.id, url: "https://minutes.example.org" } })).toBe(1);
  });

  test("an argument file is stored as the file says: no analyser run, one document.import.file activity", async () => {
    const { body } = await exportDocument({ userId: alice.user.id, input: { documentId: docId, format: "json" } }, { baseUrl });
    const { id, units } = await importDocument({
      userId: alice.user.id,
      input: { source: "argument", workspaceId: alice.workspace.id, format: "json", content: body },
    });
    const activity = await db.activity.findMany({ where: { documentId: id }, select: { action: true } });
    expect(activity.map((a) => a.action)).toEqual(["document.import.file"]);
    expect(await db.unit.count({ where: { documentId: id } })).toBe(units);
    expect(units).toBe((JSON.parse(body) as { nodes: unknown[] }).nodes.length);
  });

  test.each([
    [{ format: "aif", content: "{}" }, "VALIDATION"],
    [{ format: "argdown", content: "[A]: x\n  +>" }, "VALIDATION"],
    [{ format: "json", content: '{"format":"other"}' }, "VALIDATION"],
    [{ format: "docx", content: "x" }, "VALIDATION"],
    [{ format: "json", content: "x".repeat(4 * 1024 * 1024 + 1) }, "PAYLOAD_TOO_LARGE"],
  ] as const)("refuses a bad file %#, leaving nothing behind", async (input, code) => {
    const before = await db.document.count();
    expect(await codeOf(importDocument({ userId: alice.user.id, input: { source: "argument", workspaceId: alice.workspace.id, ...input } }))).toBe(code);
    expect(await db.document.count()).toBe(before);
  });

  test("another workspace is NOT_FOUND", async () => {
    const content = "[A]: Alpha.\n";
    expect(
      await codeOf(importDocument({ userId: bob.user.id, input: { source: "argument", workspaceId: alice.workspace.id, format: "argdown", content } })),
    ).toBe("NOT_FOUND");
  });
});

describe("API tokens", () => {
  const bearer = (token: string) => new Request("http://x/api", { headers: { authorization: `Bearer ${token}` } });

  test("email + password -> a wrt_ token shown once, stored hashed, that authenticates as its owner", async () => {
    const created = await createApiToken({ input: { name: "ci", email: "ALICE@example.org", password } });
    expect(created.token).toMatch(/^wrt_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, omit: { tokenHash: false } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.lastUsedAt).toBeNull();
    expect(await userFromBearer(bearer(created.token))).toMatchObject({ id: alice.user.id, email: "alice@example.org" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    expect(await db.activity.count({ where: { entityId: created.id, action: "token.create" } })).toBe(1);
  });

  test("revoked, unknown or malformed tokens are 401; no header is no bearer user", async () => {
    const { id, token } = await createApiToken({ userId: alice.user.id, input: { name: "temp" } });
    expect(await codeOf(revokeApiToken({ userId: bob.user.id, input: { tokenId: id } }))).toBe("NOT_FOUND");
    await revokeApiToken({ userId: alice.user.id, input: { tokenId: id } });
    expect(await codeOf(userFromBearer(bearer(token)))).toBe("UNAUTHENTICATED");
    expect(await codeOf(userFromBearer(bearer("wrt_nope")))).toBe("UNAUTHENTICATED");
    expect(await codeOf(userFromBearer(new Request("http://x", { headers: { authorization: "Basic abc" } })))).toBe("UNAUTHENTICATED");
    expect(await userFromBearer(new Request("http://x"))).toBeNull();
    const listed = await listApiTokens({ userId: alice.user.id });
    expect(listed.find((t) => t.id === id)?.revokedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain("wrt_");
  });

  test.each([
    [{ name: "x", email: "alice@example.org", password: "wrong password" }, "UNAUTHENTICATED"],
    [{ name: "x", email: "nobody@example.org", password }, "UNAUTHENTICATED"],
    [{ name: "", email: "alice@example.org", password }, "VALIDATION"],
  ])("refuses %j", async (input, code) => {
    expect(await codeOf(createApiToken({ input }))).toBe(code);
  });

  // Throttling of wrong passwords (per account, address and both, in the database): throttle.test.ts.
});

describe("importDocument from a URL or a file", () => {
  const PAGE = `<!doctype html><html><head><title>Site | Budget row</title>
    <meta property="og:site_name" content="The Paper"><meta name="author" content="Meta Author">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget row deepens","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2024-03-04T08:00:00Z"}</script>
    </head><body><nav>Home | World</nav><article><h1>Budget row deepens</h1>
    <p>The committee met on 3 March 2024 in Geneva. Its chair said the budget rose by 12 percent, a figure critics disputed.</p>
    <p>"It is simply wrong," said one member of the committee, who asked not to be named because the talks were private.</p>
    <p>The next meeting is planned for June, when the final accounts will be published in full.</p></article>
    <footer>Copyright</footer></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === "/article") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    else res.writeHead(404).end();
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.WARRANT_ALLOW_PRIVATE_URLS = "1";
  });
  afterAll(() => {
    delete process.env.WARRANT_ALLOW_PRIVATE_URLS;
    server.close();
  });

  test("a URL: article body and metadata, raw snapshot with its SHA-256 and fetch time, progress in order", async () => {
    const stages: string[] = [];
    const { id } = await importDocument(
      { userId: alice.user.id, input: { source: "url", workspaceId: alice.workspace.id, url: `${base}/article` } },
      { onProgress: (s) => void stages.push(s) },
    );
    expect(stages).toEqual(["fetching", "extracting", "analysing", "saving"]);
    const doc = await db.document.findUniqueOrThrow({ where: { id }, include: { units: true } });
    expect(doc).toMatchObject({ title: "Budget row deepens", author: "Jane Doe", publisher: "The Paper", sourceUrl: `${base}/article`, rawSnapshot: PAGE });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe("2024-03-04");
    expect(doc.rawSha256).toBe(createHash("sha256").update(PAGE).digest("hex"));
    expect(doc.fetchedAt).not.toBeNull();
    expect(doc.text).toContain("The committee met on 3 March 2024 in Geneva.");
    expect(doc.text).not.toMatch(/Home \| World|Copyright/);
    expect(doc.units.length).toBeGreaterThan(0);
  });

  test("a .txt upload keeps its bytes as the snapshot; a failed fetch leaves nothing", async () => {
    const bytes = new TextEncoder().encode("Officials said the bridge will open in 2027. Engineers doubt it.");
    const { id } = await importDocument({
      userId: alice.user.id,
      input: { source: "file", workspaceId: alice.workspace.id, file: { name: "bridge-notes.txt", type: "text/plain", bytes } },
    });
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "bridge notes", rawContentType: "text/plain", fetchedAt: null });
    const before = await db.document.count();
    expect(await codeOf(importDocument({ userId: alice.user.id, input: { source: "url", workspaceId: alice.workspace.id, url: `${base}/missing` } }))).toBe(
      "VALIDATION",
    );
    expect(
      await codeOf(
        importDocument({
          userId: alice.user.id,
          input: { source: "file", workspaceId: alice.workspace.id, file: { name: "x.exe", type: "application/x-msdownload", bytes } },
        }),
      ),
    ).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await codeOf(importDocument({ userId: bob.user.id, input: { source: "url", workspaceId: alice.workspace.id, url: `${base}/article` } }))).toBe(
      "NOT_FOUND",
    );
    expect(await db.document.count()).toBe(before);
  });
});
