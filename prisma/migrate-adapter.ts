/* eslint-disable @typescript-eslint/no-explicit-any -- shims over untyped adapter internals */
// Driver adapters for the Prisma CLI's WASM schema engine (prisma.config.ts `engine: "js"`).
// Used only by `prisma migrate ...`; the app creates its own adapters at runtime.
// Works around three bugs of the early-access JS/WASM Migrate path in Prisma 6.19.x:
//  1. @prisma/adapter-pg rejects pg_catalog columns typed "char"(18)/name(19)  (prisma/orm#27403)
//  2. adapter-pg connectToShadowDb(): connectionString overrides the shadow `database`, and the
//     shadow DB is dropped while its pool is still open
//  3. pglite-prisma-adapter runs multi-statement migration scripts through a prepared statement
//     ("cannot insert multiple commands into a prepared statement") and does not await executeScript
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";

const require = createRequire(import.meta.url);

export async function pgMigrateAdapter(url: string) {
  const Result = require("pg/lib/result.js");
  if (!Result.prototype.__prismaCatalogTypes) {
    const addFields = Result.prototype.addFields;
    Result.prototype.addFields = function (fields: { dataTypeID: number }[]) {
      for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25; // -> text
      return addFields.call(this, fields);
    };
    Result.prototype.__prismaCatalogTypes = true;
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const u = new URL(url);
  const cfg = {
    host: u.hostname,
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.slice(1)),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    allowExitOnIdle: true, // the CLI never disposes its main connection; don't hold the process open
  };
  class MigratePg extends PrismaPg {
    async connectToShadowDb() {
      const admin = await this.connect();
      const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow: any = await new PrismaPg({ ...cfg, database: name }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    }
  }
  return new MigratePg(cfg);
}

// PGlite arms a repeating 10 s Postgres timer (Emscripten __setitimer_js -> setTimeout) that keeps
// Node alive while an instance is open, and the Prisma CLI never disposes its main connection, so
// `prisma migrate ...` would hang after finishing. Unref those timers and close PGlite on beforeExit.
function unrefPgliteTimers() {
  const g = globalThis as any;
  if (g.__unrefPgliteTimers) return;
  g.__unrefPgliteTimers = true;
  const orig = g.setTimeout;
  g.setTimeout = Object.assign(function (this: unknown, ...args: unknown[]) {
    const t = orig.apply(this, args);
    if (new Error().stack?.includes("__setitimer_js")) t?.unref?.();
    return t;
  }, orig);
}

export async function pgliteMigrateAdapter(dataDir: string) {
  unrefPgliteTimers();
  const { PGlite } = await import("@electric-sql/pglite");
  // Keep in step with PGLITE_EXTENSIONS in lib/server/pglite-extensions.ts: migrations CREATE these.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const open = async (dir: string) => {
    if (!dir.includes("://")) mkdirSync(dir, { recursive: true }); // PGlite does not create parents
    const db = new PGlite(dir, { extensions: { pg_trgm } });
    let closed: Promise<void> | undefined;
    const close = () => (closed ??= db.close());
    process.once("beforeExit", close);
    const adapter: any = await new PrismaPGlite(db).connect();
    return new Proxy(adapter, {
      get(target, prop, receiver) {
        // migration scripts hold several statements: run them with exec() (simple protocol)
        if (prop === "executeScript")
          return async (script: string) => {
            await db.exec(script);
          };
        if (prop === "executeRaw") {
          return async (q: { sql: string; args: unknown[] }) => {
            if (q.args.length === 0) {
              const r = await db.exec(q.sql);
              return r.at(-1)?.affectedRows ?? 0;
            }
            return target.executeRaw(q);
          };
        }
        if (prop === "dispose") return close;
        const v = Reflect.get(target, prop, receiver);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  };
  return {
    provider: "postgres" as const,
    adapterName: "pglite-prisma-adapter",
    connect: () => open(dataDir),
    connectToShadowDb: () => open("memory://"),
  };
}
