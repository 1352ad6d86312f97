"use client";
import { useActionState } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/settings/tokens/actions";
import { CopyField } from "@/components/ui/copy-field";
import { FormError, SubmitButton, TextField } from "@/components/ui/field";
import { DEFAULT_TOKEN_DAYS } from "@/lib/validation/token";

export function TokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, undefined);
  return (
    <form action={action} className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-6" noValidate>
      <FormError message={state?.error} />
      <TextField label="Token name" name="name" placeholder="e.g. nightly export" required maxLength={100} errors={state?.fields?.name} />
      <label className="block text-sm font-medium text-stone-800">
        Expires
        <select
          name="expiresInDays"
          defaultValue={String(DEFAULT_TOKEN_DAYS)}
          className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm"
        >
          <option value="30">in 30 days</option>
          <option value="90">in 90 days</option>
          <option value="365">in a year</option>
          <option value="never">never (revoke it yourself)</option>
        </select>
      </label>
      <SubmitButton pending={pending}>Create token</SubmitButton>
      {state?.token && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="new-token">
          <p className="font-medium">
            Copy the token “{state.name}” now: it will not be shown again.{" "}
            {state.expiresAt ? `It expires on ${new Date(state.expiresAt).toLocaleDateString()}.` : "It never expires."}
          </p>
          <CopyField value={state.token} label="New token" />
        </div>
      )}
    </form>
  );
}

interface TokenRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string | null;
  expired: boolean;
}

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

export function TokenList({ tokens }: { tokens: TokenRow[] }) {
  if (tokens.length === 0) return <p className="mt-6 text-sm text-stone-600">No tokens yet.</p>;
  return (
    <table className="mt-6 w-full text-left text-sm" data-testid="token-list">
      <thead>
        <tr className="border-b border-stone-200 text-stone-600">
          <th className="py-2">Name</th>
          <th>Created</th>
          <th>Last used</th>
          <th>Expires</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {tokens.map((t) => (
          <tr key={t.id} className="border-b border-stone-100">
            <td className="py-2">{t.name}</td>
            <td>{day(t.createdAt)}</td>
            <td>{day(t.lastUsedAt)}</td>
            <td>{day(t.expiresAt)}</td>
            <td className="text-right">
              {t.revokedAt ? (
                <span className="text-stone-500">revoked</span>
              ) : t.expired ? (
                <span className="text-stone-500">expired</span>
              ) : (
                <form action={revokeTokenAction}>
                  <input type="hidden" name="tokenId" value={t.id} />
                  <button type="submit" className="rounded px-2 py-1 text-red-700 hover:bg-red-50">
                    Revoke
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
