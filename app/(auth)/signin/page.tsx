import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/ui/auth-form";
import { getCurrentUser } from "@/lib/server/current-user";
import { safeReturnPath } from "@/lib/validation/redirect";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; email?: string; reset?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  const invite = /^\/invite\/([^/?#]+)$/.exec(callbackUrl)?.[1];
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {params.reset === "1" && (
        <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          Your password was changed and every session of the account was signed out. Sign in with the new password.
        </p>
      )}
      <AuthForm
        mode="signin"
        action={signInAction}
        callbackUrl={callbackUrl}
        email={typeof params.email === "string" ? params.email.slice(0, 320) : undefined}
        otherHref={invite ? `/signup?invitation=${encodeURIComponent(invite)}` : undefined}
      />
    </>
  );
}
