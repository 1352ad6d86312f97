// The one permission table: role x action, refusing by default. Guards (lib/server/guards.ts)
// load the caller's membership once and ask `can`. Adding an action means adding a row here.
import { ROLES, type Role } from "./vocabulary";

export const ACTIONS = [
  "workspace.read",
  "workspace.manage",
  /** Invite people by a one-time link, see and revoke pending invitations. */
  "member.invite",
  /** Change another member's role or remove them (leaving is anyone's right). */
  "member.manage",
  /** Make a password reset link for a member (whose every workspace the owner owns). */
  "member.resetPassword",
  "document.create",
  /** Review settings (double review). */
  "document.manage",
  /** Archive and unarchive a document (hidden from lists and search, kept whole). */
  "document.archive",
  /** Delete a document with its units, relations, comments and evidence (the Activity row stays). */
  "document.delete",
  /** Publish a document's public report (/r/<slug>), republish it, unpublish it. */
  "document.publish",
  "unit.edit",
  "unit.review",
  "unit.assign",
  /** Approve, adjudicate and reopen claims (the workflow's sign-off moves, workflow.ts). */
  "unit.approve",
  "relation.edit",
  /** Reconstruct arguments: create, restructure, pick a scheme, delete (the same roles as editing units). */
  "argument.edit",
  /** Answer an argument's critical questions, turn a failed one into an objection, mark it reviewed. */
  "argument.review",
  "source.attach",
  "comment.create",
  "export.read",
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL = ROLES;
const EDITORS = ["OWNER", "EDITOR"] as const;
const REVIEWERS = ["OWNER", "EDITOR", "REVIEWER"] as const;

const TABLE: Record<Action, readonly Role[]> = {
  "workspace.read": ALL,
  "workspace.manage": ["OWNER"],
  "member.invite": ["OWNER"],
  "member.manage": ["OWNER"],
  "member.resetPassword": ["OWNER"],
  "document.create": EDITORS,
  "document.manage": EDITORS,
  "document.archive": EDITORS,
  "document.delete": EDITORS,
  "document.publish": EDITORS,
  "unit.edit": EDITORS,
  "unit.review": REVIEWERS,
  "unit.assign": EDITORS,
  "unit.approve": EDITORS,
  "relation.edit": EDITORS,
  "argument.edit": EDITORS,
  "argument.review": REVIEWERS,
  "source.attach": REVIEWERS,
  "comment.create": REVIEWERS,
  "export.read": ALL,
};

export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return TABLE[action]?.includes(role) ?? false;
}
