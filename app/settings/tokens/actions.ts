"use server";
import { revalidatePath } from "next/cache";
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

export async function createTokenAction(_prev: TokenFormState | undefined, form: FormData): Promise<TokenFormState> {
  const result = await runAction(async () => {
    const user = await requireUser();
    return createApiToken({ userId: user.id, input: { name: String(form.get("name") ?? "") } });
  });
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  revalidatePath("/settings/tokens");
  return { token: result.data.token, name: result.data.name };
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  await runAction(async () => {
    const user = await requireUser();
    await revokeApiToken({ userId: user.id, tokenId: String(form.get("tokenId") ?? "") });
  });
  revalidatePath("/settings/tokens");
}
