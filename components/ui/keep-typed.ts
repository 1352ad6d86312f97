"use client";
import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit that runs a form's server action without React's form reset. Given as `action`, a
 * form is reset once the action settles (React 19), which can wipe what the person typed after a
 * refusal appeared — seen in a test that typed the corrected password a moment too early. Keep
 * `action={formAction}` too: without JavaScript the form still posts.
 */
export function keepTyped(formAction: (data: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
}
