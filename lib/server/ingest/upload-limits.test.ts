// Issue 11 finding 3: decompression bombs and other files that cost more to read than to send.
// A 41 KB .docx declaring 40 MB of XML is refused before anything is inflated; a zip that lies
// about its sizes is caught while the worker inflates; PDF pages are capped; the worker that
// reads Word and PDF files has a heap limit and a deadline.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { MAX_PDF_PAGES, MAX_ZIP_ENTRIES } from "@/lib/validation/limits";
import { documentXml, makeDocx, makePdf, withDeclaredSize } from "../testing/make-files";
import { extractFile } from "./extract";
import { extractInWorker } from "./extract-worker-pool";
import { checkZip } from "./zip-guard";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MB = 1024 * 1024;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message } : e),
  );

describe("Word files (zip)", () => {
  test("a 41 KB docx that unpacks to 40 MB is refused from its central directory, before anything is inflated", async () => {
    const bomb = makeDocx(documentXml(["a".repeat(40 * MB)]));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const started = performance.now();
    const refused = await failure(extractFile("bomb.docx", DOCX, bomb));
    expect(refused).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("times larger") });
    // Reading the directory only: milliseconds, where inflating and parsing 40 MB of XML takes seconds.
    expect(performance.now() - started).toBeLessThan(500);
  });

  test("many small parts that add up to more than the limit are refused", () => {
    const parts = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`word/media/part${i}.xml`, strToU8("b".repeat(MB - 1))]));
    expect(() => checkZip(makeDocx(documentXml(["x"]), parts))).toThrow(/unpack to over 64 MB/);
  });

  test("a zip with too many parts is refused", () => {
    const parts = Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`p/${i}`, new Uint8Array(1)]));
    expect(() => checkZip(makeDocx(documentXml(["x"]), parts))).toThrow(/over 2000 parts/);
  });

  test("a part that inflates to more than it declares is stopped while inflating", async () => {
    // 10 MB of XML declared as 5 KB: the directory looks harmless, the bytes are not.
    const liar = withDeclaredSize(makeDocx(documentXml(["c".repeat(10 * MB)])), "word/document.xml", 5000);
    expect(checkZip(liar).uncompressedBytes).toBeLessThan(10_000);
    expect(await failure(extractFile("liar.docx", DOCX, liar))).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("more than it declares"),
    });
  });

  test("an ordinary Word file still reads, and damaged bytes are a 400", async () => {
    const { text } = await extractFile("note.docx", DOCX, makeDocx(documentXml(["The council met in Geneva.", "It said so."])));
    expect(text).toBe("The council met in Geneva.\n\nIt said so.");
    expect(await failure(extractFile("x.docx", DOCX, strToU8("PK\u0003\u0004 not a zip")))).toMatchObject({ code: "VALIDATION" });
  });
});

describe("PDF files", () => {
  test(`a PDF over ${MAX_PDF_PAGES} pages is refused before its text is read`, async () => {
    expect(await failure(extractFile("long.pdf", "application/pdf", makePdf(MAX_PDF_PAGES + 1)))).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining(`${MAX_PDF_PAGES + 1} pages`),
    });
    expect((await extractFile("short.pdf", "application/pdf", makePdf(3, "Budget rose"))).text).toContain("Budget rose");
  });
});

describe("the extraction worker", () => {
  const council = new Uint8Array(readFileSync(path.join(__dirname, "fixtures", "council.pdf")));

  test("is stopped at its deadline: a 413 that says so", async () => {
    expect(await failure(extractInWorker("pdf", council, { timeoutMs: 1 }))).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("took over"),
    });
  });

  test("is stopped at its heap limit: a 413 that says so", async () => {
    // Word XML held whole by mammoth's parser: far more than a 16 MB heap.
    const heavy = makeDocx(documentXml(Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of a long report on the budget.`)));
    expect(await failure(extractInWorker("docx", heavy, { memoryMb: 16 }))).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("memory"),
    });
  });

  test("runs a few at a time and every caller gets its own text", async () => {
    const texts = await Promise.all([1, 2, 3, 4].map((i) => extractInWorker("docx", makeDocx(documentXml([`File number ${i}.`])))));
    expect(texts.map((t) => t.trim())).toEqual(["File number 1.", "File number 2.", "File number 3.", "File number 4."]);
  });
});
