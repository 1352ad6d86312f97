"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateWorkspaceAction } from "@/app/workspaces/actions";
import { FormError, SubmitButton, TextField } from "@/components/ui/field";
import { useMutation } from "@/components/ui/use-mutation";
import type { WorkspaceSettingsView } from "@/lib/domain/views";

/** Owners: the workspace's name and the assigned-only setting (PATCH /api/v1/workspaces/{id}). */
export function WorkspaceSettingsForm({ workspace }: { workspace: WorkspaceSettingsView }) {
  const router = useRouter();
  const [name, setName] = useState(workspace.name);
  const [assignedOnly, setAssignedOnly] = useState(workspace.assignedOnly);
  const { status, run } = useMutation();
  const [fields, setFields] = useState<Record<string, string[]>>();
  return (
    <form
      className="space-y-4"
      noValidate
      data-testid="workspace-settings"
      onSubmit={async (e) => {
        e.preventDefault();
        setFields(undefined);
        await run(
          async () => {
            const result = await updateWorkspaceAction({ workspaceId: workspace.id, name, assignedOnly });
            if (!result.ok) setFields(result.error.fields);
            return result;
          },
          () => router.refresh(),
          { notice: "Settings saved." },
        );
      }}
    >
      <FormError message={status.error} />
      <TextField label="Workspace name" name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} errors={fields?.name} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="assignedOnly" checked={assignedOnly} onChange={(e) => setAssignedOnly(e.target.checked)} className="mt-0.5" />
        <span>
          <span className="font-medium">Reviewers work only on claims assigned to them</span>
          <span className="block text-xs text-stone-500">
            Members with the Reviewer role can then review, comment and attach sources only on their own assignments. Editors and owners are not limited.
          </span>
        </span>
      </label>
      <div className="flex items-center gap-3">
        <SubmitButton pending={status.busy}>Save settings</SubmitButton>
        <span aria-live="polite" className="text-sm text-stone-600">
          {status.notice}
        </span>
      </div>
    </form>
  );
}
