import { describe, expect, test } from "vitest";
import { ZImportedUnit } from "./interchange";

describe("imported unit status", () => {
  test.each([
    ["OPEN", "OPEN"],
    ["APPROVED", "APPROVED"],
    // Warrant JSON / Argdown / AIF files exported before the team workflow
    ["IN_PROGRESS", "IN_REVIEW"],
    ["NEEDS_SECOND_REVIEW", "NEEDS_ADJUDICATION"],
    ["DONE", "REVIEWED"],
  ])("%s is read as %s", (given, expected) => {
    expect(ZImportedUnit.parse({ key: "u1", start: 0, end: 1, status: given }).status).toBe(expected);
  });

  test("a missing status is OPEN; an unknown one is refused", () => {
    expect(ZImportedUnit.parse({ key: "u1", start: 0, end: 1 }).status).toBe("OPEN");
    expect(ZImportedUnit.safeParse({ key: "u1", start: 0, end: 1, status: "FINISHED" }).success).toBe(false);
  });
});
