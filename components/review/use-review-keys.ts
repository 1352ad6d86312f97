"use client";
import { useEffect } from "react";
import type { Verdict } from "@/lib/domain/vocabulary";

const VERDICT_KEYS: Record<string, Verdict> = { s: "SUPPORTED", d: "DISPUTED", o: "OPINION", u: "UNREVIEWED" };

export interface ReviewKeyHandlers {
  move: (delta: 1 | -1) => void;
  pick: (verdict: Verdict) => void;
  search: () => void;
  help: () => void;
  save: () => void;
  /**
   * The selected claim has unsaved changes: single letters then go to its rationale (focused
   * here) instead of firing shortcuts, so words typed after a refused save are not read as
   * commands (o → Opinion) and lose no letters.
   */
  dirty: boolean;
  focusDraft: () => void;
}

/**
 * j/k move, s/d/o/u pick a verdict, Ctrl+Enter saves, / searches, ? shows the shortcuts. Never
 * while typing in a field, and no single letter while the selected claim has unsaved changes.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      const typing = !!t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
      // Ctrl+Enter saves from anywhere but another field (the rationale box handles its own).
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !typing) {
        e.preventDefault();
        handlers.save();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || typing) return;
      if (handlers.dirty && e.key.length === 1 && /\p{L}/u.test(e.key)) {
        // Not prevented: with the focus moved, the browser types the letter into the rationale.
        handlers.focusDraft();
        return;
      }
      if (e.key === "j") handlers.move(1);
      else if (e.key === "k") handlers.move(-1);
      else if (e.key === "/") handlers.search();
      else if (e.key === "?") handlers.help();
      else if (VERDICT_KEYS[e.key]) handlers.pick(VERDICT_KEYS[e.key]!);
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [handlers]);
}
