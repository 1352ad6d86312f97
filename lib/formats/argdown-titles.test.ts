import { describe, expect, test } from "vitest";
import { argdownNamer } from "./argdown-titles";

describe("Argdown titles on export", () => {
  test("a unique label is the title; a generated name never takes a label's title", () => {
    const names = argdownNamer(["Claim 2", null, "Twice", "Twice", "a [bracket]"]);
    expect(names.name(null, "Claim 2")).toBe("Claim 2 (2)");
    expect(names.name("Claim 2", "Claim 1")).toBe("Claim 2");
    expect(names.name("Twice", "Claim 3")).toBe("Claim 3");
    expect(names.name("Twice", "Claim 4")).toBe("Claim 4");
    expect(names.name("a [bracket]", "Claim 5")).toBe("Claim 5");
    expect(names.fresh("Claim 5")).toBe("Claim 5 (2)");
  });
});
