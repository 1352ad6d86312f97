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
}

export const revokeApiTokenAction = defineAction(revokeApiToken);

/** The settings form (useActionState): a token for the signed-in user, shown once. */
export async function createTokenAction(_prev: TokenFormState | undefined, posted: FormData): Promise<TokenFormState> {
  const form = formOf(posted);
  // Signed in only: the email + password form of createApiToken is the REST API's.
  const result = await runAction(async () => createApiToken({ userId: (await requireUser()).id, input: { name: form.get("name") } }));
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  revalidatePath("/settings/tokens");
  return { token: result.data.token, name: result.data.name };
}

/** The Revoke button of one row (a plain form post). */
export async function revokeTokenAction(posted: FormData): Promise<void> {
  const form = formOf(posted);
  await revokeApiTokenAction({ tokenId: String(form.get("tokenId") ?? "") });
  revalidatePath("/settings/tokens");
}
