import "server-only";
import { notFound } from "@/lib/domain/errors";
import { ZRevokeApiTokenInput } from "@/lib/validation/token";
import { db } from "../db";
import { recordTokenChange } from "../tokens";
import { defineUseCase } from "../use-case";

/** Revoke one of the caller's tokens (someone else's does not exist: 404). Revoking twice is a no-op. */
export const revokeApiToken = defineUseCase(ZRevokeApiTokenInput, ({ userId, input: { tokenId } }) =>
  db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw notFound("The token");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt.toISOString() };
    const row = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    await recordTokenChange(tx, userId, "token.revoke", token.id, { name: token.name });
    return { id: row.id, revokedAt: row.revokedAt!.toISOString() };
  }),
);
