"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createResetLinkAction, removeMemberAction, updateMemberRoleAction } from "@/app/workspaces/actions";
import { FormError } from "@/components/ui/field";
import { useMutation } from "@/components/ui/use-mutation";
import { ROLES, ROLE_LABEL, type Role } from "@/lib/domain/vocabulary";
import type { CreatedResetLinkView, MemberView } from "@/lib/domain/views";
import { ResetLinkPanel } from "./reset-link-panel";

interface Props {
  workspaceId: string;
  members: MemberView[];
  meId: string;
  /** Owners change roles and remove members; everyone may leave. */
  manage: boolean;
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });

export function MembersTable({ workspaceId, members, meId, manage }: Props) {
  const router = useRouter();
  const { status, run } = useMutation();
  // The row whose Remove / Leave waits for a second, confirming click.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [resetLink, setResetLink] = useState<CreatedResetLinkView | null>(null);

  const changeRole = (memberId: string, role: Role) =>
    run(
      () => updateMemberRoleAction({ workspaceId, memberId, role }),
      () => router.refresh(),
      { notice: "Role changed." },
    );
  const remove = (memberId: string) =>
    run(
      () => removeMemberAction({ workspaceId, memberId }),
      (done) => {
        setConfirming(null);
        if (done.left) router.push("/documents");
        else router.refresh();
      },
      { notice: "Member removed." },
    );

  const makeResetLink = (memberId: string) => run(() => createResetLinkAction({ workspaceId, memberId }), setResetLink, { notice: "Reset link made." });

  return (
    <div>
      <FormError message={status.error} />
      <p aria-live="polite" className="sr-only">
        {status.notice}
      </p>
      <table className="mt-3 w-full text-left text-sm" data-testid="members">
        <thead>
          <tr className="border-b border-stone-200 text-stone-600">
            <th className="py-2 font-medium">Name</th>
            <th className="font-medium">Email</th>
            <th className="font-medium">Role</th>
            <th className="font-medium">Joined</th>
            <th className="text-right font-medium">Open assignments</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const me = m.user.id === meId;
            return (
              <tr key={m.user.id} className="border-b border-stone-100" data-testid="member-row" data-email={m.user.email}>
                <td className="py-2">
                  {m.user.name}
                  {me && <span className="ml-1 text-xs text-stone-500">(you)</span>}
                </td>
                <td className="text-stone-600">{m.user.email}</td>
                <td>
                  {manage ? (
                    <select
                      aria-label={`Role of ${m.user.name}`}
                      value={m.role}
                      disabled={status.busy}
                      onChange={(e) => changeRole(m.user.id, e.target.value as Role)}
                      className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm"
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABEL[r]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span data-testid="member-role">{ROLE_LABEL[m.role]}</span>
                  )}
                </td>
                <td className="text-stone-600">{day(m.joinedAt)}</td>
                <td className="text-right tabular-nums">{m.openAssignments}</td>
                <td className="py-2 text-right">
                  {manage && !me && (
                    <button
                      type="button"
                      disabled={status.busy}
                      onClick={() => makeResetLink(m.user.id)}
                      title="Make a one-time link for this member to set a new password"
                      className="mr-1 rounded px-2 py-1 text-stone-700 hover:bg-stone-100"
                    >
                      Reset password
                    </button>
                  )}
                  {(me || manage) &&
                    (confirming === m.user.id ? (
                      <span className="inline-flex gap-1">
                        <button
                          type="button"
                          disabled={status.busy}
                          onClick={() => remove(m.user.id)}
                          className="rounded bg-red-700 px-2 py-1 text-white hover:bg-red-800"
                        >
                          {me ? "Yes, leave" : `Yes, remove ${m.user.name}`}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)} className="rounded px-2 py-1 text-stone-700 hover:bg-stone-100">
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button type="button" onClick={() => setConfirming(m.user.id)} className="rounded px-2 py-1 text-red-700 hover:bg-red-50">
                        {me ? "Leave workspace" : "Remove"}
                      </button>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {resetLink && <ResetLinkPanel made={resetLink} onClose={() => setResetLink(null)} />}
    </div>
  );
}
