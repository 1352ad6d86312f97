"use client";
import { CopyField } from "@/components/ui/copy-field";
import type { CreatedResetLinkView } from "@/lib/domain/views";

/** The password reset link an owner just made for a member: shown once, to pass on by hand. */
export function ResetLinkPanel({ made, onClose }: { made: CreatedResetLinkView; onClose: () => void }) {
  const until = new Date(made.expiresAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section
      aria-label={`Password reset link for ${made.name}`}
      className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm"
      data-testid="reset-link"
    >
      {made.url ? (
        <>
          <p>
            A one-time link for <strong>{made.name}</strong> ({made.email}) to set a new password, valid until {until}. Send it to them privately: whoever opens
            it can take over the account. It is shown only now.
          </p>
          <CopyField value={made.url} label={`Reset link for ${made.name}`} />
        </>
      ) : (
        <p>
          A one-time link to set a new password was emailed to <strong>{made.name}</strong> ({made.email}), valid until {until}.
        </p>
      )}
      <button type="button" onClick={onClose} className="mt-3 rounded px-2 py-1 text-stone-700 hover:bg-amber-100">
        Done
      </button>
    </section>
  );
}
