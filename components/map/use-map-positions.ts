"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { saveMapLayoutAction } from "@/app/documents/[id]/actions";
import { mergePositions, provisionalLayout, rebasePinned, samePoint, type MapLayoutGraph, type Point, type Positions } from "@/lib/domain/map-layout";
import { createLayoutRunner, type LayoutRunner } from "./layout-runner";

/** Drags are saved together once the user pauses, not one request per node. */
const SAVE_DELAY_MS = 600;
/** How long nodes glide from the provisional grid to the layout (app/globals.css, "Map: settling"). */
export const SETTLE_MS = 450;

/**
 * "laying-out": the automatic layout is running (in a worker) and the nodes stand on the
 * provisional grid, or where the previous layout put them; "settling": it arrived and the nodes
 * glide to it; "done": where they are is the layout.
 */
export type LayoutPhase = "laying-out" | "settling" | "done";

interface Options {
  documentId: string;
  graph: MapLayoutGraph;
  initialSaved: Positions;
  /** May this user keep the arrangement for everyone? Otherwise drags stay in this tab. */
  canSave: boolean;
  /** The first layout replaced the provisional grid (the page rebases its undo steps on it). */
  onLaidOut?: (provisional: Positions, auto: Positions) => void;
}

/**
 * Where each node is drawn: the automatic layout, overridden by positions users dragged. Until
 * the layout (computed in a Web Worker) arrives, nodes stand on a provisional grid in text order,
 * so they show at once and can be read, selected, dragged and connected. The layout runs once
 * per page load and again only on demand, so adding a relation never makes the map jump under
 * the user's pointer; positions dragged meanwhile win over it.
 */
export function useMapPositions({ documentId, graph, initialSaved, canSave, onLaidOut }: Options) {
  const [provisional] = useState(() => provisionalLayout(graph.nodes));
  const [auto, setAuto] = useState<Positions | null>(null);
  const [saved, setSaved] = useState<Positions>(initialSaved);
  const [phase, setPhase] = useState<LayoutPhase>("laying-out");
  const [layoutMs, setLayoutMs] = useState<number | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const graphRef = useRef(graph);
  const savedRef = useRef(saved);
  const autoRef = useRef(auto);
  const onLaidOutRef = useRef(onLaidOut);
  const runner = useRef<LayoutRunner | null>(null);
  const pending = useRef<Positions>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    graphRef.current = graph;
    savedRef.current = saved;
    autoRef.current = auto;
    onLaidOutRef.current = onLaidOut;
  });

  const flush = useCallback(async () => {
    timer.current = null;
    const batch = pending.current;
    pending.current = {};
    if (Object.keys(batch).length === 0) return;
    const result = await saveMapLayoutAction({ documentId, positions: batch });
    setSaveError(result.ok ? null : `The new arrangement was not saved: ${result.error.message}`);
  }, [documentId]);

  const queueSave = useCallback(
    (moved: Positions) => {
      if (!canSave || Object.keys(moved).length === 0) return;
      Object.assign(pending.current, moved);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [canSave, flush],
  );

  /** The layout arrived: nodes glide to it for SETTLE_MS, then it is "done". */
  const arrive = useCallback((positions: Positions, ms: number) => {
    setAuto(positions);
    setLayoutMs(ms);
    setLayoutError(null);
    setPhase("settling");
    if (settleTimer.current) clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => setPhase("done"), SETTLE_MS);
  }, []);

  const runLayout = useCallback(async (g: MapLayoutGraph) => {
    const r = (runner.current ??= createLayoutRunner());
    const started = performance.now();
    const positions = await r.layout(g);
    return { positions, ms: Math.round(performance.now() - started) };
  }, []);

  useEffect(() => {
    let cancelled = false;
    runLayout(graphRef.current).then(
      ({ positions, ms }) => {
        if (cancelled) return;
        // A move undone while the grid was shown pinned a node on its grid place: it follows the layout.
        const pins = rebasePinned(savedRef.current, provisional, positions);
        if (Object.keys(pins).length > 0) {
          setSaved((s) => ({ ...s, ...pins }));
          queueSave(pins);
        }
        onLaidOutRef.current?.(provisional, positions);
        arrive(positions, ms);
      },
      (e: unknown) => {
        if (cancelled) return;
        setLayoutError(`The automatic layout failed (${e instanceof Error ? e.message : String(e)}); the map stays in text order.`);
        setPhase("done");
      },
    );
    return () => {
      cancelled = true;
      runner.current?.dispose();
      runner.current = null;
    };
  }, [runLayout, arrive, queueSave, provisional]);

  const ids = useMemo(() => graph.nodes.map((n) => n.id), [graph]);
  const positions = useMemo(() => mergePositions(ids, auto ?? provisional, saved, graph.edges), [ids, auto, provisional, saved, graph.edges]);

  /** Live while dragging. */
  const move = useCallback((id: string, p: Point) => setSaved((s) => ({ ...s, [id]: p })), []);

  /** At the end of a drag: keep it (for everyone, when allowed). */
  const settle = useCallback(
    (moved: { id: string; position: Point }[]) => {
      setSaved((s) => ({ ...s, ...Object.fromEntries(moved.map((m) => [m.id, m.position])) }));
      queueSave(Object.fromEntries(moved.map((m) => [m.id, m.position])));
    },
    [queueSave],
  );

  /** A drag that began on the grid and ended after the layout arrived starts, for undo, from the node's laid-out place. */
  const rebasePoint = useCallback(
    (id: string, p: Point): Point => {
      const laid = autoRef.current?.[id];
      return laid && provisional[id] && samePoint(p, provisional[id]) ? laid : p;
    },
    [provisional],
  );

  /** Re-layout on demand: forget dragged positions (here and, when allowed, for everyone). */
  const relayout = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = {};
    setPhase("laying-out");
    try {
      const { positions, ms } = await runLayout(graphRef.current);
      setSaved({});
      arrive(positions, ms);
    } catch (e) {
      setLayoutError(`The automatic layout failed: ${e instanceof Error ? e.message : String(e)}`);
      setPhase("done");
      return;
    }
    if (!canSave) return;
    const result = await saveMapLayoutAction({ documentId, positions: {}, replace: true });
    setSaveError(result.ok ? null : `The new layout was not saved: ${result.error.message}`);
  }, [canSave, documentId, runLayout, arrive]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (settleTimer.current) clearTimeout(settleTimer.current);
    },
    [],
  );

  /** A layout has been applied (or has failed) at least once. */
  const laidOut = auto !== null || layoutError !== null;
  return { positions, phase, laidOut, move, settle, rebasePoint, relayout, layoutMs, layoutError, saveError };
}
