"use server";
// The bell in the header and the notifications page.
import { defineAction } from "@/lib/server/action";
import { listNotifications } from "@/lib/server/use-cases/list-notifications";
import { markNotificationsRead } from "@/lib/server/use-cases/mark-notifications-read";

export const listNotificationsAction = defineAction(listNotifications);
export const markNotificationsReadAction = defineAction(markNotificationsRead);
