"use client";
import { useCallback, useEffect, useState } from "react";
import { findSimilarClaimsAction, getUnitDetailsAction } from "@/app/documents/[id]/actions";
import type { SimilarClaimView, UnitDetailsView } from "@/lib/domain/views";

interface Loaded {
  unitId: string;
  details: UnitDetailsView | null;
  similar: SimilarClaimView[];
}

/** Sources, comments, history and similar claims of the selected unit, loaded on demand. */
export function useUnitDetails(unitId: string | null, version = 0) {
  // Keyed by unit: what was loaded for another unit is never shown for this one.
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!unitId) return;
    let current = true;
    void Promise.all([getUnitDetailsAction({ unitId }), findSimilarClaimsAction({ unitId })]).then(([d, s]) => {
      if (current) setLoaded({ unitId, details: d.ok ? d.data : null, similar: s.ok ? s.data : [] });
    });
    return () => {
      current = false;
    };
    // A new version (our save or a teammate's) brings a new history entry: read the details again.
  }, [unitId, version, generation]);

  const current = loaded?.unitId === unitId ? loaded : null;
  return { details: current?.details ?? null, similar: current?.similar ?? [], reload };
}
