"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formOf } from "@/lib/server/action";
import { signOut } from "@/lib/server/auth";
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/throttle";
import { changePassword } from "@/lib/server/use-cases/change-password";
import { endAllSessions } from "@/lib/server/use-cases/end-sessions";

export interface PasswordFormState {
  error?: string;
  fields?: Record<string, string[]>;
  done?: string;
}

/** Change the password; every other browser session ends, this one stays signed in. */
export async function changePasswordAction(_prev: PasswordFormState | undefined, posted: FormData): Promise<PasswordFormState> {
  const form = formOf(posted);
  const result = await runAction(async () => {
    const user = await requireUser();
    const input = { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") };
    return changePassword({ userId: user.id, input }, user.sessionId ?? null, clientAddress(await headers()));
  });
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  revalidatePath("/settings/account");
  const n = result.data.endedSessions;
  return { done: `Password changed. ${n === 0 ? "No other session was signed in." : `${n} other session${n === 1 ? " was" : "s were"} signed out.`}` };
}

/** "Sign out everywhere else": every other browser session ends; this one stays. */
export async function endOtherSessionsAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions({ userId: user.id, input: { keepThisOne: true } }, user.sessionId ?? null);
  revalidatePath("/settings/account");
}

/** "Sign out everywhere": every browser session ends, this one included. */
export async function endAllSessionsAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions({ userId: user.id, input: { keepThisOne: false } });
  await signOut({ redirect: false });
  redirect("/signin");
}
