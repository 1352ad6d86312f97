// Views of workspaces, members, invitations, API tokens and password resets (the team and account
// pages). Part of lib/domain/views.ts, which re-exports them.
import type { InvitationState } from "./membership";
import type { ReviewStatus, Role, Verdict } from "./vocabulary";
import type { PersonRef, ReviewView } from "./views";

export interface WorkspaceView {
  id: string;
  name: string;
  slug: string;
}

/** A workspace with the caller's role in it. */
export type MyWorkspaceView = WorkspaceView & { role: Role };

export interface MemberView {
  user: PersonRef & { email: string };
  role: Role;
  joinedAt: string;
  /** Claims of this workspace assigned to them (first or second reviewer) still open (workflow.ts OPEN_STATUSES). */
  openAssignments: number;
}

/** A workspace with the caller's role and its settings (the members and settings page, PATCH /workspaces/{id}). */
export type WorkspaceSettingsView = MyWorkspaceView & {
  /** Reviewers work only on claims assigned to them. */
  assignedOnly: boolean;
  /** Shown on every published report (lib/domain/report.ts); null: none. */
  methodology: string | null;
  /** "Check for changes" runs every day on the documents imported from a web address. */
  watchDaily: boolean;
  /** Who turned the daily check on (its jobs run with their rights); null when off or they left. */
  watchBy: PersonRef | null;
  /** When the daily check last queued its jobs. */
  watchCheckedAt: string | null;
};

/** A pending invitation as owners see it (never its token: only a hash is stored). */
export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  invitedBy: PersonRef | null;
  createdAt: string;
  expiresAt: string;
}

/** A new invitation: its one-time link, shown this once. */
export interface CreatedInvitationView {
  id: string;
  email: string;
  role: Role;
  url: string;
  expiresAt: string;
  /** Sent by email (only when the server has SMTP_URL, and the server accepted the message). */
  emailed: boolean;
}

/** What an invitation link says to whoever opens it (they hold the token). */
export interface InvitationPreviewView {
  status: InvitationState;
  email: string;
  role: Role;
  workspace: { id: string; name: string };
  invitedBy: string | null;
  expiresAt: string;
}

/** The answer to accepting an invitation. */
export interface JoinedWorkspaceView {
  workspaceId: string;
  role: Role;
}

export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** When it stops working (null: never). */
  expiresAt: string | null;
  /** Past its expiry when listed. */
  expired: boolean;
}

/** A password reset link an owner made for a member: shown this once (or emailed). */
export interface CreatedResetLinkView {
  email: string;
  name: string;
  /** The link, when the owner passes it on by hand; null when it went by email. */
  url: string | null;
  expiresAt: string;
  emailed: boolean;
}

/** What a password reset link's page shows to whoever holds it. */
export interface ResetLinkPreview {
  email: string;
  expiresAt: string;
}

// My queue (get-queue.ts).

/** A claim in someone's queue. */
export interface QueueItemView {
  unitId: string;
  documentId: string;
  documentTitle: string;
  workspaceId: string;
  /** What is checked: the normalised wording, or the exact words. */
  text: string;
  status: ReviewStatus;
  assignedAt: string | null;
  /** Which reviewer the caller is on this claim. */
  slot: "first" | "second";
}

/** A double review the reviewers disagreed on, waiting for an editor's decision. */
export interface AdjudicationView extends Omit<QueueItemView, "slot" | "assignedAt"> {
  version: number;
  reviews: ReviewView[];
}

/** A claim the caller reviewed whose words the article changed afterwards ("Check for changes" found it). */
export interface EditedClaimView extends Omit<QueueItemView, "slot" | "assignedAt"> {
  verdict: Verdict;
  before: string;
  /** null: the passage is gone from the article. */
  after: string | null;
  foundAt: string;
}

export interface QueueView {
  /** The caller's open claims across workspaces, oldest assignment first. */
  units: QueueItemView[];
  /** Claims the caller reviewed that the article changed after the review, newest check first. */
  edited?: EditedClaimView[];
  /** For editors and owners: claims whose two reviews differ. */
  adjudications: AdjudicationView[];
  counts: { open: number; adjudications: number };
}
