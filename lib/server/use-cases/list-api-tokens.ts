import "server-only";
import { formatInstant } from "@/lib/domain/dates";
import type { ApiTokenView } from "@/lib/domain/views";
import { db } from "../db";

/** The caller's tokens, newest first; never the token or its hash. */
export async function listApiTokens({ userId }: { userId: string }): Promise<ApiTokenView[]> {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true },
  });
  const now = Date.now();
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: formatInstant(t.lastUsedAt),
    revokedAt: formatInstant(t.revokedAt),
    expiresAt: formatInstant(t.expiresAt),
    expired: t.expiresAt !== null && t.expiresAt.getTime() <= now,
  }));
}
