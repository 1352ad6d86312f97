"use client";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { listUnitsAction, reuseSourcesAction } from "@/app/documents/[id]/actions";
import { ArgumentPanel } from "@/components/arguments/argument-panel";
import { AssignmentPanel } from "@/components/claims/assignment-panel";
import { BulkAssignBar, useBulkSelection } from "@/components/claims/bulk-assign-bar";
import { ClaimCard } from "@/components/claims/claim-card";
import { CommentsPanel } from "@/components/claims/comments-panel";
import { HistoryPanel } from "@/components/claims/history-panel";
import { SimilarClaims } from "@/components/claims/similar-claims";
import { SourcesPanel } from "@/components/claims/sources-panel";
import { StatusBar } from "@/components/claims/status-bar";
import { UnitEditor } from "@/components/claims/unit-editor";
import { UnitList } from "@/components/claims/unit-list";
import { UnitRelations } from "@/components/claims/unit-relations";
import { WorkflowPanel } from "@/components/claims/workflow-panel";
import { DocumentActivity } from "@/components/team/document-activity";
import { ReaderText } from "@/components/reader/reader-text";
import { SelectionBar } from "@/components/reader/selection-bar";
import { ConflictDialog } from "@/components/ui/conflict-dialog";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import { statusCounts } from "@/lib/domain/filters";
import { can } from "@/lib/domain/policy";
import { availableActions, verdictLockedReason } from "@/lib/domain/workflow";
import type { DocumentView, MemberView, SimilarClaimView } from "@/lib/domain/views";
import type { Role, Verdict } from "@/lib/domain/vocabulary";
import { BalanceDialog } from "./balance-dialog";
import { FilterBar, KindLegend, ProgressBar } from "./filter-bar";
import { PresenceAvatars, useViewerMarks, useViewersByUnit } from "./presence-avatars";
import { ReviewSettings } from "./review-settings";
import { SideTabs } from "./side-tabs";
import { useAssignments } from "./use-assignments";
import { useLiveChanges } from "./use-live-changes";
import { usePresence } from "./use-presence";
import { useReviewKeys } from "./use-review-keys";
import { useUnitDetails } from "./use-unit-details";
import { useWorkbench } from "./use-workbench";
import { DocumentHeading } from "./document-heading";
import { SourceWatch } from "./source-watch";
import type { SnapshotsView } from "@/lib/domain/snapshot-view";

interface Props {
  document: DocumentView;
  /** The signed-in user (to tell their own live changes from a teammate's). */
  meId: string;
  /** The reader's role in the document's workspace: what they may do comes from the permission table. */
  role: Role;
  /** assign: "unit.assign" (editors and owners) shows the assignment controls. */
  permissions: { review: boolean; edit: boolean; assign?: boolean };
  members: { id: string; name: string }[];
  /** Members who may review (REVIEWER, EDITOR, OWNER) with their open load: whom claims can be assigned to. */
  reviewers?: MemberView[];
  /** Unit to open first (e.g. /documents/{id}?unit={unitId} from the map or search). */
  initialUnitId?: string;
  /** Extra header controls (e.g. the download menu). */
  toolbar?: React.ReactNode;
  /** Checks of the source page for changes (documents imported from a web address). */
  snapshots?: SnapshotsView | null;
}

export function DocumentWorkbench({ document, meId, role, permissions, members, reviewers = [], initialUnitId, toolbar, snapshots = null }: Props) {
  const wb = useWorkbench(document.id, document.units, initialUnitId, document.relations);
  const { units, selected, draft, dirty, status, actions } = wb;
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

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-6 py-6 lg:grid-cols-[minmax(0,1fr)_400px]">
      <article className="min-w-0">
        <header className="mb-4 space-y-2 border-b border-stone-200 pb-4">
          <DocumentHeading document={document} gone={gone} />
          <div className="flex flex-wrap items-center gap-4">
            <ProgressBar {...wb.progress} />
            <StatusBar counts={statuses} wide />
            <Link href={`/documents/${document.id}/map${selected ? `?unit=${selected.id}` : ""}`} className="text-sm text-blue-700 underline">
              Argument map
            </Link>
            {toolbar}
            <button type="button" className="text-sm text-stone-600 underline" onClick={() => setHelp(true)}>
              Shortcuts (?)
            </button>
            <PresenceAvatars people={presence.people} onSelect={(id) => show(id)} />
            {live && (
              <p className="text-sm text-blue-800" data-testid="live-notice" aria-live="polite">
                {live}
              </p>
            )}
          </div>
          {document.sourceUrl && /^https?:\/\//i.test(document.sourceUrl) && (
            <SourceWatch
              documentId={document.id}
              sourceUrl={document.sourceUrl}
              canCheck={can(role, "document.manage")}
              onShow={(id) => show(id)}
              initial={snapshots}
            />
          )}
          <ReviewSettings
            documentId={document.id}
            doubleReview={doubleReview}
            canManage={can(role, "document.manage")}
            refreshKey={written}
            onChange={setDoubleReview}
          />
          <FilterBar filters={wb.filters} onChange={actions.setFilters} assignees={members} />
          <KindLegend />
        </header>
        {permissions.edit && <SelectionBar textLength={document.text.length} onCaret={setCaret} onCreate={actions.create} busy={status.busy} />}
        <ReaderText text={document.text} units={units} selectedId={selected?.id ?? null} visible={wb.visible} onSelect={show} />
      </article>
      <aside className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <SideTabs
          arguments={() => (
            <ArgumentPanel
              documentId={document.id}
              checked={selectedIds.map((id) => unitsById.get(id)!)}
              canEdit={can(role, "argument.edit")}
              canReview={can(role, "argument.review")}
              refreshKey={liveTick}
              onReconstructed={bulk.clear}
              units={unitsById}
              relations={wb.relations}
              language={document.language}
            />
          )}
          activity={({ visible, showClaim }) => (
            <DocumentActivity
              documentId={document.id}
              workspaceId={document.workspace.id}
              members={members}
              visible={visible}
              onOpenUnit={(id) => {
                showClaim();
                show(id);
              }}
            />
          )}
        >
          <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
            {selected && draft ? (
              <>
                <WorkflowPanel
                  unit={selected}
                  meId={meId}
                  role={role}
                  doubleReview={doubleReview}
                  assignedOnly={document.workspace.assignedOnly}
                  reviews={details?.reviews ?? []}
                  names={names}
                  busy={status.busy}
                  onTransition={async (to, decision) => {
                    const ok = await actions.transition(to, decision);
                    reload();
                    return ok;
                  }}
                />
                <ConflictDialog conflict={wb.conflict} />
                {permissions.assign && (
                  <AssignmentPanel
                    unit={selected}
                    doubleReview={doubleReview}
                    reviewers={reviewers}
                    names={names}
                    meId={meId}
                    busy={cardAssignment.status.busy}
                    error={cardAssignment.status.error}
                    notice={cardAssignment.status.notice}
                    onAssign={(reviewer, slot) => void cardAssignment.assign([selected.id], reviewer, slot)}
                    onUnassign={(slot) => void cardAssignment.unassign([selected.id], slot)}
                  />
                )}
                <ClaimCard
                  ref={rationaleRef}
                  unit={selected}
                  draft={draft}
                  canReview={canSubmit}
                  readOnlyReason={readOnlyReason}
                  saving={status.busy}
                  error={status.error}
                  notice={status.notice}
                  onDraft={actions.setDraft}
                  onSave={saveVerdict}
                >
                  <UnitRelations unit={selected} relations={wb.relations} unitsById={unitsById} onSelect={show} />
                  <SimilarClaims claims={similar} canReuse={permissions.review} onReuse={reuse} />
                </ClaimCard>
                {permissions.edit && (
                  <UnitEditor
                    key={`${selected.id}:${selected.version}`}
                    unit={selected}
                    next={wb.next}
                    caret={caret}
                    busy={status.busy}
                    wording={actions.wording}
                    onWording={actions.setWording}
                    onUpdate={actions.update}
                    onSplit={actions.split}
                    onMerge={actions.merge}
                    onDelete={actions.remove}
                  />
                )}
                {details && (
                  <>
                    <SourcesPanel unitId={selected.id} sources={details.sources} canAttach={permissions.review} onChanged={reload} />
                    <CommentsPanel
                      unitId={selected.id}
                      comments={details.comments}
                      canComment={permissions.review}
                      onChanged={reload}
                      members={members}
                      meId={meId}
                    />
                    <HistoryPanel unitId={selected.id} history={details.history} people={details.people} units={details.units} />
                  </>
                )}
              </>
            ) : (
              <p className="text-sm text-stone-600">No unit selected. Select text in the article to create one.</p>
            )}
          </div>
        </SideTabs>
        <div className="rounded-lg border border-stone-200 bg-white p-2">
          <p className="px-2 py-1 text-xs text-stone-600">
            {wb.visibleUnits.length} of {units.length} units shown
          </p>
          {permissions.assign && (
            <BulkAssignBar
              selectedIds={selectedIds}
              visibleCount={wb.visibleUnits.length}
              reviewers={reviewers}
              doubleReview={doubleReview}
              busy={bulkAssignment.status.busy}
              error={bulkAssignment.status.error}
              notice={bulkAssignment.status.notice}
              onSelectAll={bulk.selectAll}
              onClear={bulk.clear}
              onAssign={(reviewer, slot) => void bulkAssignment.assign(selectedIds, reviewer, slot).then((ok) => ok && bulk.clear())}
              onUnassign={(slot) => void bulkAssignment.unassign(selectedIds, slot).then((ok) => ok && bulk.clear())}
              onBalance={() => setBalancing(true)}
            />
          )}
          <UnitList
            units={wb.visibleUnits}
            selectedId={selected?.id ?? null}
            onSelect={show}
            checked={permissions.assign ? bulk.checked : undefined}
            onCheck={permissions.assign ? bulk.onCheck : undefined}
            assigneeName={assigneeName}
          />
        </div>
      </aside>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      {permissions.assign && (
        <BalanceDialog
          open={balancing}
          documentId={document.id}
          workspaceId={document.workspace.id}
          doubleReview={doubleReview}
          onClose={() => setBalancing(false)}
          onApplied={async (n) => {
            await refreshUnits();
            bulkAssignment.clear();
            setLive(`Balanced: ${n} unit${n === 1 ? "" : "s"} assigned.`);
          }}
        />
      )}
    </div>
  );
}
