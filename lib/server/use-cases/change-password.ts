import "server-only";
import { AppError, notFound } from "@/lib/domain/errors";
import { ZChangePasswordInput } from "@/lib/validation/auth";
import { db } from "../db";
import { hashPassword, verifyPassword } from "../passwords";
import { endSessions } from "../sessions";
import { throttledPasswordCheck } from "../throttle";
import { defineUseCase } from "../use-case";

/**
 * Change the caller's password, proving the current one (throttled like sign-in). Every other
 * browser session ends at once (`keepSessionId`, the one asking, stays signed in); API tokens
 * are separate credentials and keep working until revoked or expired.
 */
export const changePassword = defineUseCase(
  ZChangePasswordInput,
  async ({ userId, input }, keepSessionId: string | null = null, address: string | null = null) => {
    const user = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } });
    if (!user) throw notFound("The account");
    const ok = await throttledPasswordCheck(user.email, address, () => verifyPassword(input.currentPassword, user.passwordHash));
    if (!ok) {
      throw new AppError("VALIDATION", "The current password is not right.", { fields: { currentPassword: ["The current password is not right."] } });
    }
    await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
    return { endedSessions: await endSessions(userId, keepSessionId) };
  },
);
