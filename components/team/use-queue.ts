"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { getQueueAction } from "@/app/queue/actions";
import { useUserEvents } from "@/components/ui/use-user-events";
import type { QueueView } from "@/lib/domain/views";

/**
 * The signed-in person's queue, read again whenever their event stream says it moved (claims
 * assigned to them or taken back, reviews submitted, disagreements waiting for an editor).
 * Several app processes share the work: the event comes through PostgreSQL, not this process.
 */
export function useQueue(initial: QueueView | null = null) {
  const [queue, setQueue] = useState<QueueView | null>(initial);
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    return getQueueAction({}).then((r) => {
      if (ticket !== latest.current) return;
      if (!r.ok) return setError(r.error.message);
      setError(undefined);
      setQueue(r.data);
    });
  }, []);
  // Without a first answer from the server (the header's badge): read after the first paint.
  useEffect(() => {
    if (!initial) void reload();
  }, [initial, reload]);
  // useUserEvents always calls the latest handler: no useCallback needed.
  useUserEvents((e) => e.type === "queue" && void reload());
  return { queue, error, reload };
}
