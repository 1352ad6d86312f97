"use client";
import { AssignmentPanel } from "@/components/claims/assignment-panel";
import { ClaimCard } from "@/components/claims/claim-card";
import { CommentsPanel } from "@/components/claims/comments-panel";
import { HistoryPanel } from "@/components/claims/history-panel";
import { SimilarClaims } from "@/components/claims/similar-claims";
import { SourcesPanel } from "@/components/claims/sources-panel";
import { UnitEditor } from "@/components/claims/unit-editor";
import { UnitRelations } from "@/components/claims/unit-relations";
import { WorkflowPanel } from "@/components/claims/workflow-panel";
import { ConflictDialog } from "@/components/ui/conflict-dialog";
import type { MemberView } from "@/lib/domain/views";
import type { Role } from "@/lib/domain/vocabulary";
import type { DocumentReview } from "./use-document-review";

interface Props {
  review: DocumentReview;
  meId: string;
  role: Role;
  /** Workspace setting: reviewers work only on claims assigned to them. */
  assignedOnly: boolean;
  permissions: { review: boolean; edit: boolean; assign?: boolean };
  members: { id: string; name: string }[];
  reviewers: MemberView[];
}

/** The workbench's Claim tab: the selected unit's workflow, assignment, verdict, wording and panels. */
export function ClaimPane({ review, meId, role, assignedOnly, permissions, members, reviewers }: Props) {
  const {
    wb,
    details,
    similar,
    reload,
    caret,
    rationaleRef,
    doubleReview,
    names,
    cardAssignment,
    unitsById,
    canSubmit,
    saveVerdict,
    readOnlyReason,
    show,
    reuse,
  } = review;
  const { selected, draft, status, actions } = wb;
  return (
    <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      {selected && draft ? (
        <>
          <WorkflowPanel
            unit={selected}
            meId={meId}
            role={role}
            doubleReview={doubleReview}
            assignedOnly={assignedOnly}
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
  );
}
