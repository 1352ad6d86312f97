import "server-only";
import { randomBytes } from "node:crypto";
import { ZCreateWorkspaceInput, type TCreateWorkspaceInput } from "@/lib/validation/workspace";
import { recordChange } from "../changes";
import { db, type DbTx } from "../db";
import { slugify } from "./sign-up-user";

/** Any signed-in user may create a workspace; they own it. */
export async function createWorkspace({ userId, input }: { userId: string; input: TCreateWorkspaceInput }) {
  const { name } = ZCreateWorkspaceInput.parse(input);
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, slugify(name));
    const workspace = await tx.workspace.create({ data: { name, slug }, select: { id: true, name: true, slug: true } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "OWNER" } });
    await recordChange(tx, {
      workspaceId: workspace.id,
      actorId: userId,
      action: "workspace.create",
      entityType: "workspace",
      entityId: workspace.id,
      after: { name, slug },
    });
    return { ...workspace, role: "OWNER" as const };
  });
}

// Slugs are public-ish identifiers: the random suffix keeps two "Newsroom"s apart without
// revealing how many exist. A collision is astronomically rare; check rather than catch,
// because a failed INSERT would abort the whole transaction in PostgreSQL.
async function freeSlug(tx: DbTx, base: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = `${base}-${randomBytes(attempt < 2 ? 3 : 6).toString("hex")}`;
    if (!(await tx.workspace.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  throw new Error("Could not find a free workspace slug");
}
