// Argdown files through the database and back (issue 16), as bench:interchange measures them:
// import use case -> export use case -> @argdown/core. The committed fixture has one case of each
// pattern that lost something before (a PCS without its conclusion made the export unreadable;
// tags of other members, before a data block, or in a clipped argument description were lost).
// When the Argdown project's example files are on the machine (../shared/argdown-examples or
// WARRANT_ARGDOWN_EXAMPLES), the whole set is checked against the goal as well.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fromArgdown } from "@/lib/formats/argdown-import";
import { argdownCounts, argdownDetails, lostDetails, sameCounts } from "@/lib/formats/interchange-counts";
import { installTestDb } from "../testing/test-db";

const testDb = await installTestDb();
const { signUp } = await import("../testing/fixtures");
const { exportFile, importFile, roundTripFile } = await import("../testing/interchange-round-trip");
const { listArguments } = await import("./list-arguments");

type Person = Awaited<ReturnType<typeof signUp>>;
let who: Person;
beforeAll(async () => {
  who = await signUp("Interchange");
});
afterAll(() => testDb.close());

const fixture = readFileSync(path.join(process.cwd(), "lib/formats/fixtures/argdown-interchange.argdown"), "utf8");

describe("the committed patterns", () => {
  test("statement, argument and relation counts, relation types and tags are kept", async () => {
    const out = await roundTripFile(who, "argdown", fixture);
    expect(argdownCounts(fixture)).toEqual({ statements: 7, arguments: 5, relations: 5 });
    expect(argdownCounts(out)).toEqual(argdownCounts(fixture));
    expect(argdownDetails(out)!.tags).toEqual(argdownDetails(fixture)!.tags);
    // Titles are Warrant's own ("Claim 1", "Argument 1"); the sketch's PCS is in its data (below).
    expect(lostDetails(argdownDetails(fixture), argdownDetails(out))).toEqual(["pcs", "titles"]);
  });

  test("the sketch without a conclusion comes back with its two premises, through a second round trip too", async () => {
    const once = await roundTripFile(who, "argdown", fixture);
    const id = await importFile(who, "argdown", once);
    const { arguments: args } = await listArguments({ userId: who.userId, input: { documentId: id } });
    const sketch = args.find((a) => a.statements.length === 2)!;
    expect(sketch.statements.map((s) => [s.role, s.text])).toEqual([
      ["PREMISE", "First premise"],
      ["PREMISE", "Second premise"],
    ]);
    expect(argdownCounts(await exportFile(who, id, "argdown"))).toEqual(argdownCounts(fixture));
  });

  test("a long description is clipped to the title's length and keeps its tag", () => {
    const long = fromArgdown(fixture).arguments!.find((a) => a.key === "Long")!;
    expect(long.title.length).toBeLessThanOrEqual(300);
    expect(long.title).toMatch(/… #pro$/);
    expect(fromArgdown(fixture).arguments!.find((a) => a.key === "Salvation")!.title).toBe("Only the populists can save society. #populism");
  });
});

const titled = readFileSync(path.join(process.cwd(), "lib/formats/fixtures/argdown-titles.argdown"), "utf8");

describe("titles and inference rules", () => {
  test("the author's titles and the PCS's inference rules and data come back from the database", async () => {
    const out = await roundTripFile(who, "argdown", titled);
    expect(argdownCounts(out)).toEqual(argdownCounts(titled));
    expect(lostDetails(argdownDetails(titled), argdownDetails(out))).toEqual([]);
    expect(argdownDetails(out)!.titles).toContain("<Argument from liberty>");
    // A title like one Warrant generates is kept too: it is the author's.
    expect(out).toMatch(/^\[Claim 2\]: Censorship is wrong in principle\.$/m);
    expect(out).toContain("--\nSpecification, Modus ponens {uses: [1, 2]}\n--");
    expect(out).toContain("--\nInference to the best explanation\n--");
  });

  test("they are stored on the argument and survive Warrant JSON too", async () => {
    const id = await importFile(who, "argdown", titled);
    const { arguments: args } = await listArguments({ userId: who.userId, input: { documentId: id } });
    const liberty = args.find((a) => a.label === "Argument from liberty")!;
    expect(liberty.inference).toEqual([
      { rules: ["Specification", "Modus ponens"], data: { uses: [1, 2] } },
      { rules: [], data: null },
    ]);
    const again = await importFile(who, "json", await exportFile(who, id, "json"));
    const out = await exportFile(who, again, "argdown");
    expect(lostDetails(argdownDetails(titled), argdownDetails(out))).toEqual([]);
  });
});

// The Argdown project's own files: third-party, never committed; checked when present.
const examples = path.resolve(process.env.WARRANT_ARGDOWN_EXAMPLES ?? path.join(process.cwd(), "..", "shared", "argdown-examples"));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : n.endsWith(".argdown") ? [path.join(dir, n)] : []));
const files = existsSync(examples) ? walk(examples) : [];

// Defined only when the files are there (a missing folder is not a skipped test).
if (files.length > 0)
  describe("the Argdown project's example and test files", () => {
    test("counts are kept in at least 33 of the files @argdown/core reads without errors", { timeout: 600_000 }, async () => {
      let valid = 0;
      const failed: string[] = [];
      for (const file of files) {
        const content = readFileSync(file, "utf8");
        const before = argdownCounts(content);
        if (!before) continue;
        valid++;
        const after = argdownCounts(await roundTripFile(who, "argdown", content).catch(() => ""));
        if (!sameCounts(before, after)) failed.push(path.relative(examples, file));
      }
      expect(valid).toBe(35);
      expect(failed.length, failed.join(", ")).toBeLessThanOrEqual(2);
    });
  });
