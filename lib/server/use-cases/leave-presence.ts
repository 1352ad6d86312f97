import "server-only";
import { ZLeavePresenceInput } from "@/lib/validation/presence";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { publishPresence } from "../presence";
import { defineUseCase } from "../use-case";

/** "I closed this tab": its row goes at once (rather than after the expiry window). */
export const leavePresence = defineUseCase(ZLeavePresenceInput, async ({ userId, input: { documentId, connectionId } }): Promise<void> => {
  await db.$transaction(async (tx) => {
    await requireDocumentAccess(tx, userId, documentId, "workspace.read");
    const { count } = await tx.presence.deleteMany({ where: { documentId, userId, connectionId } });
    if (count > 0) await publishPresence(tx, documentId);
  });
});
