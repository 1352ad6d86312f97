import "server-only";
import { z } from "zod";
import type { AnchorStatus, Passage } from "@/lib/domain/reanchor";
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

interface UnitMove {
  id: string;
  status: AnchorStatus;
  start: number | null;
  end: number | null;
  before: string;
  after: string | null;
}

export interface SnapshotSummary {
  id: string;
  fetchedAt: string;
  finalUrl: string;
  rawSha256: string;
  textSha256: string;
  /** The page's text differs from the document's original. */
  textChanged: boolean;
}

export interface SnapshotsView {
  snapshots: SnapshotSummary[];
  /** The newest check: unit ids by outcome, the changed ones with before → after, and the edited passages. */
  latest:
    | (SnapshotSummary & {
        unchanged: string[];
        moved: string[];
        changed: { id: string; before: string; after: string }[];
        gone: { id: string; before: string }[];
        passages: Passage[];
      })
    | null;
}

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
  const { units, passages } = result as unknown as { units: UnitMove[]; passages: Passage[] };
  return {
    snapshots,
    latest: {
      ...last,
      unchanged: units.filter((u) => u.status === "unchanged").map((u) => u.id),
      moved: units.filter((u) => u.status === "moved").map((u) => u.id),
      changed: units.filter((u) => u.status === "changed").map((u) => ({ id: u.id, before: u.before, after: u.after ?? "" })),
      gone: units.filter((u) => u.status === "gone").map((u) => ({ id: u.id, before: u.before })),
      passages,
    },
  };
});
