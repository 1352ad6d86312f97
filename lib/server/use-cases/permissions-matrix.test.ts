// Every use case x every role (OWNER, EDITOR, REVIEWER, VIEWER, non-member) against the ONE
// permission table (lib/domain/policy.ts) and the workflow table (lib/domain/workflow.ts). Each
// case names the table rows its use case needs; the expected outcome is computed from the tables,
// never written per case: allowed -> it succeeds; refused -> FORBIDDEN for a member without the
// permission, NOT_FOUND for a non-member (no existence leaks), and nothing is written. So the
// tables and the guards cannot drift apart. Against a real PGlite; members join by invitation.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ACTIONS, can, type Action } from "@/lib/domain/policy";
import type { ReviewStatus } from "@/lib/domain/vocabulary";
import { transition, type WorkflowAction } from "@/lib/domain/workflow";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { ACTORS, codeOf, importText, joinByInvitation, personFor, seedTeam, signUp } = await import("../testing/fixtures");
type Team = import("../testing/fixtures").Team;
type Person = import("../testing/fixtures").Person;
type Actor = import("../testing/fixtures").Actor;

const { addComment } = await import("./add-comment");
const { assignClaims } = await import("./assign-claims");
const { attachSource } = await import("./attach-source");
const { createInvitation } = await import("./create-invitation");
const { createRelation } = await import("./create-relation");
const { createResetLink } = await import("./create-reset-link");
const { createUnit } = await import("./create-unit");
const { archiveDocument } = await import("./archive-document");
const { deleteDocument } = await import("./delete-document");
const { deleteRelation } = await import("./delete-relation");
const { deleteUnit } = await import("./delete-unit");
const { detachSource } = await import("./detach-source");
const { editComment } = await import("./edit-comment");
const { exportDocument } = await import("./export-document");
const { findSimilarClaims } = await import("./find-similar-claims");
const { getAgreement } = await import("./get-agreement");
const { getArgumentMap } = await import("./get-argument-map");
const { getDashboard } = await import("./get-dashboard");
const { getDocument } = await import("./get-document");
const { getUnitDetails } = await import("./get-unit-details");
const { getWorkspace } = await import("./get-workspace");
const { importDocument } = await import("./import-document");
const { startImport } = await import("./start-import");
const { checkForChanges, listSnapshots } = await import("./check-for-changes");
const { archiveSource, getSourceArchive } = await import("./archive-source");
const { listDocumentActivity } = await import("./list-document-activity");
const { listDocuments, listWorkspaceDocuments } = await import("./list-documents");
const { listInvitations } = await import("./list-invitations");
const { listMembers } = await import("./list-members");
const { listUnits } = await import("./list-units");
const { listWorkspaceActivity } = await import("./list-workspace-activity");
const { listWorkspaces } = await import("./list-workspaces");
const { mergeUnits } = await import("./merge-units");
const { removeMember } = await import("./remove-member");
const { resolveComment } = await import("./resolve-comment");
const { reuseSources } = await import("./reuse-sources");
const { revokeInvitation } = await import("./revoke-invitation");
const { saveMapLayout } = await import("./save-map-layout");
const { searchSources } = await import("./search-sources");
const { searchWorkspace } = await import("./search-workspace");
const { setVerdict } = await import("./set-verdict");
const { splitUnit } = await import("./split-unit");
const { transitionUnit } = await import("./transition-unit");
const { unassignClaims } = await import("./unassign-claims");
const { updateDocument } = await import("./update-document");
const { updateMemberRole } = await import("./update-member-role");
const { updateRelation } = await import("./update-relation");
const { updateUnit } = await import("./update-unit");
const { updateWorkspace } = await import("./update-workspace");
const { heartbeatPresence } = await import("./heartbeat-presence");
const { listPresence } = await import("./list-presence");
const { leavePresence } = await import("./leave-presence");
const { getPublication } = await import("./get-publication");
const { publishDocument } = await import("./publish-document");
const { unpublishDocument } = await import("./unpublish-document");
const { answerCriticalQuestion } = await import("./answer-critical-question");
const { createArgument } = await import("./create-argument");
const { deleteArgument } = await import("./delete-argument");
const { deleteArgumentRelation } = await import("./delete-argument-relation");
const { getArgument } = await import("./get-argument");
const { listArguments } = await import("./list-arguments");
const { raiseObjection } = await import("./raise-objection");
const { updateArgument } = await import("./update-argument");

/**
 * Use cases that act on no workspace record, so the role table has nothing to say about them.
 * Each reason says what guards them instead, and where that is tested.
 */
const NOT_ROLE_GUARDED: Record<string, string> = {
  "accept-invitation": "the token plus the signed-in email decide, not a role (invitations.test.ts)",
  "preview-invitation": "holding the token is the entitlement; no signed-in user (invitations.test.ts)",
  "check-health": "liveness probe, no user and no data",
  "sign-up-user": "creates the account; no user yet (use-cases.test.ts)",
  "seed-demo-workspace": "server setup, run by the seed script, no user",
  "create-workspace": "any signed-in person creates their own workspace and owns it (team.test.ts)",
  "create-api-token": "account-level: the caller's own tokens (interchange.test.ts)",
  "list-api-tokens": "account-level: the caller's own tokens (interchange.test.ts)",
  "revoke-api-token": "account-level: the caller's own tokens (interchange.test.ts)",
  "request-password-reset": "no user yet: emails a link to the address asked for, same answer for any email (password-reset.test.ts)",
  "reset-password": "holding the one-time reset token is the entitlement; no signed-in user (password-reset.test.ts)",
  "change-password": "account-level: the caller's own password, proven by the current one (sessions.test.ts)",
  "end-sessions": "account-level: the caller's own sessions (sessions.test.ts)",
  "list-notifications": "the caller's own notifications, in workspaces they still belong to (notifications.test.ts)",
  "mark-notifications-read": "the caller's own notifications only (notifications.test.ts)",
  "get-job": "the caller's own background jobs, in workspaces they still belong to (jobs.test.ts)",
  "read-report": "holding the report's unguessable slug is the entitlement; no signed-in user, frozen snapshot only (publish.test.ts)",
  "get-queue": "the caller's own assignments, which only reviewing roles can hold (review-workflow.test.ts)",
};

/** A claim's state when the call is made: what the workflow table and the assigned-work rule read. */
interface ClaimState {
  status: ReviewStatus;
  isAssignee: boolean;
  assignedOnly: boolean;
  doubleReview: boolean;
}

type Prepared = { unitId?: string } & Record<string, unknown>;

interface Case {
  /** The use case's file in lib/server/use-cases (without .ts). */
  file: string;
  /** Which call of it, when a file has several (or one use case has several field groups). */
  variant?: string;
  /** Rows of the permission table the call needs: all of them. */
  needs: readonly Action[];
  /** The workflow move the call makes, decided by the workflow table from the claim's state. */
  workflow?: WorkflowAction;
  /**
   * Review work on a claim (guards.ts assertAssignedWork): in an assigned-only workspace or on a
   * double-reviewed document, a REVIEWER works only on claims assigned to them.
   */
  assignedWork?: boolean;
  /** Runs in the assigned-only workspace too (with the claim unassigned, and assigned to the actor). */
  assignedOnlyToo?: boolean;
  /** Fresh state for this one call, made by the workspace's owner. */
  prepare?: (t: Team, actor: Person) => Promise<Prepared>;
  run: (actor: Person, t: Team, p: Prepared) => Promise<unknown>;
}

/** A read that filters instead of refusing: the team workspace's records are there or not. */
interface ScopedCase {
  file: string;
  variant?: string;
  /** The permission a workspace needs to be included. */
  visibleWith: Action;
  /** Whether the result shows the team workspace (or its document). */
  sees: (actor: Person, t: Team) => Promise<boolean>;
}

const owner = (t: Team) => t.members.OWNER.userId;
const SHORT = "The budget rose by 12 percent in 2023. Exports doubled since 2020. Inflation reached 7 percent in March.";

/** A fresh document of the team (so writes never meet another test's leftovers) and its units in reading order. */
async function freshDocument(t: Team) {
  const documentId = await importText(owner(t), t.workspaceId, "Fresh", SHORT);
  const units = await db.unit.findMany({ where: { documentId }, orderBy: { start: "asc" } });
  expect(units.length).toBeGreaterThanOrEqual(3);
  return { documentId, units };
}
const freshUnit = async (t: Team) => {
  const { documentId, units } = await freshDocument(t);
  return { documentId, unitId: units[0]!.id, version: units[0]!.version, units };
};
const unitNow = (id: string) => db.unit.findUniqueOrThrow({ where: { id } });
const attach = (userId: string, unitId: string, title = "Budget minutes") => attachSource({ userId, input: { unitId, title, stance: "SUPPORTS" } });
/** A member who joined as VIEWER just now, for changes to someone's membership. */
async function newcomer(t: Team) {
  const person = await signUp("Newcomer");
  await joinByInvitation(t.members.OWNER, t.workspaceId, person, "VIEWER");
  return { memberId: person.userId };
}
let emails = 0;
const inviteeEmail = () => `invitee.${++emails}@matrix.example.org`;
const LINKS = { baseUrl: "http://warrant.test", mailer: null } as const;

const CASES: Case[] = [
  // Workspace
  { file: "get-workspace", needs: ["workspace.read"], run: (a, t) => getWorkspace({ userId: a.userId, input: { workspaceId: t.workspaceId } }) },
  {
    file: "update-workspace",
    needs: ["workspace.manage"],
    run: (a, t) => updateWorkspace({ userId: a.userId, input: { workspaceId: t.workspaceId, name: "Desk" } }),
  },
  { file: "list-members", needs: ["workspace.read"], run: (a, t) => listMembers({ userId: a.userId, input: { workspaceId: t.workspaceId } }) },
  {
    file: "list-workspace-activity",
    needs: ["workspace.read"],
    run: (a, t) => listWorkspaceActivity({ userId: a.userId, input: { workspaceId: t.workspaceId } }),
  },
  {
    file: "list-documents",
    variant: "listWorkspaceDocuments",
    needs: ["workspace.read"],
    run: (a, t) => listWorkspaceDocuments({ userId: a.userId, input: { workspaceId: t.workspaceId } }),
  },
  // Members and invitations
  {
    file: "create-invitation",
    needs: ["member.invite"],
    run: (a, t) => createInvitation({ userId: a.userId, input: { workspaceId: t.workspaceId, email: inviteeEmail(), role: "REVIEWER" } }, LINKS),
  },
  { file: "list-invitations", needs: ["member.invite"], run: (a, t) => listInvitations({ userId: a.userId, input: { workspaceId: t.workspaceId } }) },
  {
    file: "revoke-invitation",
    needs: ["member.invite"],
    prepare: async (t) => ({
      invitationId: (await createInvitation({ userId: owner(t), input: { workspaceId: t.workspaceId, email: inviteeEmail(), role: "VIEWER" } }, LINKS)).id,
    }),
    run: (a, _t, p) => revokeInvitation({ userId: a.userId, input: { invitationId: p.invitationId } }),
  },
  {
    file: "create-reset-link",
    needs: ["member.resetPassword"],
    prepare: newcomer,
    run: (a, t, p) => createResetLink({ userId: a.userId, input: { workspaceId: t.workspaceId, memberId: p.memberId } }, LINKS),
  },
  {
    file: "update-member-role",
    needs: ["member.manage"],
    prepare: newcomer,
    run: (a, t, p) => updateMemberRole({ userId: a.userId, input: { workspaceId: t.workspaceId, memberId: p.memberId, role: "REVIEWER" } }),
  },
  {
    file: "remove-member",
    variant: "someone else",
    needs: ["member.manage"],
    prepare: newcomer,
    run: (a, t, p) => removeMember({ userId: a.userId, input: { workspaceId: t.workspaceId, memberId: p.memberId } }),
  },
  // Documents
  { file: "import-document", needs: ["document.create"], run: (a, t) => importText(a.userId, t.workspaceId, "Mine", SHORT) },
  {
    file: "import-document",
    variant: "argument file",
    needs: ["document.create"],
    run: (a, t) =>
      importDocument({
        userId: a.userId,
        input: {
          source: "argument",
          workspaceId: t.workspaceId,
          format: "argdown",
          title: "Map",
          content: "[Budget]: The budget rose.\n  <+ [Minutes]: The minutes say so.",
        },
      }),
  },
  {
    file: "start-import",
    variant: "queued",
    needs: ["document.create"],
    run: (a, t) => startImport({ userId: a.userId, input: { source: "paste", workspaceId: t.workspaceId, title: "Later", text: SHORT } }, { queue: true }),
  },
  { file: "get-document", needs: ["workspace.read"], run: (a, t) => getDocument({ userId: a.userId, input: { documentId: t.documentId } }) },
  { file: "list-units", needs: ["workspace.read"], run: (a, t) => listUnits({ userId: a.userId, input: { documentId: t.documentId } }) },
  { file: "get-argument-map", needs: ["workspace.read"], run: (a, t) => getArgumentMap({ userId: a.userId, input: { documentId: t.documentId } }) },
  { file: "get-agreement", needs: ["workspace.read"], run: (a, t) => getAgreement({ userId: a.userId, input: { documentId: t.documentId } }) },
  {
    file: "heartbeat-presence",
    needs: ["workspace.read"],
    run: (a, t) => heartbeatPresence({ userId: a.userId, input: { documentId: t.documentId, connectionId: "matrix-tab" } }),
  },
  { file: "list-presence", needs: ["workspace.read"], run: (a, t) => listPresence({ userId: a.userId, input: { documentId: t.documentId } }) },
  {
    file: "leave-presence",
    needs: ["workspace.read"],
    run: (a, t) => leavePresence({ userId: a.userId, input: { documentId: t.documentId, connectionId: "matrix-tab" } }),
  },
  {
    file: "list-document-activity",
    needs: ["workspace.read"],
    run: (a, t) => listDocumentActivity({ userId: a.userId, input: { documentId: t.documentId } }),
  },
  {
    file: "export-document",
    needs: ["export.read"],
    run: (a, t) => exportDocument({ userId: a.userId, input: { documentId: t.documentId, format: "json" } }, { baseUrl: "http://warrant.test" }),
  },
  {
    file: "update-document",
    needs: ["document.manage"],
    prepare: freshDocument,
    run: (a, _t, p) => updateDocument({ userId: a.userId, input: { documentId: p.documentId, doubleReview: true } }),
  },
  {
    file: "archive-document",
    needs: ["document.archive"],
    prepare: freshDocument,
    run: (a, _t, p) => archiveDocument({ userId: a.userId, input: { documentId: p.documentId, archived: true } }),
  },
  {
    file: "archive-source",
    variant: "again",
    needs: ["source.attach"],
    prepare: async (t) => {
      const source = await db.source.create({ data: { workspaceId: t.workspaceId, url: "https://example.org/minutes", title: "Minutes" } });
      return { sourceId: source.id };
    },
    run: (a, _t, p) => archiveSource({ userId: a.userId, input: { sourceId: p.sourceId } }),
  },
  {
    file: "archive-source",
    variant: "read the copy",
    needs: ["workspace.read"],
    prepare: async (t) => {
      const source = await db.source.create({
        data: {
          workspaceId: t.workspaceId,
          url: "https://example.org/copy",
          title: "Copy",
          archiveState: "done",
          snapshotText: "The minutes.",
          snapshotSha256: "ab",
        },
      });
      return { sourceId: source.id };
    },
    run: (a, _t, p) => getSourceArchive({ userId: a.userId, input: { sourceId: p.sourceId } }),
  },
  {
    file: "check-for-changes",
    variant: "check",
    needs: ["document.manage"],
    prepare: async (t) => {
      const documentId = (
        await importDocument({
          userId: owner(t),
          input: { source: "paste", workspaceId: t.workspaceId, title: "Watched", text: SHORT, sourceUrl: "https://example.org/watched" },
        })
      ).id;
      return { documentId };
    },
    run: (a, _t, p) => checkForChanges({ userId: a.userId, input: { documentId: p.documentId } }),
  },
  {
    file: "check-for-changes",
    variant: "snapshots",
    needs: ["workspace.read"],
    run: (a, t) => listSnapshots({ userId: a.userId, input: { documentId: t.documentId } }),
  },
  {
    file: "publish-document",
    needs: ["document.publish"],
    prepare: freshDocument,
    run: (a, _t, p) => publishDocument({ userId: a.userId, input: { documentId: p.documentId } }, LINKS),
  },
  {
    file: "unpublish-document",
    needs: ["document.publish"],
    prepare: async (t) => {
      const { documentId } = await freshDocument(t);
      await publishDocument({ userId: owner(t), input: { documentId } }, LINKS);
      return { documentId };
    },
    run: (a, _t, p) => unpublishDocument({ userId: a.userId, input: { documentId: p.documentId } }),
  },
  { file: "get-publication", needs: ["workspace.read"], run: (a, t) => getPublication({ userId: a.userId, input: { documentId: t.documentId } }, LINKS) },
  {
    file: "delete-document",
    needs: ["document.delete"],
    prepare: freshDocument,
    run: (a, _t, p) => deleteDocument({ userId: a.userId, input: { documentId: p.documentId } }),
  },
  // Units
  {
    file: "get-unit-details",
    needs: ["workspace.read"],
    prepare: freshUnit,
    run: (a, _t, p) => getUnitDetails({ userId: a.userId, input: { unitId: p.unitId } }),
  },
  {
    file: "find-similar-claims",
    needs: ["workspace.read"],
    prepare: freshUnit,
    run: (a, _t, p) => findSimilarClaims({ userId: a.userId, input: { unitId: p.unitId } }),
  },
  {
    file: "create-unit",
    needs: ["unit.edit"],
    prepare: freshDocument,
    run: (a, _t, p) => createUnit({ userId: a.userId, input: { documentId: p.documentId, start: 4, end: 10 } }),
  },
  {
    file: "update-unit",
    variant: "kind",
    needs: ["unit.edit"],
    prepare: freshUnit,
    run: (a, _t, p) => updateUnit({ userId: a.userId, input: { unitId: p.unitId, version: p.version, kind: "PREMISE" } }),
  },
  {
    file: "split-unit",
    needs: ["unit.edit"],
    prepare: freshUnit,
    run: async (a, _t, p) => {
      const unit = await unitNow(p.unitId!);
      return splitUnit({ userId: a.userId, input: { unitId: unit.id, version: unit.version, at: unit.start + unit.quoteExact.indexOf(" rose") } });
    },
  },
  {
    file: "merge-units",
    needs: ["unit.edit"],
    prepare: freshUnit,
    run: async (a, _t, p) => {
      const [first, next] = p.units as { id: string; version: number }[];
      return mergeUnits({ userId: a.userId, input: { unitId: first!.id, version: first!.version, nextId: next!.id, nextVersion: next!.version } });
    },
  },
  {
    file: "delete-unit",
    needs: ["unit.edit"],
    prepare: freshUnit,
    run: (a, _t, p) => deleteUnit({ userId: a.userId, input: { unitId: p.unitId, version: p.version } }),
  },
  // Review
  {
    file: "set-verdict",
    needs: ["unit.review"],
    workflow: "submit",
    assignedOnlyToo: true,
    prepare: freshUnit,
    run: async (a, _t, p) =>
      setVerdict({ userId: a.userId, input: { unitId: p.unitId, version: (await unitNow(p.unitId!)).version, verdict: "SUPPORTED", rationale: "Minutes." } }),
  },
  {
    file: "update-unit",
    variant: "verdict",
    needs: ["unit.review"],
    workflow: "submit",
    assignedOnlyToo: true,
    prepare: freshUnit,
    run: async (a, _t, p) =>
      updateUnit({ userId: a.userId, input: { unitId: p.unitId, version: (await unitNow(p.unitId!)).version, verdict: "OPINION", rationale: "A view." } }),
  },
  {
    file: "transition-unit",
    variant: "start",
    needs: ["workspace.read"],
    workflow: "start",
    assignedOnlyToo: true,
    prepare: freshUnit,
    run: (a, _t, p) => transitionUnit({ userId: a.userId, input: { unitId: p.unitId, version: p.version, to: "IN_REVIEW" } }),
  },
  {
    file: "transition-unit",
    variant: "approve",
    needs: ["workspace.read"],
    workflow: "approve",
    prepare: reviewedUnit,
    run: async (a, _t, p) => transitionUnit({ userId: a.userId, input: { unitId: p.unitId, version: (await unitNow(p.unitId!)).version, to: "APPROVED" } }),
  },
  {
    file: "transition-unit",
    variant: "reopen",
    needs: ["workspace.read"],
    workflow: "reopen",
    prepare: reviewedUnit,
    run: async (a, _t, p) => transitionUnit({ userId: a.userId, input: { unitId: p.unitId, version: (await unitNow(p.unitId!)).version, to: "OPEN" } }),
  },
  {
    file: "transition-unit",
    variant: "adjudicate",
    needs: ["workspace.read"],
    workflow: "adjudicate",
    prepare: disagreedUnit,
    run: async (a, _t, p) =>
      transitionUnit({
        userId: a.userId,
        input: { unitId: p.unitId, version: (await unitNow(p.unitId!)).version, to: "REVIEWED", verdict: "OPINION", rationale: "Both have a point." },
      }),
  },
  {
    file: "attach-source",
    needs: ["source.attach"],
    assignedWork: true,
    assignedOnlyToo: true,
    prepare: freshUnit,
    run: (a, _t, p) => attach(a.userId, p.unitId!),
  },
  {
    file: "detach-source",
    needs: ["source.attach"],
    assignedWork: true,
    assignedOnlyToo: true,
    prepare: async (t) => {
      const unit = await freshUnit(t);
      return { ...unit, sourceId: (await attach(owner(t), unit.unitId)).sourceId };
    },
    run: (a, _t, p) => detachSource({ userId: a.userId, input: { unitId: p.unitId, sourceId: p.sourceId } }),
  },
  {
    file: "reuse-sources",
    needs: ["source.attach"],
    assignedWork: true,
    assignedOnlyToo: true,
    prepare: async (t) => {
      const unit = await freshUnit(t);
      await attach(owner(t), unit.units[1]!.id);
      return { ...unit, fromUnitId: unit.units[1]!.id };
    },
    run: (a, _t, p) => reuseSources({ userId: a.userId, input: { unitId: p.unitId, fromUnitId: p.fromUnitId } }),
  },
  {
    file: "search-sources",
    needs: ["workspace.read"],
    prepare: async (t) => {
      const unit = await freshUnit(t);
      await attach(owner(t), unit.unitId, "Budget minutes");
      return unit;
    },
    run: async (a, _t, p) => expect(await searchSources({ userId: a.userId, input: { unitId: p.unitId, q: "minutes" } })).not.toEqual([]),
  },
  // Comments
  {
    file: "add-comment",
    needs: ["comment.create"],
    prepare: freshUnit,
    run: (a, _t, p) => addComment({ userId: a.userId, input: { unitId: p.unitId, body: "Checked against the minutes." } }),
  },
  {
    file: "edit-comment",
    needs: ["comment.create"],
    // Their own comment (written when their role still allowed it): only the role may refuse.
    prepare: async (t, actor) => {
      const unit = await freshUnit(t);
      return { commentId: (await db.comment.create({ data: { unitId: unit.unitId, authorId: actor.userId, body: "First thought." } })).id };
    },
    run: (a, _t, p) => editComment({ userId: a.userId, input: { commentId: p.commentId, body: "Second thought." } }),
  },
  {
    file: "resolve-comment",
    needs: ["comment.create"],
    prepare: async (t) => {
      const unit = await freshUnit(t);
      return { commentId: (await addComment({ userId: owner(t), input: { unitId: unit.unitId, body: "Is this sourced?" } })).id };
    },
    run: (a, _t, p) => resolveComment({ userId: a.userId, input: { commentId: p.commentId, resolved: true } }),
  },
  // Assignment
  {
    file: "assign-claims",
    needs: ["unit.assign"],
    prepare: freshUnit,
    run: (a, t, p) => assignClaims({ userId: a.userId, input: { documentId: p.documentId, unitIds: [p.unitId], reviewerIds: [t.members.REVIEWER.userId] } }),
  },
  {
    file: "update-unit",
    variant: "assignee",
    needs: ["unit.assign"],
    prepare: freshUnit,
    run: (a, t, p) => updateUnit({ userId: a.userId, input: { unitId: p.unitId, version: p.version, assigneeId: t.members.REVIEWER.userId } }),
  },
  {
    file: "unassign-claims",
    needs: ["unit.assign"],
    prepare: async (t) => {
      const unit = await freshUnit(t);
      await assignClaims({ userId: owner(t), input: { documentId: unit.documentId, unitIds: [unit.unitId], reviewerIds: [t.members.REVIEWER.userId] } });
      return unit;
    },
    run: (a, _t, p) => unassignClaims({ userId: a.userId, input: { documentId: p.documentId, unitIds: [p.unitId] } }),
  },
  // Relations and the map
  {
    file: "create-relation",
    needs: ["relation.edit"],
    prepare: freshDocument,
    run: (a, _t, p) => {
      const [from, to] = p.units as { id: string }[];
      return createRelation({ userId: a.userId, input: { documentId: p.documentId, fromId: from!.id, toId: to!.id, type: "SUPPORTS" } });
    },
  },
  {
    file: "update-relation",
    needs: ["relation.edit"],
    prepare: freshRelation,
    run: (a, _t, p) => updateRelation({ userId: a.userId, input: { relationId: p.relationId, type: "ATTACKS", expectedType: "SUPPORTS" } }),
  },
  {
    file: "delete-relation",
    needs: ["relation.edit"],
    prepare: freshRelation,
    run: (a, _t, p) => deleteRelation({ userId: a.userId, input: { relationId: p.relationId } }),
  },
  {
    file: "save-map-layout",
    needs: ["relation.edit"],
    prepare: freshUnit,
    run: (a, _t, p) => saveMapLayout({ userId: a.userId, input: { documentId: p.documentId, positions: { [p.unitId!]: { x: 10, y: 20 } }, replace: false } }),
  },
  // Arguments (issue 16)
  {
    file: "create-argument",
    needs: ["argument.edit"],
    prepare: freshDocument,
    run: (a, _t, p) => {
      const [from, to] = p.units as { id: string }[];
      return createArgument({ userId: a.userId, input: { documentId: p.documentId, statements: [{ unitId: from!.id }, { unitId: to!.id }] } });
    },
  },
  { file: "list-arguments", needs: ["workspace.read"], run: (a, t) => listArguments({ userId: a.userId, input: { documentId: t.documentId } }) },
  {
    file: "get-argument",
    needs: ["workspace.read"],
    prepare: (t) => freshArgument(t),
    run: (a, _t, p) => getArgument({ userId: a.userId, input: { argumentId: p.argumentId } }),
  },
  {
    file: "update-argument",
    variant: "structure",
    needs: ["argument.edit"],
    prepare: (t) => freshArgument(t),
    run: (a, _t, p) => updateArgument({ userId: a.userId, input: { argumentId: p.argumentId, version: 1, title: "Renamed", schemeId: "analogy" } }),
  },
  {
    file: "update-argument",
    variant: "mark reviewed",
    needs: ["argument.review"],
    prepare: (t) => freshArgument(t, null),
    run: (a, _t, p) => updateArgument({ userId: a.userId, input: { argumentId: p.argumentId, version: 1, status: "REVIEWED" } }),
  },
  {
    file: "delete-argument",
    needs: ["argument.edit"],
    prepare: (t) => freshArgument(t),
    run: (a, _t, p) => deleteArgument({ userId: a.userId, input: { argumentId: p.argumentId, version: 1 } }),
  },
  {
    file: "answer-critical-question",
    needs: ["argument.review"],
    prepare: (t) => freshArgument(t),
    run: (a, _t, p) => answerCriticalQuestion({ userId: a.userId, input: { argumentId: p.argumentId, version: 1, questionId: "field", answer: "HOLDS" } }),
  },
  {
    file: "raise-objection",
    needs: ["argument.review"],
    prepare: (t) => freshArgument(t),
    run: (a, _t, p) => raiseObjection({ userId: a.userId, input: { argumentId: p.argumentId, version: 1, questionId: "backup-evidence" } }),
  },
  {
    file: "delete-argument-relation",
    needs: ["argument.review"],
    prepare: async (t) => {
      const { argumentId } = await freshArgument(t);
      const { relation } = await raiseObjection({ userId: owner(t), input: { argumentId, version: 1, questionId: "backup-evidence" } });
      return { relationId: relation.id };
    },
    run: (a, _t, p) => deleteArgumentRelation({ userId: a.userId, input: { relationId: p.relationId } }),
  },
];

/** An argument reconstructed by the owner from a fresh document's first two units. */
async function freshArgument(t: Team, schemeId: string | null = "expert-opinion") {
  const { documentId, units } = await freshDocument(t);
  const a = await createArgument({ userId: owner(t), input: { documentId, schemeId, statements: [{ unitId: units[0]!.id }, { unitId: units[1]!.id }] } });
  return { documentId, argumentId: a.id };
}

/** Reads across all the caller's workspaces: a workspace without the permission is simply absent. */
const SCOPED: ScopedCase[] = [
  ...ACTIONS.map((action): ScopedCase => ({
    file: "list-workspaces",
    variant: action,
    visibleWith: action,
    sees: async (a, t) => (await listWorkspaces({ userId: a.userId, permission: action })).some((w) => w.id === t.workspaceId),
  })),
  {
    file: "list-documents",
    variant: "listDocuments",
    visibleWith: "workspace.read",
    sees: async (a, t) => (await listDocuments({ userId: a.userId })).some((w) => w.documents.some((d) => d.id === t.documentId)),
  },
  {
    file: "get-dashboard",
    visibleWith: "workspace.read",
    sees: async (a, t) => (await getDashboard({ userId: a.userId })).some((w) => w.workspace.id === t.workspaceId),
  },
  {
    file: "search-workspace",
    visibleWith: "workspace.read",
    sees: async (a, t) => (await searchWorkspace({ userId: a.userId, input: { q: "minister" } })).results.some((h) => h.documentId === t.documentId),
  },
];

async function reviewedUnit(t: Team) {
  const unit = await freshUnit(t);
  await setVerdict({ userId: owner(t), input: { unitId: unit.unitId, version: unit.version, verdict: "SUPPORTED", rationale: "Minutes." } });
  return unit;
}

/** A double-reviewed claim whose two reviewers (the team's REVIEWER and EDITOR) disagree. */
async function disagreedUnit(t: Team) {
  const unit = await freshUnit(t);
  await updateDocument({ userId: owner(t), input: { documentId: unit.documentId, doubleReview: true } });
  const { REVIEWER: first, EDITOR: second } = t.members;
  await assignClaims({ userId: owner(t), input: { documentId: unit.documentId, unitIds: [unit.unitId], reviewerIds: [first.userId] } });
  await assignClaims({ userId: owner(t), input: { documentId: unit.documentId, unitIds: [unit.unitId], reviewerIds: [second.userId], slot: "second" } });
  for (const [who, verdict] of [
    [first, "SUPPORTED"],
    [second, "DISPUTED"],
  ] as const) {
    const { version } = await unitNow(unit.unitId);
    await setVerdict({ userId: who.userId, input: { unitId: unit.unitId, version, verdict, rationale: `${verdict} by the record.` } });
  }
  expect((await unitNow(unit.unitId)).status).toBe("NEEDS_ADJUDICATION");
  return unit;
}

async function freshRelation(t: Team) {
  const { documentId, units } = await freshDocument(t);
  const relation = await createRelation({ userId: owner(t), input: { documentId, fromId: units[0]!.id, toId: units[1]!.id, type: "SUPPORTS" } });
  return { documentId, relationId: relation.id };
}

async function claimState(unitId: string, userId: string): Promise<ClaimState> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, include: { document: { include: { workspace: true } } } });
  return {
    status: unit.status,
    isAssignee: unit.assigneeId === userId || unit.secondAssigneeId === userId,
    assignedOnly: unit.document.workspace.assignedOnly,
    doubleReview: unit.document.doubleReview,
  };
}

/** What the tables say about `actor` making this call on this claim. */
function expected(c: Case, actor: Actor, claim: ClaimState | null): "ok" | "FORBIDDEN" | "NOT_FOUND" {
  if (actor === "NON_MEMBER") return "NOT_FOUND";
  if (!c.needs.every((action) => can(actor, action))) return "FORBIDDEN";
  if (c.workflow) {
    if (!claim) throw new Error(`${c.file}: a workflow move needs a claim`);
    const moved = transition({ action: c.workflow, role: actor, ...claim, reviewState: "WAITING" });
    // A fixture that puts the claim where the move does not exist would test nothing about roles.
    if (!moved.ok && moved.reason === "no-such-move") throw new Error(`${c.file} ${c.variant}: no ${c.workflow} from ${claim.status}`);
    if (!moved.ok) return "FORBIDDEN";
  }
  if (c.assignedWork) {
    if (!claim) throw new Error(`${c.file}: assigned work needs a claim`);
    if (actor === "REVIEWER" && (claim.assignedOnly || claim.doubleReview) && !claim.isAssignee) return "FORBIDDEN";
  }
  return "ok";
}

let team: Team;
/** The same team in a workspace where reviewers work only on claims assigned to them. */
let strict: Team;

beforeAll(async () => {
  [team, strict] = await Promise.all([seedTeam("Matrix"), seedTeam("Strict")]);
  await updateWorkspace({ userId: strict.members.OWNER.userId, input: { workspaceId: strict.workspaceId, assignedOnly: true } });
});
afterAll(() => testDb.close());

const label = (c: { file: string; variant?: string }) => (c.variant ? `${c.file} (${c.variant})` : c.file);

type Setting = "default" | "assigned-only, not assigned" | "assigned-only, assigned to the actor";
const rows: [string, Actor, Setting, Case][] = CASES.flatMap((c) => [
  ...ACTORS.map((actor) => [label(c), actor, "default", c] as [string, Actor, Setting, Case]),
  ...(c.assignedOnlyToo
    ? ACTORS.flatMap((actor) =>
        (["assigned-only, not assigned", "assigned-only, assigned to the actor"] as const)
          // Only people who may review can be assigned; start needs an unassigned (OPEN) claim.
          .filter((s) => s === "assigned-only, not assigned" || (can(actor === "NON_MEMBER" ? null : actor, "unit.review") && c.workflow !== "start"))
          .map((s) => [label(c), actor, s, c] as [string, Actor, Setting, Case]),
      )
    : []),
]);

describe("every use case x every role, against the permission and workflow tables", () => {
  test.each(rows)("%s as %s (%s)", async (_label, actor, setting, c) => {
    const t = setting === "default" ? team : strict;
    const person = personFor(t, actor);
    const prepared = (await c.prepare?.(t, person)) ?? {};
    if (setting === "assigned-only, assigned to the actor") {
      const { documentId } = await unitNow(prepared.unitId!);
      await assignClaims({ userId: owner(t), input: { documentId, unitIds: [prepared.unitId!], reviewerIds: [person.userId] } });
    }
    const claim = prepared.unitId ? await claimState(prepared.unitId, person.userId) : null;
    const want = expected(c, actor, claim);
    const activityBefore = await db.activity.count({ where: { workspaceId: t.workspaceId } });

    expect(await codeOf(c.run(person, t, prepared))).toBe(want);
    // A refusal writes nothing: no Activity row (every write appends one in its transaction).
    if (want !== "ok") expect(await db.activity.count({ where: { workspaceId: t.workspaceId } })).toBe(activityBefore);
  });
});

describe("reads across workspaces include a workspace exactly when the table allows it", () => {
  test.each(SCOPED.flatMap((c) => ACTORS.map((actor) => [label(c), actor, c] as const)))("%s as %s", async (_label, actor, c) => {
    const shouldSee = actor !== "NON_MEMBER" && can(actor, c.visibleWith);
    expect(await c.sees(personFor(team, actor), team)).toBe(shouldSee);
  });
});

test("every use case is in the matrix or has a stated reason not to be", () => {
  const files = readdirSync(path.join(import.meta.dirname))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.replace(/\.ts$/, ""));
  const covered = new Set([...CASES, ...SCOPED].map((c) => c.file));
  const unaccounted = files.filter((f) => !covered.has(f) && !(f in NOT_ROLE_GUARDED));
  expect(unaccounted).toEqual([]);
  // No stale entries: each name is a real file, and nothing is both excluded and covered.
  expect([...covered, ...Object.keys(NOT_ROLE_GUARDED)].filter((f) => !files.includes(f))).toEqual([]);
  expect(Object.keys(NOT_ROLE_GUARDED).filter((f) => covered.has(f))).toEqual([]);
});

test("the matrix meets every role of every action at least once (allowed and refused)", () => {
  const used = new Set<Action>([...CASES.flatMap((c) => c.needs), ...SCOPED.map((c) => c.visibleWith)]);
  expect(ACTIONS.filter((a) => !used.has(a))).toEqual([]);
  // Each member role is both allowed and refused somewhere, so no role passes vacuously.
  for (const role of ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const) {
    const outcomes = new Set(CASES.filter((c) => !c.workflow && !c.assignedWork).map((c) => c.needs.every((a) => can(role, a))));
    expect(outcomes.has(true)).toBe(true);
    if (role !== "OWNER") expect(outcomes.has(false)).toBe(true);
  }
});
