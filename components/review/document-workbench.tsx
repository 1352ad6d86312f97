"use client";
import Link from "next/link";
import { ArgumentPanel } from "@/components/arguments/argument-panel";
import { BulkAssignBar } from "@/components/claims/bulk-assign-bar";
import { StatusBar } from "@/components/claims/status-bar";
import { UnitList } from "@/components/claims/unit-list";
import { DocumentActivity } from "@/components/team/document-activity";
import { ReaderText } from "@/components/reader/reader-text";
import { SelectionBar } from "@/components/reader/selection-bar";
import { ShortcutsDialog } from "@/components/ui/shortcuts-dialog";
import { can } from "@/lib/domain/policy";
import type { DocumentView, MemberView } from "@/lib/domain/views";
import type { Role } from "@/lib/domain/vocabulary";
import { BalanceDialog } from "./balance-dialog";
import { ClaimPane } from "./claim-pane";
import { FilterBar, KindLegend, ProgressBar } from "./filter-bar";
import { PresenceAvatars } from "./presence-avatars";
import { ReviewSettings } from "./review-settings";
import { SideTabs } from "./side-tabs";
import { useDocumentReview } from "./use-document-review";
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
  const review = useDocumentReview({ document, meId, role, permissions, members, initialUnitId });
  const {
    wb,
    gone,
    statuses,
    help,
    setHelp,
    presence,
    show,
    live,
    setLive,
    doubleReview,
    setDoubleReview,
    written,
    setCaret,
    selectedIds,
    unitsById,
    liveTick,
    bulk,
    bulkAssignment,
    balancing,
    setBalancing,
    refreshUnits,
    assigneeName,
  } = review;
  const { units, selected, status, actions } = wb;

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
          <ClaimPane
            review={review}
            meId={meId}
            role={role}
            assignedOnly={document.workspace.assignedOnly}
            permissions={permissions}
            members={members}
            reviewers={reviewers}
          />
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
