// Rules for hand-written migration files that the in-process test database does not catch:
// PGlite runs a file whole, but `prisma migrate deploy` splits it into statements at every `;`,
// even inside a `--` comment (20261203200000_arguments failed on the server that way).
import { expect, test } from "vitest";
import { migrationNames, migrationSql } from "./test-db";

test("no migration has a semicolon inside a -- comment", () => {
  const offending = migrationNames().flatMap((name) =>
    migrationSql(name)
      .split("\n")
      .map((line, i) => ({ name, line: i + 1, comment: line.match(/--(.*)$/)?.[1] ?? "" }))
      .filter((l) => l.comment.includes(";"))
      .map((l) => `${l.name}:${l.line}`),
  );
  expect(offending).toEqual([]);
});
