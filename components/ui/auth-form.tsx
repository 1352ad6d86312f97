"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { AuthFormState } from "@/app/(auth)/actions";
import { FormError, SubmitButton, TextField } from "./field";

type Action = (prev: AuthFormState | undefined, form: FormData) => Promise<AuthFormState>;

export function AuthForm({ mode, action, callbackUrl }: { mode: "signin" | "signup"; action: Action; callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const signup = mode === "signup";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <FormError message={state?.error} />
      {signup && <TextField label="Name" name="name" autoComplete="name" required defaultValue={state?.values?.name} errors={state?.fields?.name} />}
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state?.values?.email} errors={state?.fields?.email} />
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
      <p className="text-sm text-stone-600">
        {signup ? (
          <>Already have an account? <Link className="text-blue-700 underline" href="/signin">Sign in</Link></>
        ) : (
          <>New to Warrant? <Link className="text-blue-700 underline" href="/signup">Create an account</Link></>
        )}
      </p>
    </form>
  );
}
