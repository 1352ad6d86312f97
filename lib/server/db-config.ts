import path from "node:path";

// One rule for choosing the database, shared by the app (lib/server/db.ts) and the scripts.
// prisma.config.ts applies the same rule for the migration CLI.
export type DbConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.WARRANT_DATA_DIR || ".data");
}

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const url = env.DATABASE_URL;
  if (url && url !== "postgresql://unused@localhost/unused") return { kind: "postgres", url };
  return { kind: "pglite", dir: path.join(/* turbopackIgnore: true */ dataDir(env), "pglite") };
}
