import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/settings/reset-forms";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Forgot your password?</h1>
      <p className="mb-4 text-sm text-stone-600">
        Enter your account&apos;s email. When this server sends email, a one-time link to set a new password arrives within minutes; otherwise an owner of your
        workspace can make one for you.
      </p>
      <ForgotPasswordForm email={typeof email === "string" ? email.slice(0, 320) : undefined} />
    </>
  );
}
