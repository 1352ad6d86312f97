"use client";
import { useCallback, useMemo, useState } from "react";
import { listArgumentsAction } from "@/app/documents/[id]/argument-actions";
import { toMapArgument, type MapArgument } from "@/lib/domain/argument-map";
import type { ArgumentRelationView } from "@/lib/domain/arguments";
import { argumentOverlay } from "@/lib/domain/map-arguments";
import type { MapGraph } from "@/lib/domain/map-graph";

/**
 * The document's reconstructed arguments as the map draws them, and which of them are expanded
 * (in this tab only: collapsed by default). Arguments are written in the workbench's Arguments
 * tab, never on the map: `refresh` reads them again on a teammate's change (or a missed stream)
 * and `onChange` on this user's own argument changes, made in another tab (useLiveChanges).
 */
export function useMapArguments(documentId: string, meId: string, initial: { arguments: MapArgument[]; relations: ArgumentRelationView[] }) {
  const [state, setState] = useState(initial);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (argumentId: string) =>
      setExpanded((s) => {
        const next = new Set(s);
        if (!next.delete(argumentId)) next.add(argumentId);
        return next;
      }),
    [],
  );
  const refresh = useCallback(async () => {
    const r = await listArgumentsAction({ documentId });
    // A failed read keeps what is drawn; the next change tries again.
    if (r.ok) setState({ arguments: r.data.arguments.map(toMapArgument), relations: r.data.relations });
  }, [documentId]);
  const onChange = useCallback(
    (e: { actorId: string | null; entityType: string }) => {
      if (e.actorId === meId && e.entityType === "argument") void refresh();
    },
    [meId, refresh],
  );
  return { arguments: state.arguments, relations: state.relations, expanded, toggle, refresh, onChange };
}

/** The units' graph with the arguments' boxes and arrows: what is laid out, placed and drawn. */
export function useDrawnGraph(args: ReturnType<typeof useMapArguments>, graph: MapGraph) {
  const overlay = useMemo(
    () => argumentOverlay(args.arguments, args.relations, new Map(graph.nodes.map((n) => [n.id, n.start])), args.expanded),
    [args.arguments, args.relations, args.expanded, graph],
  );
  const drawn = useMemo(() => ({ nodes: [...graph.nodes, ...overlay.nodes], edges: [...graph.edges, ...overlay.edges] }), [graph, overlay]);
  return { overlay, drawn };
}
