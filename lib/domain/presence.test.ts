import { describe, expect, test } from "vitest";
import { initialsOf } from "./presence";

describe("initialsOf", () => {
  test.each([
    ["Ada Lovelace", "AL"],
    ["  ben  ", "BE"],
    ["Jean-Luc de la Croix", "JC"],
    ["émile zola", "ÉZ"],
    ["", "?"],
    ["X", "X"],
  ])("%j → %s", (name, initials) => expect(initialsOf(name)).toBe(initials));
});
