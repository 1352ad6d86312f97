import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { seedDemoWorkspace } = await import("./seed-demo-workspace");
const { importDocument } = await import("./import-document");
const { setVerdict } = await import("./set-verdict");
const { getDocument } = await import("./get-document");

const password = "correct horse battery";
let alice: Awaited<ReturnType<typeof signUpUser>>;
let bob: Awaited<ReturnType<typeof signUpUser>>;
const documentsAtSignUp = new Map<string, number>();

beforeAll(async () => {
  expect(await seedDemoWorkspace()).toBe("created");
  expect(await seedDemoWorkspace()).toBe("present");
  alice = await signUpUser({ input: { name: "Alice", email: "Alice@Example.org", password } });
  bob = await signUpUser({ input: { name: "Bob", email: "bob@example.org", password } });
  // What sign-up left, read before any test adds documents (each test must pass alone, in any order).
  for (const { workspace } of [alice, bob]) documentsAtSignUp.set(workspace.id, await db.document.count({ where: { workspaceId: workspace.id } }));
});
afterAll(() => testDb.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return describeError(e).body.error.code;
  }
}

describe("signUpUser", () => {
  test("the first user owns the seeded demo workspace; the next gets their own with the demo article", async () => {
    expect(alice.workspace.slug).toBe("demo");
    expect(alice.user.email).toBe("alice@example.org");
    expect(bob.workspace.slug).not.toBe("demo");
    expect(documentsAtSignUp.get(alice.workspace.id)).toBe(1);
    expect(documentsAtSignUp.get(bob.workspace.id)).toBe(1);
    const roles = await db.membership.findMany({ where: { userId: { in: [alice.user.id, bob.user.id] } } });
    expect(roles.map((m) => m.role)).toEqual(["OWNER", "OWNER"]);
  });

  test("refuses a second account with the same email, whatever its case", async () => {
    expect(await codeOf(signUpUser({ input: { name: "Eve", email: "ALICE@example.org", password: "another password" } }))).toBe("CONFLICT");
    // With the account's own password, the answer is the account itself (throttle.test.ts): no second one.
    expect((await signUpUser({ input: { name: "Eve", email: "ALICE@example.org", password } })).user.name).toBe("Alice");
    expect(await db.user.count({ where: { email: "alice@example.org" } })).toBe(1);
  });

  test("WARRANT_SIGNUP=invite-only closes sign-up once someone owns the place", async () => {
    process.env.WARRANT_SIGNUP = "invite-only";
    try {
      expect(await codeOf(signUpUser({ input: { name: "Late", email: "late@example.org", password } }))).toBe("FORBIDDEN");
    } finally {
      delete process.env.WARRANT_SIGNUP;
    }
  });

  test("stores a hash, never the password", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: alice.user.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(row.passwordHash).not.toContain(password);
  });
});

describe("importDocument", () => {
  const text = "The summit took place on July 9-11, 2024. Critics said it was a mistake.\n\nA second paragraph follows.";

  test("stores the original once, hashed, with units anchored to exact characters", async () => {
    const { id, units } = await importDocument({ userId: alice.user.id, input: { source: "paste", workspaceId: alice.workspace.id, title: "Test", text } });
    const doc = await db.document.findUniqueOrThrow({ where: { id }, include: { units: { orderBy: { start: "asc" } } } });
    expect(doc.text).toBe(text);
    expect(doc.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.units).toHaveLength(units);
    expect(units).toBeGreaterThanOrEqual(3);
    for (const u of doc.units) expect(text.slice(u.start, u.end)).toBe(u.quoteExact);
    expect(await db.activity.count({ where: { entityId: id, action: "document.import" } })).toBe(1);
  });

  test.each([
    [{ title: "Empty", text: "  \n " }, "VALIDATION"],
    [{ title: "", text: "Some text." }, "VALIDATION"],
    [{ title: "Huge", text: "a".repeat(2 * 1024 * 1024 + 1) }, "PAYLOAD_TOO_LARGE"],
  ])("refuses bad input %#, leaving nothing behind", async (input, code) => {
    const before = await db.document.count();
    expect(await codeOf(importDocument({ userId: alice.user.id, input: { source: "paste", workspaceId: alice.workspace.id, ...input } }))).toBe(code);
    expect(await db.document.count()).toBe(before);
  });

  test("a workspace the user is not a member of does not exist for them", async () => {
    expect(await codeOf(importDocument({ userId: bob.user.id, input: { source: "paste", workspaceId: alice.workspace.id, title: "x", text: "y." } }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("setVerdict", () => {
  async function firstUnit(workspaceId: string, documentId?: string) {
    return db.unit.findFirstOrThrow({ where: { document: { workspaceId }, documentId }, orderBy: { start: "asc" } });
  }
  /** A document of Alice's own for a test that writes, so no other test's verdicts meet it. */
  const ownDocument = async () =>
    (
      await importDocument({
        userId: alice.user.id,
        input: { source: "paste", workspaceId: alice.workspace.id, title: "Own", text: "The summit took place in 2024. It was a mistake." },
      })
    ).id;

  test("persists, bumps the version and writes the Activity row with before and after", async () => {
    const unit = await firstUnit(alice.workspace.id, await ownDocument());
    const updated = await setVerdict({
      userId: alice.user.id,
      input: { unitId: unit.id, version: unit.version, verdict: "DISPUTED", rationale: "  The dates are wrong. " },
    });
    expect(updated).toMatchObject({ verdict: "DISPUTED", rationale: "The dates are wrong.", version: unit.version + 1 });
    const activity = await db.activity.findFirstOrThrow({ where: { entityId: unit.id, action: "unit.verdict" } });
    expect(activity.before).toMatchObject({ verdict: "UNREVIEWED", version: unit.version });
    expect(activity.after).toMatchObject({ verdict: "DISPUTED", version: unit.version + 1 });
  });

  test("a stale version is refused with the current unit, and nothing is overwritten", async () => {
    // Someone else's write moves the version on: the version read before it is now stale.
    const documentId = await ownDocument();
    const read = await firstUnit(alice.workspace.id, documentId);
    await setVerdict({ userId: alice.user.id, input: { unitId: read.id, version: read.version, verdict: "OPINION" } });
    const unit = await firstUnit(alice.workspace.id, documentId);
    const stale = read.version;
    expect(unit.version).toBe(stale + 1);
    const error = await setVerdict({ userId: alice.user.id, input: { unitId: unit.id, version: stale, verdict: "SUPPORTED", rationale: "Looks fine." } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VERSION_CONFLICT");
    expect(((error as AppError).details as { current: { version: number } }).current.version).toBe(unit.version);
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).verdict).toBe(unit.verdict);
  });

  test.each([
    ["SUPPORTED", null, "VALIDATION"],
    ["DISPUTED", "  ", "VALIDATION"],
    ["OPINION", null, "ok"],
    ["BOGUS", "x", "VALIDATION"],
  ] as const)("%s with rationale %j -> %s", async (verdict, rationale, code) => {
    const unit = await firstUnit(bob.workspace.id);
    expect(await codeOf(setVerdict({ userId: bob.user.id, input: { unitId: unit.id, version: unit.version, verdict: verdict as "OPINION", rationale } }))).toBe(
      code,
    );
  });

  test("another workspace's unit and document are NOT_FOUND, not FORBIDDEN", async () => {
    const unit = await firstUnit(alice.workspace.id);
    expect(await codeOf(setVerdict({ userId: bob.user.id, input: { unitId: unit.id, version: unit.version, verdict: "OPINION" } }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocument({ userId: bob.user.id, input: { documentId: unit.documentId } }))).toBe("NOT_FOUND");
    expect(await codeOf(getDocument({ userId: alice.user.id, input: { documentId: "no-such-id" } }))).toBe("NOT_FOUND");
  });
});
