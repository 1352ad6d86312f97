import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/ui/auth-form";
import { FormError } from "@/components/ui/field";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";
import { getCurrentUser } from "@/lib/server/current-user";
import { previewInvitation } from "@/lib/server/use-cases/preview-invitation";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invitation?: string }> }) {
  const { invitation } = await searchParams;
  const token = typeof invitation === "string" && invitation ? invitation : undefined;
  if (await getCurrentUser()) redirect(token ? `/invite/${encodeURIComponent(token)}` : "/documents");
  // Through an invitation link: its workspace and role, and the invited email, fixed.
  const preview = token ? await previewInvitation({ input: { token } }).catch(() => null) : null;
  const pending = preview?.status === "pending" ? preview : null;
  const here = token && `/invite/${encodeURIComponent(token)}`;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Create an account</h1>
      {pending && (
        <p className="mb-4 text-sm text-stone-700" data-testid="invitation-context">
          You are joining “{pending.workspace.name}” as {ROLE_LABEL[pending.role].toLowerCase()}.
        </p>
      )}
      {token && !pending && (
        <div className="mb-4">
          <FormError message="This invitation link is no longer valid: ask the workspace owner for a new one." />
        </div>
      )}
      <AuthForm
        mode="signup"
        action={signUpAction}
        invitation={pending ? token : undefined}
        email={pending?.email}
        otherHref={pending && here ? `/signin?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(pending.email)}` : undefined}
      />
    </>
  );
}
