import { describe, expect, test } from "vitest";
import { ACTIONS, can, type Action } from "./policy";
import { ROLES, type Role } from "./vocabulary";

describe("permission table", () => {
  test.each<[Role, Action, boolean]>([
    ["OWNER", "workspace.manage", true],
    ["EDITOR", "workspace.manage", false],
    ["EDITOR", "document.create", true],
    ["REVIEWER", "document.create", false],
    ["REVIEWER", "unit.review", true],
    ["VIEWER", "unit.review", false],
    ["VIEWER", "workspace.read", true],
    ["VIEWER", "export.read", true],
    ["REVIEWER", "member.invite", false],
    ["OWNER", "member.invite", true],
    ["EDITOR", "member.invite", false],
    ["OWNER", "member.manage", true],
    ["EDITOR", "member.manage", false],
    ["VIEWER", "member.manage", false],
    ["EDITOR", "unit.approve", true],
    ["REVIEWER", "unit.approve", false],
    ["OWNER", "document.publish", true],
    ["EDITOR", "document.publish", true],
    ["REVIEWER", "document.publish", false],
    ["VIEWER", "document.publish", false],
    ["EDITOR", "argument.edit", true],
    ["REVIEWER", "argument.edit", false],
    ["REVIEWER", "argument.review", true],
    ["VIEWER", "argument.review", false],
  ])("%s may %s: %s", (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  test("refuses by default: no role, no permission", () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  test("unknown actions are refused", () => {
    for (const role of ROLES) expect(can(role, "nope" as Action)).toBe(false);
  });

  test("every role may read its workspace", () => {
    for (const role of ROLES) expect(can(role, "workspace.read")).toBe(true);
  });
});
