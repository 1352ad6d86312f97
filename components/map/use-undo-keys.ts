"use client";
import { useEffect, useRef } from "react";

/**
 * Ctrl+Z (⌘Z) undoes the map's last edit; Ctrl+Shift+Z or Ctrl+Y redoes it. Inside a text
 * field the browser's own text undo keeps the keys.
 */
export function useUndoKeys(enabled: boolean, onUndo: () => void, onRedo: () => void) {
  const handlers = useRef({ onUndo, onRedo });
  useEffect(() => {
    handlers.current = { onUndo, onRedo };
  }, [onUndo, onRedo]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const field = (e.target as HTMLElement | null)?.closest?.("input, textarea, select, [contenteditable]");
      if (field) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) handlers.current.onUndo();
      else if ((key === "z" && e.shiftKey) || key === "y") handlers.current.onRedo();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
