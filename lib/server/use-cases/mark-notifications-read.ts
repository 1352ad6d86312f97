import "server-only";
import { ZMarkNotificationsReadInput } from "@/lib/validation/notification";
import { publishToUsers } from "../changes";
import { db } from "../db";
import { defineUseCase } from "../use-case";

/**
 * Mark some (ids) or all of the caller's notifications read. Only the caller's own rows match:
 * anyone else's id is simply not among them (counted out of `marked`, nothing revealed). Reading a
 * notice changes no workspace record, so it has no Activity row; the caller's other tabs hear of
 * it on their event stream and refresh their bell.
 */
export const markNotificationsRead = defineUseCase(ZMarkNotificationsReadInput, ({ userId, input: { ids } }) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId, readAt: null, ...(ids ? { id: { in: [...new Set(ids)] } } : {}) },
      data: { readAt: new Date() },
    });
    if (count > 0) await publishToUsers(tx, [userId], { type: "notification" });
    const unread = await tx.notification.count({ where: { userId, readAt: null, workspace: { memberships: { some: { userId } } } } });
    return { marked: count, unread };
  }),
);
