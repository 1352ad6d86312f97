// Property tests (fast-check) for every importer, through the import use case on a real PGlite:
// whatever bytes arrive as a .txt, .md, .html, .docx, .pdf upload or as a Warrant JSON, AIF or
// Argdown file, the answer is a document or a 4xx — never an unexpected exception (a 500).
// Inputs: arbitrary strings and bytes, arbitrary JSON, and mutations of valid files (which get
// much deeper into each parser than noise does). Round trips: lib/formats/round-trip.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportMap } from "@/lib/formats";
import { OPTIONS, sampleMap } from "@/lib/formats/fixtures/sample-map";
import { IMPORT_FORMATS } from "@/lib/validation/interchange";
import { describeError } from "../errors";
import { documentXml, makeDocx, makePdf } from "../testing/make-files";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { signUp } = await import("../testing/fixtures");
const { importDocument } = await import("./import-document");

let who: Awaited<ReturnType<typeof signUp>>;
beforeAll(async () => {
  who = await signUp("Fuzzer");
});
afterAll(() => testDb.close());

/** The HTTP status the import would answer with (201 when it saved a document). */
async function statusOf(input: Record<string, unknown>): Promise<number> {
  try {
    await importDocument({ userId: who.userId, input: { workspaceId: who.ownWorkspaceId, ...input } });
    return 201;
  } catch (e) {
    const { status, body } = describeError(e);
    if (status >= 500) console.error("5xx for", JSON.stringify(input).slice(0, 300), body, e);
    return status;
  }
}
const isClientAnswer = (status: number) => status === 201 || (status >= 400 && status < 500);

/** A valid text with a random slice replaced by arbitrary characters (or removed). */
const mutated = (valid: string) =>
  fc
    .tuple(fc.nat({ max: valid.length }), fc.nat({ max: 200 }), fc.string({ unit: "binary", maxLength: 40 }))
    .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
/** Valid bytes with some flipped, and maybe cut short. */
const damaged = (valid: Uint8Array) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.nat({ max: valid.length }),
    )
    .map(([flips, keep]) => {
      const out = valid.slice(0, Math.max(keep, 1));
      for (const [at, byte] of flips) if (at < out.length) out[at] = byte;
      return out;
    });

describe.each(IMPORT_FORMATS)("%s argument files", (format) => {
  const valid = exportMap(sampleMap(), format, OPTIONS);
  const content = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.json({ maxDepth: 3 }),
    mutated(valid),
    fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
  );
  test("any content: a document or a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(content, async (c) => isClientAnswer(await statusOf({ source: "argument", format, content: c }))),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("text uploads (.txt, .md, .html)", () => {
  test("any bytes: a document or a 4xx", async () => {
    const file = fc.record({
      name: fc.constantFrom("a.txt", "a.md", "a.html", "page.htm", "noext"),
      type: fc.constantFrom("text/plain", "text/markdown", "text/html", "application/xhtml+xml", ""),
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.string({ unit: "binary", maxLength: 400 }).map((s) => strToU8(s)),
        mutated(
          "<html><head><title>T</title></head><body><article><p>The budget rose by 12 percent in 2024, the minister said.</p></article></body></html>",
        ).map((s) => strToU8(s)),
      ),
    });
    await fc.assert(
      fc.asyncProperty(file, async (f) => isClientAnswer(await statusOf({ source: "file", file: { ...f, type: f.type || "application/octet-stream" } }))),
      { numRuns: 40 },
    );
  }, 120_000);
});

test("a Markdown upload whose HTML holds a NUL byte is saved, its raw bytes kept base64-encoded (found by the property above)", async () => {
  const html = "<html><body><article><p>The budget rose by 12 percent in 2024, the minister said.</\u0000p></article></body></html>";
  const bytes = strToU8(html);
  expect(await statusOf({ source: "file", file: { name: "a.txt", type: "text/markdown", bytes } })).toBe(201);
  const doc = await testDb.db.document.findFirstOrThrow({ where: { workspaceId: who.ownWorkspaceId }, orderBy: { createdAt: "desc" } });
  expect(doc.rawContentType).toBe("text/markdown; encoding=base64");
  expect(Buffer.from(doc.rawSnapshot!, "base64").toString("utf8")).toBe(html);
});

describe("Word and PDF uploads (each read in a worker: fewer runs)", () => {
  const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  const council = new Uint8Array(readFileSync(path.join(__dirname, "..", "ingest", "fixtures", "council.docx")));
  const pdf = makePdf(2, "The council met in Geneva on 3 March 2024.");

  test(".docx: damaged files, random zips, random Word XML: a document or a 4xx", async () => {
    const bytes = fc.oneof(
      damaged(council),
      fc.uint8Array({ maxLength: 200 }),
      // Entry names as keys of a plain object for zipSync: "__proto__" is no entry name there (fflate reads the
      // object's prototype through it and throws while building the test's input), so it is left out.
      fc
        .dictionary(
          fc.string({ maxLength: 20 }).filter((name) => name !== "__proto__"),
          fc.uint8Array({ maxLength: 50 }),
          { maxKeys: 4 },
        )
        .map((parts) => zipSync(parts)),
      fc.array(fc.string({ unit: "binary", maxLength: 60 }), { maxLength: 4 }).map((ps) => makeDocx(documentXml(ps))),
      mutated(documentXml(["The budget rose by 12 percent."])).map((xml) => makeDocx(xml)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => isClientAnswer(await statusOf({ source: "file", file: { name: "f.docx", type: DOCX, bytes: b } }))),
      { numRuns: 6 },
    );
  }, 120_000);

  test(".pdf: damaged files and random bytes: a document or a 4xx", async () => {
    const bytes = fc.oneof(
      damaged(pdf),
      fc.uint8Array({ maxLength: 200 }),
      mutated(new TextDecoder().decode(pdf)).map((s) => strToU8(s)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => isClientAnswer(await statusOf({ source: "file", file: { name: "f.pdf", type: "application/pdf", bytes: b } }))),
      { numRuns: 6 },
    );
  }, 120_000);
});

test("an upload of a type Warrant does not read is a 415", async () => {
  expect(await statusOf({ source: "file", file: { name: "x.exe", type: "application/x-msdownload", bytes: new Uint8Array([77, 90]) } })).toBe(415);
});
