"use client";
import Link from "next/link";
import { useActionState } from "react";
import { forgotPasswordAction, resetPasswordAction } from "@/app/(auth)/password-actions";
import { FormError, FormNotice, SubmitButton, TextField } from "@/components/ui/field";
import { keepTyped } from "@/components/ui/keep-typed";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/limits";

/** "Forgot password?": asks for the email; says what happens next (an email, or ask an owner). */
export function ForgotPasswordForm({ email }: { email?: string }) {
  const [state, action, pending] = useActionState(forgotPasswordAction, undefined);
  return (
    <form action={action} onSubmit={keepTyped(action)} className="space-y-4" noValidate>
      <FormError message={state?.error} />
      <FormNotice message={state?.done} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state?.values?.email ?? email}
        errors={state?.fields?.email}
      />
      <SubmitButton pending={pending}>Send a reset link</SubmitButton>
      <p className="text-sm text-stone-600">
        Remembered it?{" "}
        <Link className="text-blue-700 underline" href="/signin">
          Sign in
        </Link>
      </p>
    </form>
  );
}

/** The page a reset link opens: the new password, once. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, undefined);
  return (
    <form action={action} onSubmit={keepTyped(action)} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormError message={state?.error} />
      <TextField label="Email" name="email" type="email" autoComplete="username" readOnly defaultValue={email} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        autoFocus
        minLength={MIN_PASSWORD_LENGTH}
        errors={state?.fields?.newPassword}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Every browser signed in to this account will be signed out.`}
      />
      <SubmitButton pending={pending}>Set new password</SubmitButton>
    </form>
  );
}
