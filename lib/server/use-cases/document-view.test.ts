// The document view's units come from one SQL query (get-document.ts): it must equal, field by field,
// what Prisma's include (counts, the viewer's own review) gives, with and without a viewer.
import { afterAll, expect, test } from "vitest";
import { installTestDb } from "@/lib/server/testing/test-db";
const testDb = await installTestDb();
const { db } = testDb;
const { seedTeam } = await import("@/lib/server/testing/fixtures");
const { loadDocumentView } = await import("@/lib/server/use-cases/get-document");
const { toDocumentView, unitIncludeFor } = await import("@/lib/server/view-mappers");
afterAll(() => testDb.close());
test("one query gives the same view as Prisma's include", async () => {
  const t = await seedTeam("Eq");
  const units = await db.unit.findMany({ where: { documentId: t.documentId } });
  const rev = t.members.REVIEWER.userId;
  await db.unitReview.create({ data: { unitId: units[0]!.id, reviewerId: rev, verdict: "DISPUTED", rationale: "no", submittedAt: new Date() } });
  await db.unitReview.create({ data: { unitId: units[1]!.id, reviewerId: rev, verdict: "SUPPORTED" } });
  await db.comment.create({ data: { unitId: units[0]!.id, authorId: rev, body: "x" } });
  const old = async (viewer?: string) =>
    toDocumentView(
      await db.document.findUniqueOrThrow({
        where: { id: t.documentId },
        include: {
          workspace: { select: { id: true, name: true, slug: true, assignedOnly: true } },
          units: { orderBy: [{ start: "asc" }, { end: "asc" }], include: unitIncludeFor(viewer ?? "none") },
          relations: { orderBy: { createdAt: "asc" } },
        },
      }),
    );
  expect(await loadDocumentView(db, t.documentId, rev)).toEqual(await old(rev));
  expect(await loadDocumentView(db, t.documentId)).toEqual(await old());
  const v = await loadDocumentView(db, t.documentId, rev);
  expect(v.units[0]!.myReview).toEqual({ verdict: "DISPUTED", rationale: "no", submitted: true });
  expect(v.units[0]!.openComments).toBe(1);
});
