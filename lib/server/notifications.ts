import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/lib/domain/notifications";
import { publishToUsers } from "./changes";
import type { DbTx } from "./db";

export interface Notice {
  kind: NotificationKind;
  workspaceId: string;
  actorId: string | null;
  documentId?: string | null;
  unitId?: string | null;
  /**
   * What the bell shows without more queries. It reads `excerpt` (a short text shown under the
   * notice, e.g. the comment that mentioned you) and `claim` (the claim's words, used once the
   * claim is deleted; while it exists its current words are shown).
   */
  data?: Prisma.InputJsonObject;
}

/**
 * In-app notifications, written in the same transaction as the change they tell of, and
 * announced on each recipient's event stream once committed. Nobody is told of their own act.
 */
export async function notify(tx: DbTx, recipients: Iterable<string | null | undefined>, notice: Notice): Promise<void> {
  const userIds = [...new Set(recipients)].filter((id): id is string => !!id && id !== notice.actorId);
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      workspaceId: notice.workspaceId,
      actorId: notice.actorId,
      documentId: notice.documentId ?? null,
      unitId: notice.unitId ?? null,
      data: notice.data ?? {},
    })),
  });
  await publishToUsers(tx, userIds, { type: "notification", unitId: notice.unitId, documentId: notice.documentId });
}
