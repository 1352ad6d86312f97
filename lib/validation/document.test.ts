import { describe, expect, test } from "vitest";
import { ZImportDocumentInput } from "./document";
import { MAX_DOCUMENT_BYTES } from "./limits";

const ok = { title: "A title", text: "Some text." };

describe("ZImportDocumentInput", () => {
  test("accepts a title and text, dropping empty optional fields", () => {
    const r = ZImportDocumentInput.parse({ ...ok, author: "", sourceUrl: "", publishedAt: "" });
    expect(r).toEqual({ title: "A title", text: "Some text." });
  });

  test.each([
    [{ ...ok, text: "   \n " }, "empty"],
    [{ ...ok, title: "" }, "title"],
    [{ ...ok, sourceUrl: "javascript:alert(1)" }, "http(s)"],
    [{ ...ok, sourceUrl: "ftp://example.org/x" }, "http(s)"],
    [{ ...ok, publishedAt: "12/07/2024" }, "2024-07-12"],
    [{ ...ok, text: "é".repeat(MAX_DOCUMENT_BYTES / 2 + 1) }, "MB limit"],
  ])("refuses %j with a message about %s", (input, fragment) => {
    const r = ZImportDocumentInput.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(" ")).toContain(fragment);
  });

  test("keeps the text exactly as given (no trimming of the original)", () => {
    const text = "  Indented first line.\n\nSecond.  ";
    expect(ZImportDocumentInput.parse({ ...ok, text }).text).toBe(text);
  });
});
