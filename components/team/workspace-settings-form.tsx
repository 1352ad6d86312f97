"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateWorkspaceAction } from "@/app/workspaces/actions";
import { Time } from "@/components/ui/time";
import { FormError, SubmitButton, TextField } from "@/components/ui/field";
import { useMutation } from "@/components/ui/use-mutation";
import type { WorkspaceSettingsView } from "@/lib/domain/views";

/** Owners: the workspace's name, assigned-only, the daily check for changes and the methodology note (PATCH /api/v1/workspaces/{id}). */
export function WorkspaceSettingsForm({ workspace }: { workspace: WorkspaceSettingsView }) {
  const router = useRouter();
  const [name, setName] = useState(workspace.name);
  const [assignedOnly, setAssignedOnly] = useState(workspace.assignedOnly);
  const [methodology, setMethodology] = useState(workspace.methodology ?? "");
  const [watchDaily, setWatchDaily] = useState(workspace.watchDaily);
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
            const result = await updateWorkspaceAction({ workspaceId: workspace.id, name, assignedOnly, methodology, watchDaily });
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
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="watchDaily" checked={watchDaily} onChange={(e) => setWatchDaily(e.target.checked)} className="mt-0.5" />
        <span>
          <span className="font-medium">Check articles imported from the web for changes every day</span>
          <span className="block text-xs text-stone-500">
            Each day Warrant fetches every article this workspace imported from a web address again and flags reviewed claims whose words changed, as
            &ldquo;Check for changes&rdquo; does. The checks run with your rights; if you stop being an owner or editor, they stop.
          </span>
          {workspace.watchDaily && workspace.watchBy ? (
            <span className="block text-xs text-stone-500" data-testid="watch-status">
              Turned on by {workspace.watchBy.name}.{" "}
              {workspace.watchCheckedAt ? (
                <>
                  Last run <Time iso={workspace.watchCheckedAt} />.
                </>
              ) : (
                "The first check runs within a minute."
              )}
            </span>
          ) : null}
        </span>
      </label>
      <label className="block text-sm">
        <span className="font-medium">Methodology note for published reports</span>
        <span className="block text-xs text-stone-500">How your desk checks claims. Shown at the end of every public report.</span>
        <textarea
          name="methodology"
          rows={3}
          maxLength={2000}
          value={methodology}
          onChange={(e) => setMethodology(e.target.value)}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
        />
        {fields?.methodology?.map((m) => (
          <span key={m} className="block text-xs text-red-700">
            {m}
          </span>
        ))}
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
