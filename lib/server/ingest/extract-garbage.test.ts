import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { extractFile, extractHtml } from "./extract";

// Found by bench/fuzz-api.ts: an uploaded .html of NUL bytes reached Readability without a
// document element and answered 500.
describe("HTML that is not markup", () => {
  it.each(["\u0000".repeat(100), "\u0000", "\ufffd\ufffd\u0000\u0000"])("is a validation error, not a crash: %j", (html) => {
    expect(() => extractHtml(html)).toThrow(AppError);
  });

  it("as an uploaded .html file", async () => {
    await expect(extractFile("a.html", "application/octet-stream", new Uint8Array(100))).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
