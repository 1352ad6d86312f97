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
}

/** j/k move, s/d/o/u pick a verdict, Ctrl+Enter saves, / searches, ? shows the shortcuts. Never while typing in a field. */
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
