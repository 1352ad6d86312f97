"use client";
import { useActionState, useEffect, useRef } from "react";
import { changePasswordAction } from "@/app/settings/account/actions";
import { FormError, FormNotice, SubmitButton, TextField } from "@/components/ui/field";
import { keepTyped } from "@/components/ui/keep-typed";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/limits";

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, undefined);
  const form = useRef<HTMLFormElement>(null);
  // Passwords are not kept in the form once changed.
  useEffect(() => {
    if (state?.done) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} onSubmit={keepTyped(action)} className="mt-4 space-y-4 rounded-lg border border-stone-200 bg-white p-6" noValidate>
      <FormError message={state?.error} />
      <FormNotice message={state?.done} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={state?.fields?.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        errors={state?.fields?.newPassword}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Your other browser sessions will be signed out; API tokens keep working until you revoke them.`}
      />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
