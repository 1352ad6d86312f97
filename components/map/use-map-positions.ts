"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveMapLayoutAction } from "@/app/documents/[id]/actions";
import type { MapGraph } from "@/lib/domain/map-graph";
import { layoutMap, mergePositions, type Point, type Positions } from "@/lib/domain/map-layout";

/** Drags are saved together once the user pauses, not one request per node. */
const SAVE_DELAY_MS = 600;

interface Options {
  documentId: string;
  graph: MapGraph;
  initialSaved: Positions;
  /** May this user keep the arrangement for everyone? Otherwise drags stay in this tab. */
  canSave: boolean;
}

/**
 * Where each node is drawn: the automatic layout, overridden by positions users dragged.
 * The layout runs once per page load and again only on demand, so adding a relation never
 * makes the map jump under the user's pointer.
 */
export function useMapPositions({ documentId, graph, initialSaved, canSave }: Options) {
  const [auto, setAuto] = useState<Positions | null>(null);
  const [saved, setSaved] = useState<Positions>(initialSaved);
  const [layoutMs, setLayoutMs] = useState<number | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const graphRef = useRef(graph);
  const pending = useRef<Positions>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    graphRef.current = graph;
  }, [graph]);

  useEffect(() => {
    let cancelled = false;
    void timedLayout(graphRef.current).then(({ positions, ms }) => {
      if (cancelled) return;
      setAuto(positions);
      setLayoutMs(ms);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const ids = useMemo(() => graph.nodes.map((n) => n.id), [graph]);
  const positions = useMemo(() => (auto ? mergePositions(ids, auto, saved) : null), [ids, auto, saved]);

  const flush = useCallback(async () => {
    timer.current = null;
    const batch = pending.current;
    pending.current = {};
    if (Object.keys(batch).length === 0) return;
    const result = await saveMapLayoutAction({ documentId, positions: batch });
    setSaveError(result.ok ? null : `The new arrangement was not saved: ${result.error.message}`);
  }, [documentId]);

  /** Live while dragging. */
  const move = useCallback((id: string, p: Point) => setSaved((s) => ({ ...s, [id]: p })), []);

  /** At the end of a drag: keep it (for everyone, when allowed). */
  const settle = useCallback(
    (moved: { id: string; position: Point }[]) => {
      setSaved((s) => ({ ...s, ...Object.fromEntries(moved.map((m) => [m.id, m.position])) }));
      if (!canSave) return;
      for (const m of moved) pending.current[m.id] = m.position;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [canSave, flush],
  );

  /** Re-layout on demand: forget dragged positions (here and, when allowed, for everyone). */
  const relayout = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = {};
    const { positions, ms } = await timedLayout(graphRef.current);
    setAuto(positions);
    setLayoutMs(ms);
    setSaved({});
    if (!canSave) return;
    const result = await saveMapLayoutAction({ documentId, positions: {}, replace: true });
    setSaveError(result.ok ? null : `The new layout was not saved: ${result.error.message}`);
  }, [canSave, documentId]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { positions, move, settle, relayout, layoutMs, saveError };
}

async function timedLayout(graph: MapGraph) {
  const started = performance.now();
  const positions = await layoutMap(graph);
  return { positions, ms: Math.round(performance.now() - started) };
}
