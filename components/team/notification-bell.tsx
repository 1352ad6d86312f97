"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useNotifications } from "./use-notifications";
import { NotificationList } from "./notification-list";

/**
 * The header's bell: the unread count, updated live (GET /api/v1/me/events), and a panel with the
 * latest notifications. Esc or a click elsewhere closes the panel and focus returns to the bell.
 */
export function NotificationBell() {
  const { unread, items, error, markRead } = useNotifications({ limit: 8 });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const count = unread ?? 0;
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        data-testid="notification-bell"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Notifications, ${count} unread`}
        onClick={() => setOpen((o) => !o)}
        className="relative rounded p-1.5 text-stone-700 hover:bg-stone-100"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.8}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <span
          data-testid="notification-count"
          className={`absolute -right-1 -top-1 min-w-[1.1rem] rounded-full px-1 text-center text-[11px] font-semibold leading-[1.1rem] ${count ? "bg-red-600 text-white" : "hidden"}`}
        >
          {count > 99 ? "99+" : count}
        </span>
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-label="Notifications"
          className="absolute right-0 z-50 mt-2 w-96 max-w-[calc(100vw-2rem)] rounded-lg border border-stone-200 bg-white shadow-xl"
        >
          <div className="flex items-center justify-between border-b border-stone-200 px-3 py-2">
            <h2 className="text-sm font-semibold">Notifications</h2>
            <button
              type="button"
              disabled={count === 0}
              onClick={() => void markRead({ all: true })}
              className="text-xs text-blue-800 underline disabled:text-stone-400 disabled:no-underline"
            >
              Mark all read
            </button>
          </div>
          {error && <p className="px-3 py-2 text-sm text-red-700">{error}</p>}
          <div className="max-h-[60vh] overflow-y-auto">
            <NotificationList items={items} onMarkRead={(ids) => markRead({ ids })} />
          </div>
          <Link href="/notifications" className="block border-t border-stone-200 px-3 py-2 text-center text-sm text-blue-800 hover:bg-stone-50">
            All notifications
          </Link>
        </div>
      )}
    </div>
  );
}
