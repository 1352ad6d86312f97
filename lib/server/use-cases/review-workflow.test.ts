// The desk workflow against a real (PGlite) database: assignment through one path, the status
// table (verdict -> REVIEWED, approve locks, reopen), "assigned only", double review with hidden
// verdicts, adjudication, agreement, queues and notifications.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Role } from "@/lib/domain/vocabulary";
import { describeError } from "../errors";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUpUser } = await import("./sign-up-user");
const { createWorkspace } = await import("./create-workspace");
const { importDocument } = await import("./import-document");
const { assignClaims } = await import("./assign-claims");
const { unassignClaims } = await import("./unassign-claims");
const { updateUnit } = await import("./update-unit");
const { setVerdict } = await import("./set-verdict");
const { transitionUnit } = await import("./transition-unit");
const { updateDocument } = await import("./update-document");
const { attachSource } = await import("./attach-source");
const { getUnitDetails } = await import("./get-unit-details");
const { getQueue } = await import("./get-queue");
const { getAgreement } = await import("./get-agreement");
const { joinByInvitation } = await import("../testing/fixtures");

const TEXT =
  "The minister said the budget rose by 12 percent in 2023. Unemployment fell to 4 percent last year. " +
  "The report shows exports doubled since 2020. Inflation reached 7 percent in March.";

type Name = "ed" | "rita" | "rob" | "vic";
const ROLES: Record<Name, Role> = { ed: "EDITOR", rita: "REVIEWER", rob: "REVIEWER", vic: "VIEWER" };
const id: Record<Name | "owner", string> = {} as never;
let workspaceId: string;
let documentId: string;

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => describeError(e).body.error.code,
  );
const claims = () => db.unit.findMany({ where: { documentId, kind: { not: "CONTEXT" } }, orderBy: { start: "asc" } });
const fresh = (unitId: string) => db.unit.findUniqueOrThrow({ where: { id: unitId } });
const notices = (userId: string, kind: string) => db.notification.count({ where: { userId, kind: kind as never } });

beforeAll(async () => {
  const owner = await signUpUser({ input: { name: "Olga", email: "olga@desk.example.org", password: "password-123" } });
  id.owner = owner.user.id;
  workspaceId = (await createWorkspace({ userId: id.owner, input: { name: "Desk" } })).id;
  for (const name of Object.keys(ROLES) as Name[]) {
    const { user } = await signUpUser({ input: { name: name[0]!.toUpperCase() + name.slice(1), email: `${name}@desk.example.org`, password: "password-123" } });
    id[name] = user.id;
    await joinByInvitation({ userId: id.owner }, workspaceId, { userId: user.id, email: `${name}@desk.example.org` }, ROLES[name]);
  }
});
beforeEach(async () => {
  documentId = (await importDocument({ userId: id.ed, input: { source: "paste", workspaceId, title: "Economy", text: TEXT } })).id;
});
afterAll(() => testDb.close());

describe("assignment", () => {
  test("one path for the card, bulk and PATCH: refuses people who may not review, notifies, and starts the review", async () => {
    const [a, b] = await claims();
    expect(await codeOf(assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [a!.id], reviewerIds: [id.vic] } }))).toBe(
      "VALIDATION",
    );
    // PATCH with an assignee goes through the same path: a VIEWER is refused there too.
    expect(await codeOf(updateUnit({ userId: id.ed, input: { unitId: a!.id, version: a!.version, assigneeId: id.vic } }))).toBe("VALIDATION");
    expect(await codeOf(updateUnit({ userId: id.rita, input: { unitId: a!.id, version: a!.version, assigneeId: id.rita } }))).toBe("FORBIDDEN");
    await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [a!.id, b!.id], reviewerIds: [id.rita] } });
    expect(await fresh(a!.id)).toMatchObject({ assigneeId: id.rita, status: "IN_REVIEW", version: a!.version + 1 });
    expect((await fresh(a!.id)).assignedAt).not.toBeNull();
    // One notification for the batch, naming how many.
    const notes = await db.notification.findMany({ where: { userId: id.rita, kind: "ASSIGNED", documentId } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data).toMatchObject({ count: 2 });
    const unassigned = await unassignClaims({ userId: id.ed, input: { documentId, unitIds: [a!.id] } });
    expect(unassigned.unitIds).toEqual([a!.id]);
    expect(await fresh(a!.id)).toMatchObject({ assigneeId: null, status: "OPEN", assignedAt: null });
    expect(await db.activity.count({ where: { entityId: a!.id, action: "unit.unassign" } })).toBe(1);
  });

  test("balance previews the load before and after without writing, then applies the same plan", async () => {
    await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [(await claims())[0]!.id], reviewerIds: [id.rita] } });
    const before = await claims();
    const preview = await assignClaims({ userId: id.ed, input: { documentId, reviewerIds: [id.rita, id.rob], preview: true } });
    expect(preview.applied).toBe(false);
    expect((await claims()).map((u) => u.version)).toEqual(before.map((u) => u.version));
    const rita = preview.preview.find((p) => p.reviewerId === id.rita)!;
    const rob = preview.preview.find((p) => p.reviewerId === id.rob)!;
    expect(rob.added).toBeGreaterThanOrEqual(rita.added);
    expect(rita.total - rita.current).toBe(rita.added - rita.removed);
    const applied = await assignClaims({ userId: id.ed, input: { documentId, reviewerIds: [id.rita, id.rob] } });
    expect(applied.assignments).toEqual(preview.assignments);
  });
});

describe("workflow", () => {
  test("a verdict moves the claim to REVIEWED; only editors approve; approval locks it until reopened", async () => {
    const [a] = await claims();
    await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [a!.id], reviewerIds: [id.rita] } });
    let unit = await setVerdict({
      userId: id.rita,
      input: { unitId: a!.id, version: (await fresh(a!.id)).version, verdict: "DISPUTED", rationale: "The budget office says 9%." },
    });
    expect(unit.status).toBe("REVIEWED");
    expect(await codeOf(transitionUnit({ userId: id.rita, input: { unitId: a!.id, version: unit.version, to: "APPROVED" } }))).toBe("FORBIDDEN");
    expect(await codeOf(transitionUnit({ userId: id.ed, input: { unitId: a!.id, version: unit.version - 1, to: "APPROVED" } }))).toBe("VERSION_CONFLICT");
    unit = await transitionUnit({ userId: id.ed, input: { unitId: a!.id, version: unit.version, to: "APPROVED" } });
    expect(unit.status).toBe("APPROVED");
    expect(await notices(id.rita, "APPROVED")).toBeGreaterThan(0);
    expect(await codeOf(setVerdict({ userId: id.rita, input: { unitId: a!.id, version: unit.version, verdict: "SUPPORTED", rationale: "x" } }))).toBe(
      "VALIDATION",
    );
    expect(await codeOf(transitionUnit({ userId: id.ed, input: { unitId: a!.id, version: unit.version, to: "IN_REVIEW" } }))).toBe("VALIDATION");
    unit = await transitionUnit({ userId: id.ed, input: { unitId: a!.id, version: unit.version, to: "OPEN" } });
    expect(unit).toMatchObject({ status: "OPEN", verdict: "DISPUTED" });
    expect(await notices(id.rita, "REOPENED")).toBeGreaterThan(0);
    const history = await db.activity.findMany({ where: { entityId: a!.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(history.map((h) => h.action)).toEqual(["unit.assign", "unit.verdict", "unit.approve", "unit.reopen"]);
  });

  test("with 'reviewers work only on claims assigned to them', a reviewer may not review or source another's claim", async () => {
    await db.workspace.update({ where: { id: workspaceId }, data: { assignedOnly: true } });
    try {
      const [a, b] = await claims();
      await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [a!.id], reviewerIds: [id.rita] } });
      expect(await codeOf(setVerdict({ userId: id.rob, input: { unitId: a!.id, version: (await fresh(a!.id)).version, verdict: "OPINION" } }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(attachSource({ userId: id.rob, input: { unitId: a!.id, title: "Blog", stance: "SUPPORTS" } }))).toBe("FORBIDDEN");
      expect(await codeOf(setVerdict({ userId: id.rita, input: { unitId: a!.id, version: (await fresh(a!.id)).version, verdict: "OPINION" } }))).toBe("ok");
      // Editors are not bound by it.
      expect(await codeOf(setVerdict({ userId: id.ed, input: { unitId: b!.id, version: b!.version, verdict: "OPINION" } }))).toBe("ok");
    } finally {
      await db.workspace.update({ where: { id: workspaceId }, data: { assignedOnly: false } });
    }
  });
});

describe("double review", () => {
  async function doubleReviewed() {
    await updateDocument({ userId: id.ed, input: { documentId, doubleReview: true } });
    const [a] = await claims();
    await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [a!.id], reviewerIds: [id.rita] } });
    // The second slot never gets the first reviewer, even when offered.
    const second = await assignClaims({ userId: id.ed, input: { documentId, unitIds: [a!.id], reviewerIds: [id.rita, id.rob], slot: "second" } });
    expect(second.assignments).toEqual([{ unitId: a!.id, assigneeId: id.rob }]);
    return a!.id;
  }
  const submit = async (userId: string, unitId: string, verdict: "SUPPORTED" | "DISPUTED", rationale: string) =>
    setVerdict({ userId, input: { unitId, version: (await fresh(unitId)).version, verdict, rationale } });

  test("verdicts stay hidden until both submit; disagreement goes to the editors, whose decision is the verdict of record", async () => {
    const unitId = await doubleReviewed();
    expect(await codeOf(submit(id.ed, unitId, "SUPPORTED", "x"))).toBe("FORBIDDEN");
    await attachSource({ userId: id.rita, input: { unitId, url: "https://stats.example.org/budget", title: "Budget office", stance: "REFUTES" } });
    const afterFirst = await submit(id.rita, unitId, "DISPUTED", "The budget office says 9%.");
    expect(afterFirst).toMatchObject({ status: "IN_REVIEW", verdict: "UNREVIEWED" });
    // Rob sees neither Rita's verdict nor her source; the editor sees both.
    const robSees = await getUnitDetails({ userId: id.rob, input: { unitId } });
    expect(robSees.reviews).toEqual([]);
    expect(robSees.sources).toEqual([]);
    expect(JSON.stringify(robSees.history)).not.toContain("DISPUTED");
    expect((await getUnitDetails({ userId: id.ed, input: { unitId } })).reviews.map((r) => r.verdict)).toEqual(["DISPUTED"]);
    expect((await getQueue({ userId: id.rita, input: {} })).units.map((u) => u.unitId)).not.toContain(unitId);
    expect((await getQueue({ userId: id.rob, input: {} })).units.map((u) => u.unitId)).toContain(unitId);

    const afterSecond = await submit(id.rob, unitId, "SUPPORTED", "Parliament's figures say 12%.");
    expect(afterSecond).toMatchObject({ status: "NEEDS_ADJUDICATION", verdict: "UNREVIEWED" });
    expect((await getUnitDetails({ userId: id.rob, input: { unitId } })).reviews.map((r) => r.verdict).sort()).toEqual(["DISPUTED", "SUPPORTED"]);
    const queue = await getQueue({ userId: id.ed, input: {} });
    const waiting = queue.adjudications.find((a) => a.unitId === unitId)!;
    expect(waiting.reviews.map((r) => [r.reviewerName, r.verdict])).toEqual([
      ["Rita", "DISPUTED"],
      ["Rob", "SUPPORTED"],
    ]);
    expect((await getQueue({ userId: id.rita, input: {} })).adjudications).toEqual([]);

    expect(await codeOf(transitionUnit({ userId: id.ed, input: { unitId, version: afterSecond.version, to: "REVIEWED" } }))).toBe("VALIDATION");
    const decided = await transitionUnit({
      userId: id.ed,
      input: { unitId, version: afterSecond.version, to: "REVIEWED", verdict: "DISPUTED", rationale: "The budget office's final figure." },
    });
    expect(decided).toMatchObject({ status: "REVIEWED", verdict: "DISPUTED", rationale: "The budget office's final figure." });
    expect(await notices(id.rob, "OVERRULED")).toBe(1);
    expect(await notices(id.rita, "OVERRULED")).toBe(0);
    // Both reviewers' verdicts stay: in their reviews and in the history.
    expect(await db.unitReview.count({ where: { unitId, submittedAt: { not: null } } })).toBe(2);
    const adjudication = await db.activity.findFirstOrThrow({ where: { entityId: unitId, action: "unit.adjudicate" } });
    expect(JSON.stringify(adjudication.before)).toContain("SUPPORTED");
    expect(await getAgreement({ userId: id.vic, input: { documentId } })).toMatchObject({ doubleReviewed: 1, agreed: 0, percentAgreement: 0 });
  });

  test("agreeing verdicts settle the claim with both rationales; agreement counts it", async () => {
    const unitId = await doubleReviewed();
    await submit(id.rita, unitId, "SUPPORTED", "Ministry data.");
    const settled = await submit(id.rob, unitId, "SUPPORTED", "Eurostat agrees.");
    expect(settled).toMatchObject({ status: "REVIEWED", verdict: "SUPPORTED" });
    expect(settled.rationale).toContain("Ministry data.");
    expect(settled.rationale).toContain("Eurostat agrees.");
    const agreement = await getAgreement({ userId: id.ed, input: { documentId } });
    expect(agreement).toMatchObject({ doubleReviewed: 1, agreed: 1, percentAgreement: 100 });
    expect(agreement.pairs[0]!.reviewers.map((r) => r.name).sort()).toEqual(["Rita", "Rob"]);
  });
});

describe("my queue", () => {
  test("open claims across documents, oldest assignment first; a reviewed claim leaves it", async () => {
    const [a, b] = await claims();
    await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [b!.id], reviewerIds: [id.rob] } });
    await assignClaims({ userId: id.ed, input: { documentId, strategy: "explicit", unitIds: [a!.id], reviewerIds: [id.rob] } });
    const mine = (await getQueue({ userId: id.rob, input: {} })).units.filter((u) => u.documentId === documentId);
    expect(mine.map((u) => u.unitId)).toEqual([b!.id, a!.id]);
    expect(mine[0]).toMatchObject({ documentTitle: "Economy", status: "IN_REVIEW", slot: "first" });
    await setVerdict({ userId: id.rob, input: { unitId: b!.id, version: (await fresh(b!.id)).version, verdict: "OPINION" } });
    expect((await getQueue({ userId: id.rob, input: {} })).units.map((u) => u.unitId)).not.toContain(b!.id);
    // Nobody else's queue holds Rob's claims.
    expect((await getQueue({ userId: id.rita, input: {} })).units.map((u) => u.unitId)).not.toContain(a!.id);
  });
});
