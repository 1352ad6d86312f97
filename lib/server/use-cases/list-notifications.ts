import "server-only";
import type { NotificationsPageView } from "@/lib/domain/views";
import { encodeCursor } from "@/lib/validation/paging";
import { ZListNotificationsInput } from "@/lib/validation/notification";
import { db } from "../db";
import { NEWEST_FIRST, olderThan } from "../activity-feed";
import { defineUseCase } from "../use-case";
import { NOTIFICATION_INCLUDE, toNotificationView } from "../notification-views";

/**
 * The caller's own notifications, newest first, and how many are unread. Only those of
 * workspaces they still belong to: after leaving one, its notices (and their links) are gone.
 */
export const listNotifications = defineUseCase(
  ZListNotificationsInput,
  async ({ userId, input: { unread, cursor, limit } }): Promise<NotificationsPageView> => {
    const mine = { userId, workspace: { memberships: { some: { userId } } } };
    const [rows, unreadCount] = await Promise.all([
      db.notification.findMany({
        where: { AND: [mine, unread ? { readAt: null } : {}, olderThan(cursor)] },
        orderBy: [...NEWEST_FIRST],
        take: limit + 1,
        include: NOTIFICATION_INCLUDE,
      }),
      db.notification.count({ where: { ...mine, readAt: null } }),
    ]);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      unread: unreadCount,
      notifications: page.map(toNotificationView),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
    };
  },
);
