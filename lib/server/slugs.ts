import "server-only";
import { randomBytes } from "node:crypto";
import type { DbTx } from "./db";

/** "Café Démocratie!" -> "cafe-democratie": the readable part of a workspace slug. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "workspace";
}

// Slugs are public-ish identifiers: the random suffix keeps two "Newsroom"s apart without
// revealing how many exist. A collision is astronomically rare; check rather than catch,
// because a failed INSERT would abort the whole transaction in PostgreSQL.
export async function freeWorkspaceSlug(tx: DbTx, name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = `${base}-${randomBytes(attempt < 2 ? 3 : 6).toString("hex")}`;
    if (!(await tx.workspace.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  throw new Error("Could not find a free workspace slug");
}
