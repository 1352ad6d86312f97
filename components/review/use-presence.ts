"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { PRESENCE_HEARTBEAT_MS, type PresenceView } from "@/lib/domain/presence";

/** This tab's id for the Presence table (one person may have the document open in two tabs). */
function newConnectionId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

const sameViewers = (a: PresenceView[], b: PresenceView[]) =>
  a.length === b.length && a.every((p, i) => p.userId === b[i]!.userId && p.unitId === b[i]!.unitId && p.name === b[i]!.name);

/**
 * Tells the server this tab is on the document (POST …/presence every 10 s and whenever the
 * selected claim changes), leaves on pagehide/unmount (DELETE with keepalive: best effort, the
 * row expires anyway), and keeps the list of the OTHER people here. `refresh` re-reads the list
 * (called on the stream's `event: presence`).
 */
export function usePresence(documentId: string, meId: string, unitId: string | null) {
  const [people, setPeople] = useState<PresenceView[]>([]);
  const connectionId = useRef<string>("");
  const selected = useRef(unitId);
  const url = `/api/v1/documents/${encodeURIComponent(documentId)}/presence`;

  // The same people on the same claims keep the same array: a heartbeat re-renders nothing.
  const accept = useCallback(
    (list: unknown) => {
      if (!Array.isArray(list)) return;
      const next = (list as PresenceView[]).filter((p) => p.userId !== meId);
      setPeople((prev) => (sameViewers(prev, next) ? prev : next));
    },
    [meId],
  );

  const beat = useCallback(async () => {
    connectionId.current ||= newConnectionId();
    try {
      const r = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ connectionId: connectionId.current, unitId: selected.current }),
      });
      if (r.ok) accept(await r.json());
    } catch {
      // Offline for a moment: the next beat tries again.
    }
  }, [url, accept]);

  const refresh = useCallback(async () => {
    try {
      const r = await fetch(url);
      if (r.ok) accept(await r.json());
    } catch {
      // The next heartbeat brings the list anyway.
    }
  }, [url, accept]);

  useEffect(() => {
    selected.current = unitId;
    void beat();
  }, [unitId, beat]);

  useEffect(() => {
    const timer = setInterval(() => void beat(), PRESENCE_HEARTBEAT_MS);
    const leave = () => {
      if (!connectionId.current) return;
      void fetch(`${url}?connectionId=${encodeURIComponent(connectionId.current)}`, { method: "DELETE", keepalive: true }).catch(() => undefined);
    };
    // Back from the bfcache: announce the tab again.
    const onShow = (e: PageTransitionEvent) => e.persisted && void beat();
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", onShow);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", onShow);
      leave();
    };
  }, [url, beat]);

  return { people, refresh };
}
