"use client";
import type { MouseEvent } from "react";
import { Time } from "@/components/ui/time";
import { snippet } from "@/lib/domain/activity";
import { NOTIFICATION_LABEL } from "@/lib/domain/notifications";
import type { NotificationView } from "@/lib/domain/views";

interface Props {
  items: NotificationView[];
  /** Mark these read (the list marks a notice read when it is opened, too). */
  onMarkRead: (ids: string[]) => Promise<void>;
}

/**
 * Notifications, newest first: who did what (every kind has its words in lib/domain/notifications.ts),
 * on which claim, in which document, and a link to that claim. Opening one marks it read.
 */
export function NotificationList({ items, onMarkRead }: Props) {
  if (items.length === 0)
    return (
      <p className="px-3 py-4 text-sm text-stone-600" data-testid="notifications-empty">
        No notifications.
      </p>
    );
  return (
    <ul className="divide-y divide-stone-100" data-testid="notification-list">
      {items.map((n) => (
        <NotificationItem key={n.id} n={n} onMarkRead={onMarkRead} />
      ))}
    </ul>
  );
}

function NotificationItem({ n, onMarkRead }: { n: NotificationView; onMarkRead: Props["onMarkRead"] }) {
  // Marked read before leaving the page: a request still running when the page unloads is cancelled.
  async function open(e: MouseEvent<HTMLAnchorElement>) {
    if (n.read || !n.href) return;
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      void onMarkRead([n.id]); // opens elsewhere; this page stays and finishes the request
      return;
    }
    e.preventDefault();
    await onMarkRead([n.id]);
    window.location.assign(n.href);
  }
  const what = (
    <>
      <strong className="font-semibold">{n.actor?.name ?? "Someone"}</strong> {NOTIFICATION_LABEL[n.kind] ?? "sent you a notification"}
      {n.claim && <> on “{snippet(n.claim, 90)}”</>}
      {n.documentTitle && <span className="text-stone-600"> in {n.documentTitle}</span>}
    </>
  );
  return (
    <li
      className={`flex gap-2 px-3 py-2 text-sm ${n.read ? "text-stone-600" : "bg-blue-50/60 text-stone-900"}`}
      data-testid="notification"
      data-kind={n.kind}
      data-read={n.read ? "true" : "false"}
    >
      <span aria-hidden="true" className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${n.read ? "bg-transparent" : "bg-blue-600"}`} />
      <div className="min-w-0 flex-1">
        {n.href ? (
          <a href={n.href} onClick={(e) => void open(e)} className="block hover:underline">
            {what}
            {!n.read && <span className="sr-only"> (unread)</span>}
          </a>
        ) : (
          <p>{what}</p>
        )}
        {n.excerpt && <p className="mt-0.5 truncate text-xs text-stone-600">“{n.excerpt}”</p>}
        <p className="mt-0.5 text-xs text-stone-500">
          <Time iso={n.createdAt} />
        </p>
      </div>
      {!n.read && (
        <button type="button" onClick={() => void onMarkRead([n.id])} className="self-start rounded px-1.5 py-0.5 text-xs text-blue-800 hover:bg-blue-100">
          Mark read
        </button>
      )}
    </li>
  );
}
