// The team-review migration on data written before it: every old status keeps its meaning,
// existing assignments get a time, and the new constraints hold. Runs the committed SQL the way
// installTestDb does (every migration.sql in order), stopping before the migration under test
// to insert rows with the old enum values.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { REVIEW_STATUSES } from "@/lib/domain/vocabulary";
import { PGLITE_EXTENSIONS } from "../pglite-extensions";
import { migrationNames, migrationSql } from "./test-db";

const TEAM_REVIEW = "20261201194438_team_review";
const OLD_ROWS = readFileSync(path.join(import.meta.dirname, "fixtures", "before-team-review.sql"), "utf8");

let pg: PGlite;
const rows = async <T>(sql: string) => (await pg.query<T>(sql)).rows;

beforeAll(async () => {
  pg = new PGlite({ extensions: PGLITE_EXTENSIONS });
  const names = migrationNames();
  expect(names).toContain(TEAM_REVIEW);
  for (const name of names.slice(0, names.indexOf(TEAM_REVIEW))) await pg.exec(migrationSql(name));
  await pg.exec(OLD_ROWS);
  await pg.exec(migrationSql(TEAM_REVIEW));
  for (const name of names.slice(names.indexOf(TEAM_REVIEW) + 1)) await pg.exec(migrationSql(name));
});

afterAll(async () => {
  await pg.close();
});

describe(`migration ${TEAM_REVIEW} on existing rows`, () => {
  test("each old status is renamed in place (OPEN stays)", async () => {
    expect(await rows(`SELECT "id", "status"::text AS "status" FROM "Unit" ORDER BY "start"`)).toEqual([
      { id: "u-open", status: "OPEN" },
      { id: "u-prog", status: "IN_REVIEW" },
      { id: "u-second", status: "NEEDS_ADJUDICATION" },
      { id: "u-done", status: "REVIEWED" },
    ]);
  });

  test("the enum holds exactly the new values, in workflow order", async () => {
    const labels = await rows<{ label: string }>(
      `SELECT "enumlabel" AS "label" FROM "pg_enum" WHERE "enumtypid" = '"ReviewStatus"'::regtype ORDER BY "enumsortorder"`,
    );
    expect(labels.map((l) => l.label)).toEqual([...REVIEW_STATUSES]);
  });

  test("existing assignments get assignedAt: the Activity row that made them, else the unit's last change", async () => {
    expect(await rows(`SELECT "id", "assignedAt"::text AS "at" FROM "Unit" ORDER BY "start"`)).toEqual([
      { id: "u-open", at: null },
      { id: "u-prog", at: "2026-01-02 10:00:00" }, // a2 gave it to Ann; a1 (to Ben) and a3 (verdict) do not count
      { id: "u-second", at: "2026-01-06 00:00:00" }, // no Activity: its updatedAt
      { id: "u-done", at: null },
    ]);
  });

  test("new columns take their defaults on existing rows", async () => {
    expect(await rows(`SELECT "assignedOnly" FROM "Workspace"`)).toEqual([{ assignedOnly: false }]);
    expect(await rows(`SELECT "doubleReview" FROM "Document"`)).toEqual([{ doubleReview: false }]);
  });

  test("APPROVED can be stored once the migration is committed", async () => {
    await pg.exec(`UPDATE "Unit" SET "status" = 'APPROVED' WHERE "id" = 'u-done'`);
    expect(await rows(`SELECT "status"::text AS "status" FROM "Unit" WHERE "id" = 'u-done'`)).toEqual([{ status: "APPROVED" }]);
    await expect(pg.exec(`UPDATE "Unit" SET "status" = 'DONE' WHERE "id" = 'u-done'`)).rejects.toThrow(/invalid input value for enum/);
  });

  test("the second reviewer is never the first (CHECK constraint)", async () => {
    await expect(pg.exec(`UPDATE "Unit" SET "secondAssigneeId" = 'ann' WHERE "id" = 'u-prog'`)).rejects.toThrow(/Unit_second_assignee_differs/);
    await pg.exec(`UPDATE "Unit" SET "secondAssigneeId" = 'ben', "secondAssignedAt" = now() WHERE "id" = 'u-prog'`);
    await expect(pg.exec(`UPDATE "Unit" SET "assigneeId" = 'ben' WHERE "id" = 'u-prog'`)).rejects.toThrow(/Unit_second_assignee_differs/);
  });

  test("one review per reviewer per claim", async () => {
    const insert = `INSERT INTO "UnitReview" ("id", "unitId", "reviewerId", "verdict", "updatedAt") VALUES ($1, 'u-prog', 'ann', 'SUPPORTED', now())`;
    await pg.query(insert, ["r1"]);
    await expect(pg.query(insert, ["r2"])).rejects.toThrow(/UnitReview_unitId_reviewerId_key/);
  });

  test("the generated Prisma client reads the migrated rows", async () => {
    const db = new PrismaClient({ adapter: new PrismaPGlite(pg) });
    const units = await db.unit.findMany({ orderBy: { start: "asc" }, select: { id: true, status: true, assignedAt: true } });
    expect(units.slice(0, 3).map((u) => u.status)).toEqual(["OPEN", "IN_REVIEW", "NEEDS_ADJUDICATION"]);
    expect(units[1]!.assignedAt).toBeInstanceOf(Date);
    await db.$disconnect();
  });
});
