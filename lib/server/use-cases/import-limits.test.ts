// Issue 11 finding 4: a 1 MB Warrant JSON with 25,000 sources took 48.6 s in one transaction
// (two queries per source). Counts per import are capped (413, nothing saved) and sources are
// saved in batches: the number of queries no longer grows with the number of sources.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bigMap } from "@/lib/formats/fixtures/big-map";
import { MAX_IMPORT_RELATIONS, MAX_IMPORT_SOURCES, MAX_IMPORT_UNITS } from "@/lib/validation/limits";
import { ZImportedDocument } from "@/lib/validation/interchange";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp } = await import("../testing/fixtures");
const { importDocument } = await import("./import-document");
const { insertArgumentFileDocument } = await import("../documents");
const { fromWarrantJson } = await import("@/lib/formats/warrant-json");

let who: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  who = await signUp("Importer");
});
afterAll(() => testDb.close());

const importJson = (content: string) =>
  importDocument({ userId: who.userId, input: { source: "argument", workspaceId: who.ownWorkspaceId, format: "json", content } });
const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => ({ status: 201, code: "OK", message: "" }),
    (e: unknown) => ({ status: describeError(e).status, code: describeError(e).body.error.code, message: describeError(e).body.error.message }),
  );
const counts = async () => ({
  documents: await db.document.count({ where: { workspaceId: who.ownWorkspaceId } }),
  sources: await db.source.count({ where: { workspaceId: who.ownWorkspaceId } }),
});

describe("counts per import", () => {
  test(`a file attaching ${MAX_IMPORT_SOURCES + 1} sources is refused with 413 and nothing is saved`, async () => {
    const before = await counts();
    const refused = await statusOf(importJson(bigMap(MAX_IMPORT_SOURCES / 50 + 1, 50, 0)));
    expect(refused).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(refused.message).toContain(`at most ${MAX_IMPORT_SOURCES.toLocaleString("en")}`);
    expect(await counts()).toEqual(before);
  });

  test("statements and relations over their caps are 413s too (the schema every importer's result passes)", () => {
    const doc = (units: number, relations: number) => ({
      title: "t",
      text: "x".repeat(units + 1),
      units: Array.from({ length: units }, (_, i) => ({ key: `u${i}`, start: i, end: i + 1 })),
      relations: Array.from({ length: relations }, () => ({ from: "u0", to: "u1", type: "SUPPORTS" as const })),
    });
    const tooLarge = (d: unknown) => describeError(ZImportedDocument.safeParse(d).error).status;
    expect(tooLarge(doc(MAX_IMPORT_UNITS + 1, 0))).toBe(413);
    expect(tooLarge(doc(2, MAX_IMPORT_RELATIONS + 1))).toBe(413);
    expect(ZImportedDocument.safeParse(doc(MAX_IMPORT_UNITS, 2)).success).toBe(true);
  });
});

describe("sources are saved in batches", () => {
  /** Every Prisma call made through `tx` while `run` runs. */
  async function queriesOf(run: (tx: Parameters<typeof insertArgumentFileDocument>[0]) => Promise<unknown>): Promise<string[]> {
    const calls: string[] = [];
    await db.$transaction(
      async (tx) => {
        const counted = new Proxy(tx, {
          get(target, model: string) {
            const delegate = (target as unknown as Record<string, unknown>)[model];
            if (!delegate || typeof delegate !== "object" || /^[_$]/.test(model)) return delegate;
            return new Proxy(delegate, {
              get(d, op: string) {
                const fn = (d as Record<string, unknown>)[op];
                return typeof fn === "function" ? (...args: unknown[]) => (calls.push(`${model}.${op}`), fn.apply(d, args)) : fn;
              },
            });
          },
        });
        await run(counted);
      },
      { timeout: 60_000 },
    );
    return calls;
  }

  const save = (content: string) => (tx: Parameters<typeof insertArgumentFileDocument>[0]) => {
    const file = ZImportedDocument.parse(fromWarrantJson(content));
    return insertArgumentFileDocument(tx, {
      userId: who.userId,
      workspaceId: who.ownWorkspaceId,
      data: { title: file.title, text: file.text, author: undefined, publisher: undefined, sourceUrl: undefined, publishedAt: undefined },
      file,
      format: "json",
    });
  };

  test("the number of queries does not grow with the number of sources", async () => {
    const few = await queriesOf(save(bigMap(10, 2, 5)));
    const many = await queriesOf(save(bigMap(100, 20, 50)));
    // Per source, the old loop made a lookup and an insert (4,000 queries for 2,000 sources).
    expect(many.length).toBeLessThanOrEqual(few.length + 4);
    expect(many.length, many.join(" ")).toBeLessThan(15);
  }, 120_000);

  test("the largest allowed number of sources is saved whole, and a URL is one source however often it appears", async () => {
    const started = performance.now();
    const sameUrls = bigMap(MAX_IMPORT_SOURCES / 10, 10, 0, (_, k) => `https://shared.example.org/${k}`);
    const { sources } = await importJson(sameUrls);
    const seconds = (performance.now() - started) / 1000;
    expect(sources).toBe(MAX_IMPORT_SOURCES);
    expect(await db.source.count({ where: { workspaceId: who.ownWorkspaceId, url: { startsWith: "https://shared.example.org/" } } })).toBe(10);
    // Imported again: the 10 sources are found and reused, not duplicated.
    await importJson(sameUrls);
    expect(await db.source.count({ where: { workspaceId: who.ownWorkspaceId, url: { startsWith: "https://shared.example.org/" } } })).toBe(10);
    // Sources without a URL are each their own.
    expect((await importJson(bigMap(5, 2, 0, () => null))).sources).toBe(10);
    console.log(`${MAX_IMPORT_SOURCES} sources saved in ${seconds.toFixed(2)} s on PGlite`);
  }, 120_000);
});
