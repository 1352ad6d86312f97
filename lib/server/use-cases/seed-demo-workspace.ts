import "server-only";
import { db } from "../db";
import { DEFAULT_WORKSPACE, demoArticle } from "../demo";
import { insertAnalysedDocument } from "../documents";

/** Idempotent: creates the default workspace with the demo article once. */
export async function seedDemoWorkspace(): Promise<"created" | "present"> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7314002)`;
      const existing = await tx.workspace.findUnique({ where: { slug: DEFAULT_WORKSPACE.slug }, select: { id: true } });
      if (existing) return "present";
      const workspace = await tx.workspace.create({ data: { ...DEFAULT_WORKSPACE }, select: { id: true } });
      await insertAnalysedDocument(tx, { userId: null, workspaceId: workspace.id, data: demoArticle() });
      return "created";
    },
    // maxWait: on a busy machine the embedded database (WASM) can take seconds to open.
    { maxWait: 60_000, timeout: 60_000 },
  );
}
