"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { AuthFormState } from "@/app/(auth)/actions";
import { FormError, SubmitButton, TextField } from "./field";

type Action = (prev: AuthFormState | undefined, form: FormData) => Promise<AuthFormState>;

interface Props {
  mode: "signin" | "signup";
  action: Action;
  callbackUrl?: string;
  /** Prefilled email (from an invitation link). */
  email?: string;
  /** Sign-up through an invitation: its token, and the email is the invited one. */
  invitation?: string;
  /** Where the "Sign in" / "Create an account" link goes instead of the plain page. */
  otherHref?: string;
}

export function AuthForm({ mode, action, callbackUrl, email, invitation, otherHref }: Props) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const signup = mode === "signup";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {invitation && <input type="hidden" name="invitation" value={invitation} />}
      <FormError message={state?.error} />
      {signup && <TextField label="Name" name="name" autoComplete="name" required defaultValue={state?.values?.name} errors={state?.fields?.name} />}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        readOnly={Boolean(invitation)}
        defaultValue={state?.values?.email ?? email}
        errors={state?.fields?.email}
        hint={invitation ? "The address the invitation was sent to." : undefined}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete={signup ? "new-password" : "current-password"}
        required
        errors={state?.fields?.password}
        hint={signup ? "At least 8 characters." : undefined}
      />
      <SubmitButton pending={pending}>{signup ? "Create account" : "Sign in"}</SubmitButton>
      {!signup && (
        <p className="text-sm">
          <Link className="text-blue-700 underline" href="/forgot-password">
            Forgot your password?
          </Link>
        </p>
      )}
      <p className="text-sm text-stone-600">
        {signup ? (
          <>
            Already have an account?{" "}
            <Link className="text-blue-700 underline" href={otherHref ?? "/signin"}>
              Sign in
            </Link>
          </>
        ) : (
          <>
            New to Warrant?{" "}
            <Link className="text-blue-700 underline" href={otherHref ?? "/signup"}>
              Create an account
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
