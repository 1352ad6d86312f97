"use client";
import { useEffect, useRef } from "react";

/**
 * Listens to the document's change events (SSE, GET /api/v1/documents/{id}/events) and calls
 * `onTeammateChange` — debounced, since one action can commit several rows — when someone
 * else changed it. The caller's own changes are already on screen.
 */
export function useLiveChanges(documentId: string, meId: string, onTeammateChange: () => void) {
  const callback = useRef(onTeammateChange);
  useEffect(() => {
    callback.current = onTeammateChange;
  }, [onTeammateChange]);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/v1/documents/${encodeURIComponent(documentId)}/events`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("change", (event) => {
      try {
        if ((JSON.parse((event as MessageEvent<string>).data) as { actorId?: string | null }).actorId === meId) return;
      } catch {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), 300);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [documentId, meId]);
}
