"use client";
import { useRouter } from "next/navigation";
import { revokeInvitationAction } from "@/app/workspaces/actions";
import { FormError } from "@/components/ui/field";
import { useMutation } from "@/components/ui/use-mutation";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";
import type { InvitationView } from "@/lib/domain/views";

export function PendingInvitations({ invitations }: { invitations: InvitationView[] }) {
  const router = useRouter();
  const { status, run } = useMutation();
  if (invitations.length === 0) return <p className="mt-4 text-sm text-stone-600">No pending invitations.</p>;
  return (
    <div className="mt-4">
      <FormError message={status.error} />
      <table className="w-full text-left text-sm" data-testid="pending-invitations">
        <caption className="mb-2 text-left font-medium">Pending invitations</caption>
        <thead>
          <tr className="border-b border-stone-200 text-stone-600">
            <th className="py-2 font-medium">Email</th>
            <th className="font-medium">Role</th>
            <th className="font-medium">Invited by</th>
            <th className="font-medium">Expires</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id} className="border-b border-stone-100">
              <td className="py-2">{i.email}</td>
              <td>{ROLE_LABEL[i.role]}</td>
              <td className="text-stone-600">{i.invitedBy?.name ?? "—"}</td>
              <td className="text-stone-600">{new Date(i.expiresAt).toLocaleDateString()}</td>
              <td className="text-right">
                <button
                  type="button"
                  disabled={status.busy}
                  aria-label={`Revoke the invitation for ${i.email}`}
                  onClick={() =>
                    run(
                      () => revokeInvitationAction({ invitationId: i.id }),
                      () => router.refresh(),
                    )
                  }
                  className="rounded px-2 py-1 text-red-700 hover:bg-red-50"
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
