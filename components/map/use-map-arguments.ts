"use client";
import { useCallback, useState } from "react";
import { listArgumentsAction } from "@/app/documents/[id]/argument-actions";
import { toMapArgument, type MapArgument } from "@/lib/domain/argument-map";
import type { ArgumentRelationView } from "@/lib/domain/arguments";

/**
 * The document's reconstructed arguments as the map draws them, and which of them are expanded
 * (in this tab only: collapsed by default). Arguments are written in the workbench's Arguments
 * tab, never on the map, so `refresh` reads them again when the document's change stream reports
 * an argument change (argument-map-view.tsx), from a teammate or from this user in another tab.
 */
export function useMapArguments(documentId: string, initial: { arguments: MapArgument[]; relations: ArgumentRelationView[] }) {
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
  return { arguments: state.arguments, relations: state.relations, expanded, toggle, refresh };
}
