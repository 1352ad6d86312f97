"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { listNotificationsAction, markNotificationsReadAction } from "@/app/notifications/actions";
import { useUserEvents } from "@/components/ui/use-user-events";
import type { NotificationView } from "@/lib/domain/views";

/**
 * The signed-in person's notifications: the first page, the unread count, kept current by their
 * event stream (a new notice, or one read in another tab), older pages on demand, mark read.
 */
export function useNotifications({ limit, unreadOnly = false }: { limit: number; unreadOnly?: boolean }) {
  const [unread, setUnread] = useState<number | null>(null);
  const [items, setItems] = useState<NotificationView[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const latest = useRef(0);

  const fetchFirst = useCallback(() => listNotificationsAction({ limit, unread: unreadOnly }), [limit, unreadOnly]);
  const apply = useCallback((r: Awaited<ReturnType<typeof listNotificationsAction>>) => {
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setUnread(r.data.unread);
    setItems(r.data.notifications);
    setNextCursor(r.data.nextCursor);
  }, []);
  /** The first page again; an answer overtaken by a later request is dropped. */
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    return fetchFirst().then((r) => ticket === latest.current && apply(r));
  }, [fetchFirst, apply]);

  // Fetched after the first paint on purpose: the header is on every page and must not delay it.
  useEffect(() => {
    const ticket = ++latest.current;
    void fetchFirst().then((r) => ticket === latest.current && apply(r));
  }, [fetchFirst, apply]);
  // useUserEvents always calls the latest handler: no useCallback needed.
  useUserEvents((e) => e.type === "notification" && void reload());

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const r = await listNotificationsAction({ limit, unread: unreadOnly, cursor: nextCursor });
    if (!r.ok) return setError(r.error.message);
    setUnread(r.data.unread);
    setItems((shown) => [...shown, ...r.data.notifications.filter((n) => !shown.some((s) => s.id === n.id))]);
    setNextCursor(r.data.nextCursor);
  }, [limit, unreadOnly, nextCursor]);

  const markRead = useCallback(
    async (which: { ids: string[] } | { all: true }) => {
      const ids = "ids" in which ? new Set(which.ids) : null;
      setItems((shown) => shown.map((n) => (!ids || ids.has(n.id) ? { ...n, read: true } : n)));
      const r = await markNotificationsReadAction(which);
      if (!r.ok) {
        setError(r.error.message);
        return void reload();
      }
      setUnread(r.data.unread);
    },
    [reload],
  );

  return { unread, items, nextCursor, error, reload, loadMore, markRead };
}
