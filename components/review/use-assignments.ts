"use client";
import { useCallback, useState } from "react";
import { assignClaimsAction, unassignClaimsAction } from "@/app/documents/[id]/actions";
import type { AssignmentSlot } from "@/lib/domain/assignment";

export interface AssignmentStatus {
  busy: boolean;
  error?: string;
  notice?: string;
}

/**
 * Assigning from the workbench (the claim card and the unit list's bulk bar): one server action
 * each, all-or-nothing on the server; afterwards the units are read again (`onChanged`), since an
 * assignment also moves a claim's status. A refusal keeps its message for the page to show.
 */
export function useAssignments(documentId: string, onChanged: () => Promise<unknown> | void) {
  const [status, setStatus] = useState<AssignmentStatus>({ busy: false });
  const finish = useCallback(
    async (r: { ok: true } | { ok: false; error: { message: string } }, notice: string) => {
      if (!r.ok) return (setStatus({ busy: false, error: r.error.message }), false);
      await onChanged();
      setStatus({ busy: false, notice });
      return true;
    },
    [onChanged],
  );
  const assign = useCallback(
    async (unitIds: string[], reviewer: { id: string; name: string }, slot: AssignmentSlot = "first") => {
      setStatus({ busy: true });
      const r = await assignClaimsAction({ documentId, unitIds, reviewerIds: [reviewer.id], strategy: "explicit", slot });
      const n = unitIds.length;
      return finish(r, `${n === 1 ? "Assigned" : `${n} units assigned`} to ${reviewer.name}${slot === "second" ? " as second reviewer" : ""}.`);
    },
    [documentId, finish],
  );
  const unassign = useCallback(
    async (unitIds: string[], slot: AssignmentSlot = "first") => {
      setStatus({ busy: true });
      const r = await unassignClaimsAction({ documentId, unitIds, slot });
      const n = unitIds.length;
      return finish(r, n === 1 ? "Unassigned." : `${n} units unassigned.`);
    },
    [documentId, finish],
  );
  const clear = useCallback(() => setStatus({ busy: false }), []);
  return { status, assign, unassign, clear };
}
