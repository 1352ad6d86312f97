"use client";
import { useActionState } from "react";
import { acceptInvitationFormAction } from "@/app/workspaces/actions";
import { FormError, SubmitButton } from "@/components/ui/field";

export function AcceptInvitationForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState(acceptInvitationFormAction, undefined);
  return (
    <form action={action} className="mt-4 space-y-3">
      <FormError message={state?.error} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending}>Join {workspaceName}</SubmitButton>
    </form>
  );
}
