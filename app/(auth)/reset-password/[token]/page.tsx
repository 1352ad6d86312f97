import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/settings/reset-forms";
import { runAction } from "@/lib/server/errors";
import { previewResetLink } from "@/lib/server/use-cases/reset-password";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await runAction(() => previewResetLink({ input: { token: token } }));
  if (!preview.ok) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">Set a new password</h1>
        <p data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {preview.error.message}
        </p>
        <p className="mt-4 text-sm text-stone-600">
          <Link className="text-blue-700 underline" href="/forgot-password">
            Ask for a new link
          </Link>{" "}
          or{" "}
          <Link className="text-blue-700 underline" href="/signin">
            sign in
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Set a new password</h1>
      <p className="mb-4 text-sm text-stone-600">For {preview.data.email}. This link works once.</p>
      <ResetPasswordForm token={token} email={preview.data.email} />
    </>
  );
}
