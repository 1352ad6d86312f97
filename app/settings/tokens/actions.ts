"use server";
import { revalidatePath } from "next/cache";
import { defineAction, formOf } from "@/lib/server/action";
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { createApiToken } from "@/lib/server/use-cases/create-api-token";
import { revokeApiToken } from "@/lib/server/use-cases/revoke-api-token";

export interface TokenFormState {
  error?: string;
  fields?: Record<string, string[]>;
  /** The new token, shown this once. */
  token?: string;
  name?: string;
  expiresAt?: string | null;
}

export const revokeApiTokenAction = defineAction(revokeApiToken);

/** The settings form (useActionState): a token for the signed-in user, shown once. */
export async function createTokenAction(_prev: TokenFormState | undefined, posted: FormData): Promise<TokenFormState> {
  const form = formOf(posted);
  // Signed in only: the email + password form of createApiToken is the REST API's.
  const days = form.get("expiresInDays");
  const input = { name: form.get("name"), expiresInDays: days === "never" ? null : (days ?? undefined) };
  const result = await runAction(async () => createApiToken({ userId: (await requireUser()).id, input }));
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  revalidatePath("/settings/tokens");
  return { token: result.data.token, name: result.data.name, expiresAt: result.data.expiresAt };
}

/** The Revoke button of one row (a plain form post). */
export async function revokeTokenAction(posted: FormData): Promise<void> {
  const form = formOf(posted);
  await revokeApiTokenAction({ tokenId: String(form.get("tokenId") ?? "") });
  revalidatePath("/settings/tokens");
}
