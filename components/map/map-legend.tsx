"use client";
import { RELATION_LABEL, RELATION_TYPES } from "@/lib/domain/vocabulary";
import { ARGUMENT_EDGE_STYLE, ARGUMENT_NODE_STYLE, RELATION_STYLE, type ArgumentMarker } from "@/lib/render/map-style";
import { ARGUMENT_EDGE_LABEL } from "@/lib/domain/map-arguments";
import { BAR_MARKER_ID } from "./argument-elements";

/** The markers React Flow does not have: the undercut's bar, for the canvas and the legend. */
export function MarkerDefs() {
  return (
    <svg width="0" height="0" className="absolute" aria-hidden="true">
      <defs>
        <marker id={BAR_MARKER_ID} viewBox="0 0 10 20" refX="8" refY="10" markerWidth="10" markerHeight="20" orient="auto-start-reverse">
          <path d="M8 1 L8 19" stroke={ARGUMENT_EDGE_STYLE.UNDERCUTS.stroke} strokeWidth="3" strokeLinecap="round" />
        </marker>
      </defs>
    </svg>
  );
}

function Line({ stroke, dash, width = 2, marker }: { stroke: string; dash: string | null; width?: number; marker: ArgumentMarker | null }) {
  return (
    <svg width="44" height="12" aria-hidden="true" className="shrink-0">
      <line x1="2" y1="6" x2="36" y2="6" stroke={stroke} strokeWidth={width} strokeDasharray={dash ?? undefined} />
      {marker === "arrow" && <path d="M34 1 L42 6 L34 11 Z" fill={stroke} />}
      {marker === "open" && <path d="M34 1 L42 6 L34 11" fill="none" stroke={stroke} strokeWidth="1.6" />}
      {marker === "bar" && <path d="M40 0 L40 12" stroke={stroke} strokeWidth="3" />}
    </svg>
  );
}

function Box({ kind, label }: { kind: keyof typeof ARGUMENT_NODE_STYLE; label: string }) {
  const s = ARGUMENT_NODE_STYLE[kind];
  return (
    <li className="flex items-center gap-2">
      <span
        className="inline-block h-3 w-10 shrink-0"
        style={{ background: s.fill, border: `${s.width}px ${s.dash} ${s.stroke}`, borderRadius: s.radius / 3 }}
      />
      {label}
    </li>
  );
}

const ARGUMENT_ROWS = ["PREMISE", "CONCLUSION", "SUPPORTS", "ATTACKS", "UNDERCUTS", "UNDERMINES"] as const;
const ARGUMENT_EXPLAINED: Record<(typeof ARGUMENT_ROWS)[number], string> = {
  PREMISE: "premise → inference",
  CONCLUSION: "inference → conclusion",
  SUPPORTS: "supports an argument",
  ATTACKS: "rebuts (attacks the conclusion)",
  UNDERCUTS: "undercuts the inference",
  UNDERMINES: "undermines a premise",
};

/** What each line and box means; closed by default, a keyboard-operable disclosure. */
export function MapLegend() {
  return (
    <details className="rounded border border-stone-300 bg-white/95 px-2 py-1 text-xs text-stone-700 shadow-sm" data-testid="map-legend">
      <summary className="cursor-pointer font-semibold">Legend</summary>
      <ul className="mt-1 space-y-0.5" aria-label="Relations between units">
        {RELATION_TYPES.map((t) => (
          <li key={t} className="flex items-center gap-2">
            <Line {...RELATION_STYLE[t]} marker={RELATION_STYLE[t].arrow ? "arrow" : null} />
            {RELATION_LABEL[t].outgoing}
          </li>
        ))}
      </ul>
      <ul className="mt-1 space-y-0.5 border-t border-stone-200 pt-1" aria-label="Arguments">
        {ARGUMENT_ROWS.map((t) => (
          <li key={t} className="flex items-center gap-2" data-legend={t}>
            <Line {...ARGUMENT_EDGE_STYLE[t]} />
            <span>
              <span className="font-semibold">{ARGUMENT_EDGE_LABEL[t]}</span>: {ARGUMENT_EXPLAINED[t]}
            </span>
          </li>
        ))}
        <Box kind="argument" label="argument / inference (Enter expands)" />
        <Box kind="implicit" label="implicit premise (not in the text)" />
        <Box kind="statement" label="reconstructed statement" />
        <Box kind="objection" label="objection" />
      </ul>
    </details>
  );
}
