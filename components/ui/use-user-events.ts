"use client";
import { useEffect, useRef } from "react";

export type UserEventType = "queue" | "notification";
type Handler = (event: { type: UserEventType; unitId?: string | null; documentId?: string | null }) => void;

// One EventSource per tab, shared by every component that listens (the queue badge, the bell,
// the queue page): opened with the first listener, closed with the last.
const handlers = new Set<Handler>();
let source: EventSource | null = null;

function open() {
  source = new EventSource("/api/v1/me/events");
  for (const type of ["queue", "notification"] as const) {
    source.addEventListener(type, (message) => {
      let data: Parameters<Handler>[0];
      try {
        data = { ...(JSON.parse((message as MessageEvent<string>).data) as object), type };
      } catch {
        return;
      }
      for (const handler of [...handlers]) handler(data);
    });
  }
}

/** Calls `onEvent` when the signed-in person's queue or notifications change (GET /api/v1/me/events). */
export function useUserEvents(onEvent: Handler) {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  }, [onEvent]);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const handler: Handler = (e) => latest.current(e);
    handlers.add(handler);
    if (!source) open();
    return () => {
      handlers.delete(handler);
      if (handlers.size === 0) {
        source?.close();
        source = null;
      }
    };
  }, []);
}
