// Part of the route table (api-routes.ts): accounts and API tokens, workspaces, their members
// and invitations.
import { workspace, type ApiRoute } from "./api-routes-types";
import { ZSignUpInput } from "./auth";
import { ZAcceptInvitationInput, ZCreateInvitationInput, ZUpdateMemberInput } from "./member";
import { ZCreateApiTokenInput } from "./token";
import { ZCreateWorkspaceInput, ZUpdateWorkspaceInput } from "./workspace";

const member = { id: "workspaceId", userId: "memberId" };

export const ACCOUNT_ROUTES: ApiRoute[] = [
  {
    path: "/auth/signup",
    method: "post",
    permission: "anyone",
    tag: "Accounts",
    summary:
      "Create an account (and its workspace), or with `invitation` (the token of an invitation link, for its email only) join the invited workspace instead. An existing account's email with its own password gets the same answer (you are signed in); with another password, 409. 403 when the server is invite-only and no valid invitation is given; 429 after too many sign-ups from one address (WARRANT_SIGNUPS_PER_HOUR, default 5) or wrong passwords.",
    ok: 201,
    public: true,
    body: ZSignUpInput,
  },
  {
    path: "/tokens",
    method: "post",
    permission: "anyone",
    tag: "Accounts",
    summary:
      "Create an API token with email + password, or name only from a signed-in browser session (never from another token: 403). `expiresInDays` (1–365, default 90) or `null` for a token that never expires. The token is returned once. 401 for a wrong password, 429 after too many.",
    ok: 201,
    public: true,
    body: ZCreateApiTokenInput,
  },
  { path: "/tokens", method: "get", permission: "signed-in", tag: "Accounts", summary: "Your API tokens with their expiry (never the secrets).", ok: 200 },
  { path: "/tokens/{id}", method: "delete", permission: "signed-in", tag: "Accounts", summary: "Revoke a token.", ok: 200, fromPath: { id: "tokenId" } },
];

export const WORKSPACE_ROUTES: ApiRoute[] = [
  { path: "/workspaces", method: "get", permission: "signed-in", tag: "Workspaces", summary: "Your workspaces.", ok: 200 },
  {
    path: "/workspaces",
    method: "post",
    permission: "signed-in",
    tag: "Workspaces",
    summary: "Create a workspace you own.",
    ok: 201,
    body: ZCreateWorkspaceInput,
  },
  {
    path: "/workspaces/{id}",
    method: "get",
    permission: "workspace.read",
    tag: "Workspaces",
    summary: "A workspace with your role and its settings (assignedOnly).",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}",
    method: "patch",
    permission: "workspace.manage",
    tag: "Workspaces",
    summary:
      "Rename a workspace or change its settings (owners only). assignedOnly: reviewers work only on claims assigned to them; methodology: the note on published reports; watchDaily: check documents imported from the web for changes every day.",
    ok: 200,
    body: ZUpdateWorkspaceInput,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/members",
    method: "get",
    permission: "workspace.read",
    tag: "Workspaces",
    summary: "Members of a workspace: role, joinedAt and open assignments (OPEN, IN_REVIEW, NEEDS_ADJUDICATION; first or second reviewer).",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/members/{userId}",
    method: "patch",
    permission: "member.manage",
    tag: "Workspaces",
    summary: "Change a member's role (owners only). 409 when it would demote the last owner.",
    ok: 200,
    body: ZUpdateMemberInput,
    fromPath: member,
  },
  {
    path: "/workspaces/{id}/members/{userId}",
    method: "delete",
    permission: "member.manage",
    tag: "Workspaces",
    summary: "Remove a member (owners only), or leave (your own user id). 409 for the last owner.",
    ok: 204,
    fromPath: member,
  },
  {
    path: "/workspaces/{id}/invitations",
    method: "post",
    permission: "member.invite",
    tag: "Workspaces",
    summary:
      "Invite an email with a role (owners only): {id, url, expiresAt, emailed}. The one-time link is returned once, expires in 7 days, and is emailed when the server has SMTP_URL. The same answer whether or not the email has an account; 409 when already a member.",
    ok: 201,
    body: ZCreateInvitationInput,
    fromPath: workspace,
  },
  {
    path: "/workspaces/{id}/invitations",
    method: "get",
    permission: "member.invite",
    tag: "Workspaces",
    summary: "Pending invitations (owners only; never the links).",
    ok: 200,
    fromPath: workspace,
  },
  {
    path: "/invitations/{id}",
    method: "delete",
    permission: "member.invite",
    tag: "Workspaces",
    summary: "Revoke an invitation (owners only): its link stops working. 409 when already used.",
    ok: 204,
    fromPath: { id: "invitationId" },
  },
  {
    path: "/invitations/accept",
    method: "post",
    permission: "signed-in",
    tag: "Workspaces",
    summary: "Accept an invitation as the signed-in account with the invited email: {workspaceId, role}. 400 expired, used or revoked; 403 another email.",
    ok: 200,
    body: ZAcceptInvitationInput,
  },
];
