import "server-only";
import { z } from "zod";
import type { Passage, Reanchored } from "@/lib/domain/reanchor";
import type { SnapshotsView } from "@/lib/domain/snapshot-view";
import { ZId } from "@/lib/validation/ids";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { queueRefresh } from "../jobs/refresh-job";
import { defineUseCase } from "../use-case";

const ZDocument = z.object({ documentId: ZId("The document") });

/** "Check for changes": fetch the imported page again, as a background job (EDITOR, OWNER). */
export const checkForChanges = defineUseCase(ZDocument, async ({ userId, input }): Promise<{ jobId: string }> => ({
  jobId: await queueRefresh(userId, input.documentId),
}));

/** The document's snapshots (oldest first) and what the newest found; for any member. */
export const listSnapshots = defineUseCase(ZDocument, async ({ userId, input }): Promise<SnapshotsView> => {
  await requireDocumentAccess(db, userId, input.documentId, "workspace.read");
  const rows = await db.documentSnapshot.findMany({
    where: { documentId: input.documentId },
    orderBy: { fetchedAt: "asc" },
    select: { id: true, fetchedAt: true, finalUrl: true, rawSha256: true, textSha256: true, changed: true },
  });
  const snapshots = rows.map(({ changed, ...r }) => ({ ...r, textChanged: changed, fetchedAt: r.fetchedAt.toISOString() }));
  const last = snapshots.at(-1);
  if (!last) return { snapshots, latest: null };
  const { result } = await db.documentSnapshot.findUniqueOrThrow({ where: { id: last.id }, select: { result: true } });
  const { units, passages } = result as unknown as { units: Reanchored[]; passages: Passage[] };
  const touched = units.filter((u) => u.status === "changed" || u.status === "gone").map((u) => u.id);
  const verdicts = new Map(
    (await db.unit.findMany({ where: { id: { in: touched }, documentId: input.documentId }, select: { id: true, verdict: true } })).map((u) => [
      u.id,
      u.verdict as string,
    ]),
  );
  const verdict = (id: string) => verdicts.get(id) ?? "UNREVIEWED";
  return {
    snapshots,
    latest: {
      ...last,
      unchanged: units.filter((u) => u.status === "unchanged").map((u) => u.id),
      moved: units.filter((u) => u.status === "moved").map((u) => u.id),
      changed: units.filter((u) => u.status === "changed").map((u) => ({ id: u.id, before: u.before, after: u.after ?? "", verdict: verdict(u.id) })),
      gone: units.filter((u) => u.status === "gone").map((u) => ({ id: u.id, before: u.before, verdict: verdict(u.id) })),
      passages,
    },
  };
});
