"use client";
import { useActionState } from "react";
import { createWorkspaceFormAction } from "@/app/workspaces/actions";
import { FormError, SubmitButton, TextField } from "@/components/ui/field";

export function CreateWorkspaceForm() {
  const [state, action, pending] = useActionState(createWorkspaceFormAction, undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError message={state?.error} />
      <TextField
        label="Workspace name"
        name="name"
        required
        maxLength={100}
        placeholder="e.g. Elections desk"
        defaultValue={state?.values?.name}
        errors={state?.fields?.name}
      />
      <SubmitButton pending={pending}>Create workspace</SubmitButton>
    </form>
  );
}
