"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  createUnitAction,
  deleteUnitAction,
  mergeUnitsAction,
  setVerdictAction,
  splitUnitAction,
  transitionUnitAction,
  updateUnitAction,
} from "@/app/documents/[id]/actions";
import { draftOf, type Draft } from "@/components/claims/claim-card";
import { useMutation, type ConflictResolution } from "@/components/ui/use-mutation";
import type { ActionResult } from "@/lib/domain/errors";
import { isFiltering, matchesFilters, reviewProgress, type UnitFilters } from "@/lib/domain/filters";
import type { RelationView, UnitView } from "@/lib/domain/views";
import { UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";

/** A unit's normalised wording as the conflict dialog shows it (empty: the anchored words themselves). */
const wording = (text: string | null | undefined, unit: UnitView) => (text ? text : `(the original words: ${unit.exact})`);

const byStart = (a: UnitView, b: UnitView) => a.start - b.start || a.end - b.end;

/** The workbench's state: units, selection, per-unit drafts, filters, and every unit mutation. */
export function useWorkbench(documentId: string, initial: UnitView[], initialUnitId?: string, initialRelations: RelationView[] = []) {
  const [units, setUnits] = useState(() => [...initial].sort(byStart));
  // Relations move with their words on a merge or split: those writes answer the document's relations.
  const [relations, setRelations] = useState(initialRelations);
  const [selectedId, setSelectedId] = useState<string | null>(initial.find((u) => u.id === initialUnitId)?.id ?? initial[0]?.id ?? null);
  // Drafts are kept per unit: moving to another claim never throws away a half-written rationale.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  // The version each pending verdict draft started from: a save carries it, so a teammate's change
  // that arrived live meanwhile is a conflict to decide, not something silently overwritten.
  const [bases, setBases] = useState<Record<string, number>>({});
  // Unsaved normalised wording per unit, with the version it started from (kept across remounts of the editor).
  const [wordings, setWordings] = useState<Record<string, { text: string; base: number }>>({});
  const [filters, setFilters] = useState<UnitFilters>({});
  const { status, setStatus, run: runAction, conflict } = useMutation();
  // The latest drafts, for "apply mine on top": the user may have kept typing while the dialog was aside.
  const latestDrafts = useRef(drafts);
  useEffect(() => {
    latestDrafts.current = drafts;
  }, [drafts]);

  const selected = units.find((u) => u.id === selectedId) ?? null;
  const draft = selected ? (drafts[selected.id] ?? draftOf(selected)) : null;
  /** The selected claim's draft differs from what is saved (the claim card's Save is enabled). */
  const dirty = !!selected && !!draft && (draft.verdict !== draftOf(selected).verdict || draft.rationale !== draftOf(selected).rationale);
  const visibleUnits = useMemo(() => units.filter((u) => matchesFilters(u, filters)), [units, filters]);
  const visible = useMemo(() => (isFiltering(filters) ? new Set(visibleUnits.map((u) => u.id)) : null), [filters, visibleUnits]);
  const progress = useMemo(() => reviewProgress(units), [units]);
  const next = selected ? (units[units.indexOf(selected) + 1] ?? null) : null;

  const replace = useCallback((changed: UnitView[], removed: string[] = []) => {
    setUnits((all) => {
      const map = new Map(all.filter((u) => !removed.includes(u.id)).map((u) => [u.id, u]));
      for (const u of changed) map.set(u.id, u);
      return [...map.values()].sort(byStart);
    });
  }, []);

  /**
   * Runs a mutation; a version conflict shows the other person's version (and, with `resolve`, the
   * conflict dialog: theirs beside mine), a failure its message.
   */
  const run = <T>(action: () => Promise<ActionResult<T>>, onOk: (data: T) => void, notice?: string, resolve?: ConflictResolution<T, UnitView>) =>
    runAction<T, UnitView>(action, onOk, { notice, onConflict: (current) => replace([current]), resolve });

  // Stable, so the memoised reader does not re-render its thousands of marks on every keypress.
  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      setStatus({ busy: false });
    },
    [setStatus],
  );

  const clearDraft = (id: string) => {
    setDrafts(({ [id]: _omit, ...rest }) => (void _omit, rest));
    setBases(({ [id]: _omit, ...rest }) => (void _omit, rest));
  };
  const clearWording = (id: string) => setWordings(({ [id]: _omit, ...rest }) => (void _omit, rest));
  const startDraft = (u: UnitView) => setBases((all) => (u.id in all ? all : { ...all, [u.id]: u.version }));
  /** Our own write moved the unit from `before`: drafts pending on it now start from the new version. */
  const ownWrite = (before: number) => (u: UnitView) => {
    replace([u]);
    setBases((all) => (all[u.id] === before ? { ...all, [u.id]: u.version } : all));
    setWordings((all) => (all[u.id]?.base === before ? { ...all, [u.id]: { ...all[u.id]!, base: u.version } } : all));
  };

  const actions = {
    select,
    setDraft: (d: Draft) => {
      if (!selected) return;
      // The last refusal ("required for Disputed") was about the draft being changed now.
      if (status.error) setStatus({ busy: false });
      startDraft(selected);
      setDrafts((all) => ({ ...all, [selected.id]: d }));
    },
    pickVerdict: (verdict: Draft["verdict"]) => {
      if (!selected) return;
      startDraft(selected);
      setDrafts((all) => ({ ...all, [selected.id]: { ...(all[selected.id] ?? draftOf(selected)), verdict } }));
    },
    /** The selected unit's unsaved wording (the editor shows it; undefined: none). */
    wording: selected ? wordings[selected.id]?.text : undefined,
    setWording: (text: string) => selected && setWordings((all) => ({ ...all, [selected.id]: { text, base: all[selected.id]?.base ?? selected.version } })),
    saveVerdict: () => {
      if (!selected || !draft) return;
      const unitId = selected.id;
      const mine = () => latestDrafts.current[unitId] ?? draft;
      let sent = bases[unitId] ?? selected.version;
      return run(
        () => setVerdictAction({ unitId, version: sent, ...draft }),
        (u) => {
          ownWrite(sent)(u);
          clearDraft(u.id);
          // Hand the keyboard back to the reader: j/k move on right after a save.
          (document.activeElement as HTMLElement | null)?.blur?.();
        },
        "Saved.",
        {
          compare: (current) => [
            { label: "Verdict", mine: VERDICT_LABEL[mine().verdict], theirs: VERDICT_LABEL[draftOf(current).verdict] },
            { label: "Rationale", mine: mine().rationale, theirs: draftOf(current).rationale },
          ],
          retry: (current) => setVerdictAction({ unitId, version: (sent = current.version), ...mine() }),
          discard: () => clearDraft(unitId),
        },
      );
    },
    /** A workflow move (start, approve, reopen, adjudicate with the editor's decision). */
    transition: (to: "OPEN" | "IN_REVIEW" | "REVIEWED" | "APPROVED", decision?: { verdict: Draft["verdict"]; rationale: string }) =>
      selected
        ? run(() => transitionUnitAction({ unitId: selected.id, version: selected.version, to, ...decision }), ownWrite(selected.version), "Saved.")
        : Promise.resolve(false),
    update: (input: { kind?: UnitView["kind"]; text?: string | null }) => {
      if (!selected) return;
      const unitId = selected.id;
      let sent = input.text !== undefined ? (wordings[unitId]?.base ?? selected.version) : selected.version;
      return run(
        () => updateUnitAction({ unitId, version: sent, ...input }),
        (u) => {
          ownWrite(sent)(u);
          if (input.text !== undefined) clearWording(unitId);
        },
        "Saved.",
        {
          compare: (current) => [
            ...(input.kind !== undefined ? [{ label: "Kind", mine: UNIT_KIND_LABEL[input.kind], theirs: UNIT_KIND_LABEL[current.kind] }] : []),
            ...(input.text !== undefined ? [{ label: "Wording", mine: wording(input.text, current), theirs: wording(current.text, current) }] : []),
          ],
          retry: (current) => updateUnitAction({ unitId, version: (sent = current.version), ...input }),
          discard: () => input.text !== undefined && clearWording(unitId),
        },
      );
    },
    split: (at: number) =>
      selected &&
      run(
        () => splitUnitAction({ unitId: selected.id, version: selected.version, at }),
        (r) => {
          replace([r.first, r.second]);
          setRelations(r.relations);
        },
        "Split in two.",
      ),
    merge: () =>
      selected &&
      next &&
      run(
        () => mergeUnitsAction({ unitId: selected.id, version: selected.version, nextId: next.id, nextVersion: next.version }),
        (r) => {
          replace([r.unit], [r.removedId]);
          setRelations(r.relations);
        },
        "Merged.",
      ),
    remove: () =>
      selected &&
      run(
        () => deleteUnitAction({ unitId: selected.id, version: selected.version }),
        () => {
          const i = units.indexOf(selected);
          replace([], [selected.id]);
          setSelectedId(units[i + 1]?.id ?? units[i - 1]?.id ?? null);
        },
        "Deleted.",
      ),
    create: (span: { start: number; end: number }, kind: UnitView["kind"]) =>
      run(
        () => createUnitAction({ documentId, ...span, kind }),
        (u) => {
          replace([u]);
          setSelectedId(u.id);
        },
        "Unit created.",
      ),
    patchCounts: (id: string, counts: Pick<UnitView, "sourceCount" | "openComments">) =>
      setUnits((all) =>
        all.map((u) => (u.id === id && (u.sourceCount !== counts.sourceCount || u.openComments !== counts.openComments) ? { ...u, ...counts } : u)),
      ),
    setFilters,
    showError: (error: string) => setStatus({ busy: false, error }),
    /** A teammate's changes: take the server's units, except where ours is already newer. */
    mergeRemote: (server: UnitView[]) =>
      setUnits((local) => {
        const mine = new Map(local.map((u) => [u.id, u]));
        return server.map((s) => ((mine.get(s.id)?.version ?? 0) > s.version ? mine.get(s.id)! : s)).sort(byStart);
      }),
  };
  return { units, relations, selected, draft, dirty, next, visibleUnits, visible, progress, filters, status, conflict, actions };
}
