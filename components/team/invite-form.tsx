"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createInvitationAction } from "@/app/workspaces/actions";
import { CopyField } from "@/components/ui/copy-field";
import { FormError, SubmitButton, TextField } from "@/components/ui/field";
import { ROLES, ROLE_LABEL, type Role } from "@/lib/domain/vocabulary";
import type { CreatedInvitationView } from "@/lib/domain/views";

// The link is shown once (only its hash is stored): the owner copies it here. The email and the
// chosen role stay in the form when the server refuses, so nothing typed is lost.
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("REVIEWER");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> }>();
  const [created, setCreated] = useState<CreatedInvitationView>();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    const result = await createInvitationAction({ workspaceId, email, role });
    setBusy(false);
    if (!result.ok) return setError({ message: result.error.message, fields: result.error.fields });
    setCreated(result.data);
    setEmail("");
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="invite-form">
      <FormError message={error?.message} />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={error?.fields?.email}
        />
        <label className="block text-sm font-medium text-stone-800">
          Role
          <select
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton pending={busy}>Create invitation link</SubmitButton>
      </div>
      {created && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="new-invitation">
          <p className="font-medium">
            Invitation for {created.email} as {ROLE_LABEL[created.role].toLowerCase()}. Copy the link now: it will not be shown again.
          </p>
          <CopyField value={created.url} label="Invitation link" button="Copy link" />
          {created.emailed && <p className="mt-1 text-xs text-stone-600">Also sent by email to {created.email}.</p>}
          <p className="mt-1 text-xs text-stone-600">It works once and expires on {new Date(created.expiresAt).toLocaleString()}.</p>
        </div>
      )}
    </form>
  );
}
