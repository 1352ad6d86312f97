import "server-only";
import { notFound } from "@/lib/domain/errors";
import type { PresenceView } from "@/lib/domain/presence";
import { ZPresenceHeartbeatInput } from "@/lib/validation/presence";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { presentOn, prunePresence, publishPresence } from "../presence";
import { defineUseCase } from "../use-case";

/**
 * "I have this document open (with this claim selected)": one row per tab, its heartbeat moved
 * to `now`. Anyone who may read the document may be seen on it. Answers the people there now,
 * so a viewer's own heartbeat also refreshes their list.
 */
export const heartbeatPresence = defineUseCase(
  ZPresenceHeartbeatInput,
  async ({ userId, input: { documentId, connectionId, unitId } }, options: { now?: Date } = {}): Promise<PresenceView[]> => {
    const now = options.now ?? new Date();
    return db.$transaction(async (tx) => {
      await requireDocumentAccess(tx, userId, documentId, "workspace.read");
      if (unitId && !(await tx.unit.findFirst({ where: { id: unitId, documentId }, select: { id: true } }))) throw notFound("The claim");
      const key = { documentId_userId_connectionId: { documentId, userId, connectionId } };
      const before = await tx.presence.findUnique({ where: key, select: { unitId: true } });
      await tx.presence.upsert({
        where: key,
        create: { documentId, userId, connectionId, unitId: unitId ?? null, heartbeatAt: now, createdAt: now },
        update: { unitId: unitId ?? null, heartbeatAt: now },
      });
      const pruned = await prunePresence(tx, documentId, now);
      if (!before || before.unitId !== (unitId ?? null) || pruned > 0) await publishPresence(tx, documentId);
      return presentOn(tx, documentId, now);
    });
  },
);
