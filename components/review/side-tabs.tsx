"use client";
import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

type Tab = "claim" | "arguments" | "activity";
const TABS: { id: Tab; label: string }[] = [
  { id: "claim", label: "Claim" },
  { id: "arguments", label: "Arguments" },
  { id: "activity", label: "Activity" },
];

interface Props {
  /** The claim card and its panels. */
  children: ReactNode;
  /** Rendered from the first time the tab is opened, then kept (its filters survive switching). */
  activity: (tab: { visible: boolean; showClaim: () => void }) => ReactNode;
  /** The document's reconstructed arguments; mounted from the first time the tab is opened, then kept. */
  arguments?: () => ReactNode;
}

/**
 * The document page's side panel: the claim card, or the document's activity. The hidden panel
 * stays mounted, so nothing typed in the claim card (a rationale, a comment) is lost by a switch.
 * Tabs follow the WAI-ARIA pattern: arrow keys move between them, Tab goes into the panel.
 */
export function SideTabs({ children, activity, arguments: argumentsPanel }: Props) {
  const [tab, setTab] = useState<Tab>("claim");
  const [activityOpened, setActivityOpened] = useState(false);
  const [argumentsOpened, setArgumentsOpened] = useState(false);
  const buttons = useRef<Record<Tab, HTMLButtonElement | null>>({ claim: null, arguments: null, activity: null });

  const showClaim = useCallback(() => setTab("claim"), []);
  function choose(next: Tab, focus = false) {
    setTab(next);
    if (next === "activity") setActivityOpened(true);
    if (next === "arguments") setArgumentsOpened(true);
    if (focus) buttons.current[next]?.focus();
  }
  function onKeyDown(e: KeyboardEvent) {
    const i = TABS.findIndex((t) => t.id === tab);
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      choose(TABS[e.key === "Home" ? 0 : TABS.length - 1]!.id, true);
    } else if (step) {
      e.preventDefault();
      choose(TABS[(i + step + TABS.length) % TABS.length]!.id, true);
    }
  }

  return (
    <div className="space-y-2">
      <div role="tablist" aria-label="Side panel" className="flex gap-1 border-b border-stone-200" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`side-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => choose(t.id)}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${tab === t.id ? "border-blue-700 font-semibold text-stone-900" : "border-transparent text-stone-600 hover:text-stone-900"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="side-panel-claim" aria-labelledby="side-tab-claim" hidden={tab !== "claim"}>
        {children}
      </div>
      <div role="tabpanel" id="side-panel-arguments" aria-labelledby="side-tab-arguments" hidden={tab !== "arguments"}>
        {argumentsOpened && argumentsPanel?.()}
      </div>
      <div
        role="tabpanel"
        id="side-panel-activity"
        aria-labelledby="side-tab-activity"
        hidden={tab !== "activity"}
        className="rounded-lg border border-stone-200 bg-white p-4"
      >
        {activityOpened && activity({ visible: tab === "activity", showClaim })}
      </div>
    </div>
  );
}
