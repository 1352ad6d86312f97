import { describe, expect, test } from "vitest";
import { invitationState, leavesNoOwner, mayWorkOnClaim } from "./membership";
import type { Role } from "./vocabulary";

describe("leavesNoOwner", () => {
  test.each<[number, Role, Role | null, boolean]>([
    [1, "OWNER", null, true],
    [1, "OWNER", "EDITOR", true],
    [1, "OWNER", "VIEWER", true],
    [1, "OWNER", "OWNER", false],
    [2, "OWNER", null, false],
    [2, "OWNER", "REVIEWER", false],
    [1, "EDITOR", null, false],
    [1, "REVIEWER", "OWNER", false],
    [1, "VIEWER", null, false],
  ])("%i owner(s), %s -> %s: %s", (owners, from, to, expected) => {
    expect(leavesNoOwner({ owners, from, to })).toBe(expected);
  });
});

describe("invitationState", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const later = new Date("2026-12-08T12:00:00Z");
  const earlier = new Date("2026-11-30T12:00:00Z");
  test.each([
    ["pending", { acceptedAt: null, revokedAt: null, expiresAt: later }],
    ["expired", { acceptedAt: null, revokedAt: null, expiresAt: earlier }],
    ["expired", { acceptedAt: null, revokedAt: null, expiresAt: now }],
    ["accepted", { acceptedAt: earlier, revokedAt: null, expiresAt: earlier }],
    ["revoked", { acceptedAt: null, revokedAt: earlier, expiresAt: later }],
  ] as const)("%s", (state, row) => {
    expect(invitationState(row, now)).toBe(state);
  });
});

describe("mayWorkOnClaim (assigned-only workspaces)", () => {
  const unit = { assigneeId: "ann", secondAssigneeId: "ben" };
  test.each<[Role, string, boolean, boolean]>([
    ["REVIEWER", "cat", false, true],
    ["REVIEWER", "cat", true, false],
    ["REVIEWER", "ann", true, true],
    ["REVIEWER", "ben", true, true],
    ["EDITOR", "cat", true, true],
    ["OWNER", "cat", true, true],
  ])("%s %s, assignedOnly %s: %s", (role, userId, assignedOnly, allowed) => {
    expect(mayWorkOnClaim({ role, userId, assignedOnly, unit })).toBe(allowed);
  });
});
