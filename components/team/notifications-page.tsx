"use client";
import { useState } from "react";
import { FormError } from "@/components/ui/field";
import { useNotifications } from "./use-notifications";
import { NotificationList } from "./notification-list";

/** Every notification of the signed-in person, newest first, with "show older" and "unread only". */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { unread, items, nextCursor, error, loadMore, markRead } = useNotifications({ limit: 30, unreadOnly });
  return (
    <section aria-labelledby="notifications-title" className="space-y-3">
      <div className="flex flex-wrap items-center gap-4">
        <h1 id="notifications-title" className="text-2xl font-semibold">
          Notifications
        </h1>
        <p className="text-sm text-stone-600" data-testid="notifications-unread">
          {unread === null ? "" : `${unread} unread`}
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          Unread only
        </label>
        <button
          type="button"
          disabled={!unread}
          onClick={() => void markRead({ all: true })}
          className="ml-auto rounded-md border border-stone-300 px-3 py-1 text-sm disabled:opacity-50"
        >
          Mark all read
        </button>
      </div>
      <FormError message={error} />
      <div className="rounded-lg border border-stone-200 bg-white">
        <NotificationList items={items} onMarkRead={(ids) => markRead({ ids })} />
      </div>
      {nextCursor && (
        <button type="button" onClick={() => void loadMore()} className="rounded-md border border-stone-300 px-3 py-1 text-sm">
          Show older
        </button>
      )}
    </section>
  );
}
