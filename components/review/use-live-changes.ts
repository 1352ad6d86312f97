"use client";
import { useEffect, useRef } from "react";

/**
 * Listens to the document's change events (SSE, GET /api/v1/documents/{id}/events) and calls
 * `onTeammateChange` — debounced, since one action can commit several rows — when someone
 * else changed it. The caller's own changes are already on screen. EventSource reconnects by
 * itself with Last-Event-ID, and the server replays what was missed; `event: reset` (too much
 * missed) re-reads everything. `onPresence` runs when who is on the document changes. `since`
 * (the document's latest activity when the page was rendered) makes the first connection replay
 * what happened between the render and the connection. `onRevoked`: the reader lost access (the
 * document was deleted, or they were removed from the workspace). `onChange` sees every change
 * as it arrives, the caller's own included (e.g. the map re-reads arguments written in another tab).
 */
export function useLiveChanges(
  documentId: string,
  meId: string,
  onTeammateChange: () => void,
  onPresence?: () => void,
  since?: string | null,
  onRevoked?: () => void,
  onChange?: (event: { actorId: string | null; action: string; entityType: string }) => void,
) {
  const callback = useRef(onTeammateChange);
  const presence = useRef(onPresence);
  const revoked = useRef(onRevoked);
  const any = useRef(onChange);
  useEffect(() => {
    callback.current = onTeammateChange;
    presence.current = onPresence;
    revoked.current = onRevoked;
    any.current = onChange;
  }, [onTeammateChange, onPresence, onRevoked, onChange]);

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const resume = since ? `?lastEventId=${encodeURIComponent(since)}` : "";
    const source = new EventSource(`/api/v1/documents/${encodeURIComponent(documentId)}/events${resume}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), 300);
    };
    source.addEventListener("change", (event) => {
      try {
        const change = JSON.parse((event as MessageEvent<string>).data) as { actorId?: string | null; action?: string; entityType?: string };
        any.current?.({ actorId: change.actorId ?? null, action: change.action ?? "", entityType: change.entityType ?? "" });
        if (change.actorId === meId) return;
      } catch {
        return;
      }
      later();
    });
    source.addEventListener("reset", later);
    // A reconnect before any change had an id to resume from: re-read, in case one was missed.
    let lastId = since ?? "";
    let opened = false;
    source.addEventListener("ready", () => {
      if (opened && !lastId) later();
      opened = true;
      presence.current?.();
    });
    source.addEventListener("change", (event) => (lastId = (event as MessageEvent).lastEventId || lastId));
    source.addEventListener("presence", () => presence.current?.());
    // Access ended (the document was deleted, or the reader removed from its workspace): stop,
    // rather than reconnect into a 404, and say so (`onRevoked`).
    source.addEventListener("revoked", () => {
      source.close();
      revoked.current?.();
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
    // `since` is read once, for the first connection: later renders carry newer ids, no new stream.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, meId]);
}
