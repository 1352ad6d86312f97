"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { listUnitsAction, reuseSourcesAction } from "@/app/documents/[id]/actions";
import { useBulkSelection } from "@/components/claims/bulk-assign-bar";
import { statusCounts } from "@/lib/domain/filters";
import { availableActions, verdictLockedReason } from "@/lib/domain/workflow";
import type { DocumentView, SimilarClaimView } from "@/lib/domain/views";
import type { Role, Verdict } from "@/lib/domain/vocabulary";
import { useViewerMarks, useViewersByUnit } from "./presence-avatars";
import { useAssignments } from "./use-assignments";
import { useLiveChanges } from "./use-live-changes";
import { usePresence } from "./use-presence";
import { useReviewKeys } from "./use-review-keys";
import { useUnitDetails } from "./use-unit-details";
import { useWorkbench } from "./use-workbench";

interface Options {
  document: DocumentView;
  meId: string;
  role: Role;
  permissions: { review: boolean };
  members: { id: string; name: string }[];
  initialUnitId?: string;
}

/**
 * The document workbench's state around its units (useWorkbench): the selected unit's details,
 * live changes and presence, assignments, what the reader may do with the selected claim, and the
 * review shortcuts. DocumentWorkbench and its ClaimPane render it.
 */
export function useDocumentReview({ document, meId, role, permissions, members, initialUnitId }: Options) {
  const wb = useWorkbench(document.id, document.units, initialUnitId, document.relations);
  const { units, selected, dirty, actions } = wb;
  const { details, similar, reload } = useUnitDetails(selected?.id ?? null, selected?.version);
  const [caret, setCaret] = useState<number | null>(null);
  const [help, setHelp] = useState(false);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const [live, setLive] = useState<string>();
  const [doubleReview, setDoubleReview] = useState(document.doubleReview);
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  const { mergeRemote } = actions;
  const presence = usePresence(document.id, meId, selected?.id ?? null);
  useViewerMarks(useViewersByUnit(presence.people), units);
  // The units again (after a teammate's change, or our own assignment, which also moves statuses).
  const refreshUnits = useCallback(async () => {
    const r = await listUnitsAction({ documentId: document.id });
    if (r.ok) mergeRemote(r.data);
    reload();
    return r.ok;
  }, [document.id, mergeRemote, reload]);
  // The live stream said the reader lost access (deleted, or removed): what they typed stays on screen.
  const [gone, setGone] = useState(false);
  // Moves on every teammate's change: the Arguments tab reads its list again.
  const [liveTick, setLiveTick] = useState(0);
  useLiveChanges(
    document.id,
    meId,
    useCallback(async () => {
      setLiveTick((n) => n + 1);
      if (await refreshUnits()) setLive(`Updated by a teammate at ${new Date().toLocaleTimeString()}.`);
    }, [refreshUnits]),
    presence.refresh,
    document.lastActivityId,
    useCallback(() => setGone(true), []),
  );
  const cardAssignment = useAssignments(document.id, refreshUnits);
  const bulkAssignment = useAssignments(document.id, refreshUnits);
  const bulk = useBulkSelection(wb.visibleUnits);
  const [balancing, setBalancing] = useState(false);
  const { clear: clearCardAssignment } = cardAssignment;
  useEffect(() => clearCardAssignment(), [selected?.id, clearCardAssignment]);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  // Checked units that still exist (a teammate may have deleted one meanwhile).
  const selectedIds = useMemo(() => [...bulk.checked].filter((id) => unitsById.has(id)), [bulk.checked, unitsById]);
  const assigneeName = useCallback((id: string) => (id === meId ? "you" : (names.get(id) ?? "a former member")), [meId, names]);
  const statuses = useMemo(() => statusCounts(units), [units]);
  // Whether the workflow lets the reader give this claim a verdict now (role, approval lock, double review).
  const canSubmit =
    !!selected &&
    availableActions({
      status: selected.status,
      role,
      isAssignee: selected.assigneeId === meId || selected.secondAssigneeId === meId,
      assignedOnly: document.workspace.assignedOnly,
      doubleReview,
    }).includes("submit");
  // A refused save hands the keyboard to the rationale (unless the conflict dialog took it).
  const { saveVerdict: sendVerdict } = actions;
  const saveVerdict = useCallback(async () => {
    if ((await sendVerdict()) === false && !window.document.querySelector("dialog[open]")) rationaleRef.current?.focus();
  }, [sendVerdict]);
  const readOnlyReason = permissions.review && selected ? verdictLockedReason(selected.status, doubleReview) : undefined;
  // Moves whenever any unit is written (by anyone): the agreement figure is read again.
  const written = useMemo(() => units.reduce((n, u) => n + u.version, 0), [units]);

  const { select } = actions;
  const show = useCallback(
    (id: string, flash = true) => {
      select(id);
      const mark = window.document.getElementById(`mark-${id}`);
      mark?.scrollIntoView({ block: "center", behavior: "smooth" });
      if (flash && mark) {
        mark.dataset.flash = "false";
        requestAnimationFrame(() => (mark.dataset.flash = "true"));
      }
    },
    [select],
  );

  useEffect(() => {
    if (initialUnitId) window.document.getElementById(`mark-${initialUnitId}`)?.scrollIntoView({ block: "center" });
  }, [initialUnitId]);
  useEffect(() => {
    if (selected && details)
      actions.patchCounts(selected.id, { sourceCount: details.sources.length, openComments: details.comments.filter((c) => !c.resolved).length });
  }, [details]); // eslint-disable-line react-hooks/exhaustive-deps -- only when details arrive

  useReviewKeys(
    useMemo(
      () => ({
        move: (delta: 1 | -1) => {
          const list = wb.visibleUnits;
          const i = list.findIndex((u) => u.id === selected?.id);
          const target = list[i === -1 ? 0 : Math.min(list.length - 1, Math.max(0, i + delta))];
          if (target) show(target.id, false);
        },
        pick: (verdict: Verdict) => {
          if (!canSubmit) return;
          actions.pickVerdict(verdict);
          if (verdict !== "UNREVIEWED") rationaleRef.current?.focus();
        },
        search: () => window.document.getElementById("global-search")?.focus(),
        help: () => setHelp(true),
        save: () => canSubmit && saveVerdict(),
        dirty: canSubmit && dirty,
        focusDraft: () => rationaleRef.current?.focus(),
      }),
      [wb.visibleUnits, selected, show, actions, canSubmit, dirty, saveVerdict],
    ),
  );

  // One transaction on the server: every source is attached, or none is and the error shows.
  async function reuse(claim: SimilarClaimView) {
    if (!selected) return;
    const r = await reuseSourcesAction({ unitId: selected.id, fromUnitId: claim.id });
    if (!r.ok) return actions.showError(r.error.message);
    actions.setDraft({ verdict: r.data.verdict, rationale: r.data.rationale ?? "" });
    reload();
  }

  return {
    wb,
    details,
    similar,
    reload,
    caret,
    setCaret,
    help,
    setHelp,
    rationaleRef,
    live,
    setLive,
    doubleReview,
    setDoubleReview,
    names,
    presence,
    refreshUnits,
    gone,
    liveTick,
    cardAssignment,
    bulkAssignment,
    bulk,
    balancing,
    setBalancing,
    unitsById,
    selectedIds,
    assigneeName,
    statuses,
    canSubmit,
    saveVerdict,
    readOnlyReason,
    written,
    show,
    reuse,
  };
}

export type DocumentReview = ReturnType<typeof useDocumentReview>;
