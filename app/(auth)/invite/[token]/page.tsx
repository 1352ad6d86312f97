import type { Metadata } from "next";
import Link from "next/link";
import { ZodError } from "zod";
import { AcceptInvitationForm } from "@/components/team/accept-invitation-form";
import { AppError } from "@/lib/domain/errors";
import { ROLE_LABEL } from "@/lib/domain/vocabulary";
import type { InvitationPreviewView } from "@/lib/domain/views";
import { getCurrentUser } from "@/lib/server/current-user";
import { previewInvitation } from "@/lib/server/use-cases/preview-invitation";
import { signOutAndContinueAction } from "../../actions";

export const metadata: Metadata = { title: "Invitation" };

const NO_LONGER = {
  expired: "This invitation has expired.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was revoked.",
} as const;

/** An invitation link: who invited whom to what, then sign in, create an account, or join. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await previewInvitation({ input: { token } }).catch((e: unknown): null => {
    if ((e instanceof AppError && e.code === "NOT_FOUND") || e instanceof ZodError) return null;
    throw e;
  });
  if (!invitation)
    return (
      <Message title="Invitation not found">
        This invitation link is not valid. Check that you copied all of it, or ask the workspace owner for a new one.
      </Message>
    );
  if (invitation.status !== "pending")
    return (
      <Message title="Invitation unavailable">
        {NO_LONGER[invitation.status]} Ask an owner of “{invitation.workspace.name}” for a new one.
      </Message>
    );

  const user = await getCurrentUser();
  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <>
      <h1 className="text-xl font-semibold">Join “{invitation.workspace.name}”</h1>
      <Invited invitation={invitation} />
      {!user ? (
        <>
          <p className="mt-3 text-sm text-stone-700">Sign in or create an account with this address to join.</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link
              href={`/signup?invitation=${encodeURIComponent(token)}`}
              className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800"
            >
              Create an account
            </Link>
            <Link
              href={`/signin?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}
              className="rounded-md border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-50"
            >
              Sign in
            </Link>
          </div>
        </>
      ) : user.email === invitation.email ? (
        <AcceptInvitationForm token={token} workspaceName={invitation.workspace.name} />
      ) : (
        <div className="mt-4 space-y-3 text-sm">
          <p data-testid="other-account">
            You are signed in as {user.email}. Sign out, then sign in or create an account with {invitation.email} to accept.
          </p>
          <form action={signOutAndContinueAction}>
            <input type="hidden" name="continueTo" value={here} />
            <button type="submit" className="rounded-md border border-stone-300 px-4 py-2 font-semibold hover:bg-stone-50">
              Sign out
            </button>
          </form>
        </div>
      )}
    </>
  );
}

function Invited({ invitation }: { invitation: InvitationPreviewView }) {
  return (
    <p className="mt-3 text-sm text-stone-700" data-testid="invitation-summary">
      {invitation.invitedBy ?? "A workspace owner"} invited <strong>{invitation.email}</strong> to join as {ROLE_LABEL[invitation.role].toLowerCase()}. The link
      expires on {new Date(invitation.expiresAt).toUTCString()}.
    </p>
  );
}

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-3 text-sm text-stone-700" data-testid="invitation-message">
        {children}
      </p>
      <Link href="/documents" className="mt-4 inline-block text-sm text-blue-700 underline">
        Go to your documents
      </Link>
    </>
  );
}
