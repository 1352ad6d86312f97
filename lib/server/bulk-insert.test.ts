// The analyser's units and relations are written in bulk (bulk-insert.ts): every field as the
// analyser made it (nulls, JSON signals, floats, enum kinds), in a number of statements that grows
// with the rows / 5,000, not with the rows; relations already there are skipped. Real PGlite.
import { afterAll, describe, expect, test } from "vitest";
import { analyze } from "@/lib/analysis";
import { anchoredSpan } from "@/lib/domain/anchor";
import { installTestDb } from "./testing/test-db";

const testDb = await installTestDb();
const { db } = testDb;
const { signUp } = await import("./testing/fixtures");
const { importDocument } = await import("./use-cases/import-document");
afterAll(() => testDb.close());

const QUOTED =
  "“We will not back down,” the minister said on 3 March 2024. Critics disputed the figure. " +
  "Therefore the budget must be cut, because the deficit rose by 12 percent. Jane Roe, the auditor, said: “The numbers are wrong.”";

function article(sentences: number): string {
  const places = ["Geneva", "Nairobi", "Lima", "Oslo"];
  return Array.from(
    { length: sentences },
    (_, i) => `On ${1 + (i % 28)} March 2024 the council in ${places[i % 4]} said spending rose by ${i % 97} percent.`,
  ).join(" ");
}

describe("bulk insert of the analyser's output", () => {
  test("stores every unit and relation exactly as the analyser made them", async () => {
    const me = await signUp("Bulk Writer");
    const { id } = await importDocument({ userId: me.userId, input: { source: "paste", workspaceId: me.ownWorkspaceId, title: "Quoted", text: QUOTED } });
    const analysis = analyze(QUOTED);
    const rows = await db.unit.findMany({ where: { documentId: id }, orderBy: { start: "asc" } });
    const expected = [...analysis.units].sort((a, b) => a.start - b.start);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const u = expected[i]!;
      expect(row).toMatchObject({
        kind: u.kind,
        ...anchoredSpan(QUOTED, u.start, u.end),
        speaker: u.speaker?.name ?? null,
        speakerStart: u.speaker?.start ?? null,
        speakerEnd: u.speaker?.end ?? null,
        signals: u.signals,
        origin: "AUTO",
        verdict: "UNREVIEWED",
        status: "OPEN",
        version: 1,
      });
      expect(row.checkworthy).toBeCloseTo(u.checkworthy, 10);
      expect(row.opinion).toBeCloseTo(u.opinion, 10);
      expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
    });
    expect(rows.some((r) => r.speaker !== null)).toBe(true);
    const relations = await db.relation.findMany({ where: { documentId: id } });
    expect(relations.length).toBe(analysis.relations.filter((r) => r.from !== r.to).length);
    expect(relations.length).toBeGreaterThan(0);
  });

  test("a statement per 5,000 rows, with one parameter per column whatever the rows", async () => {
    const { insertAutoUnits } = await import("./bulk-insert");
    const calls: unknown[][] = [];
    const recorder = { $executeRaw: async (_sql: TemplateStringsArray, ...values: unknown[]) => void calls.push(values) };
    const row = (i: number) => ({
      id: `u${i}`,
      documentId: "d",
      kind: "CLAIM",
      start: i,
      end: i + 1,
      quoteExact: "x",
      quotePrefix: "",
      quoteSuffix: "",
      speaker: null,
      speakerStart: null,
      speakerEnd: null,
      signals: [],
      checkworthy: 0,
      opinion: 0,
    });
    await insertAutoUnits(
      recorder as never,
      Array.from({ length: 12_001 }, (_, i) => row(i)),
    );
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.length))).toEqual(new Set([16]));
    expect((calls[2]!.find(Array.isArray) as string[]).length).toBe(2_001);
  });

  test("a 12,000-sentence paste is stored whole", async () => {
    const me = await signUp("Bulk Big");
    const text = article(12_000);
    const { id, units } = await importDocument({ userId: me.userId, input: { source: "paste", workspaceId: me.ownWorkspaceId, title: "Big", text } });
    expect(units).toBe(analyze(text).units.length);
    expect(units).toBeGreaterThan(10_000);
    expect(await db.unit.count({ where: { documentId: id } })).toBe(units);
  });
});
