// Real files (small fixtures made with a zip writer and by hand, see fixtures/) through the same
// extractors uploads use: mammoth for .docx, unpdf (pdf.js) for .pdf.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { extractFile } from "./extract";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));

describe("extractFile on real files", () => {
  test.each([
    ["council.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["council.docx", "application/octet-stream"],
    ["council.pdf", "application/pdf"],
  ])("%s (%s) gives its text and a title from the file name", async (name, type) => {
    const { text, title } = await extractFile(name, type, fixture(name));
    expect(text).toContain("The council met in Geneva on 3 March 2024.");
    expect(text).toMatch(/Spending rose by 12 percent/);
    expect(title).toBe("council");
  });

  test.each([
    ["broken.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"],
    ["broken.pdf", "application/pdf", "PDF"],
  ])("a damaged %s is a clear validation error, not a crash", async (name, type, kind) => {
    const error = await extractFile(name, type, new TextEncoder().encode("not really a file")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).message).toContain(kind);
  });
});

test("HTML that parses to no document at all (a lone NUL byte, found by the property tests) is a 400, not a 500", async () => {
  const error = await extractFile("a.txt", "text/html", new Uint8Array([0])).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
});
