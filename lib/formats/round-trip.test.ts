// Export -> import -> export: statements, relations and verdicts survive every import format,
// and Warrant's own JSON survives byte for byte (text, offsets, sources, statuses).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { RELATION_TYPES, UNIT_KINDS, VERDICTS } from "@/lib/domain/vocabulary";
import { ZImportedDocument } from "@/lib/validation/interchange";
import { essence, importedAsMap, mapNode, OPTIONS, sampleMap } from "./fixtures/sample-map";
import { exportMap, FORMAT_INFO, guessImportFormat, parseArgumentFile } from "./index";
import { EXPORT_FORMATS, IMPORT_FORMATS } from "@/lib/validation/interchange";

/** The imported file as the map a fresh document would give (ids = the file's keys). */
function reimport(format: (typeof IMPORT_FORMATS)[number], map: ArgumentMap): ArgumentMap {
  const doc = ZImportedDocument.parse(parseArgumentFile(format, exportMap(map, format, OPTIONS)));
  return { ...map, document: { ...map.document, title: doc.title, text: doc.text }, ...importedAsMap(doc) };
}

describe.each(IMPORT_FORMATS)("%s", (format) => {
  test("export -> import -> export keeps statements, relations and verdicts", () => {
    const map = sampleMap();
    const once = reimport(format, map);
    const twice = reimport(format, once);
    expect(essence(once)).toEqual(essence(map));
    expect(essence(twice)).toEqual(essence(map));
  });

  test("the imported file validates as a document", () => {
    expect(ZImportedDocument.safeParse(parseArgumentFile(format, exportMap(sampleMap(), format, OPTIONS))).success).toBe(true);
  });

  test("its own export is recognised", () => {
    expect(guessImportFormat(`x.${FORMAT_INFO[format].extension}`, exportMap(sampleMap(), format, OPTIONS))).toBe(format);
  });
});

test("Warrant JSON is lossless", () => {
  const map = sampleMap();
  const doc = ZImportedDocument.parse(parseArgumentFile("json", exportMap(map, "json", OPTIONS)));
  expect(doc.text).toBe(map.document.text);
  expect(
    doc.units.map(({ key, start, end, verdict, rationale, status, speaker, sources, kind, signals, checkworthy, opinion }) => ({
      key,
      start,
      end,
      verdict,
      rationale,
      status,
      speaker,
      sources,
      kind,
      signals,
      checkworthy,
      opinion,
    })),
  ).toEqual(
    map.nodes.map(({ id, start, end, verdict, rationale, status, speaker, sources, kind, signals, checkworthy, opinion }) => ({
      key: id,
      start,
      end,
      verdict,
      rationale,
      status,
      speaker,
      sources,
      kind,
      signals,
      checkworthy,
      opinion,
    })),
  );
  expect(doc.relations).toEqual(map.edges.map((e) => ({ from: e.from, to: e.to, type: e.type, origin: e.origin, signals: e.signals })));
  expect(doc.units.map((u) => u.text)).toEqual(map.nodes.map((n) => n.checked));
});

test("Warrant JSON from before `checked` reads a `text` that differs from `exact` as the normalised wording", () => {
  const file = JSON.parse(exportMap(sampleMap(), "json", OPTIONS)) as { nodes: Record<string, unknown>[] };
  for (const n of file.nodes) delete n.checked;
  const doc = ZImportedDocument.parse(parseArgumentFile("json", JSON.stringify(file)));
  expect(doc.units.map((u) => u.text)).toEqual(sampleMap().nodes.map((n) => n.checked));
});

test.each(EXPORT_FORMATS)("%s: every format writes something for an empty map", (format) => {
  const empty = { ...sampleMap(), nodes: [], edges: [], quotes: [] };
  expect(exportMap(empty, format, OPTIONS).length).toBeGreaterThan(0);
});

/**
 * Generated maps (fast-check): statements of words with the characters that break naive writers
 * (markup, quotes, Argdown and YAML syntax, emoji outside the BMP), random kinds and verdicts,
 * and relations of every type between distinct statements.
 */
const WORD = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
  fc.constantFrom("<b>", "&amp;", '"quoted"', "it's", "[x]", "{y}", "#tag", "@who", "+>", "->", "//", "a:b", "12%", "=SUM(A1)", "🇨🇭", "é", "\\", "*", "_"),
);
const STATEMENT = fc.array(WORD, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}.`);
const generatedMap = fc
  .uniqueArray(STATEMENT, { minLength: 2, maxLength: 8 })
  .chain((statements) =>
    fc.record({
      statements: fc.constant(statements),
      kinds: fc.array(fc.constantFrom(...UNIT_KINDS), { minLength: statements.length, maxLength: statements.length }),
      verdicts: fc.array(fc.constantFrom(...VERDICTS), { minLength: statements.length, maxLength: statements.length }),
      // A normalised wording on some statements (its own words, markup and all; or none).
      wordings: fc.array(fc.option(STATEMENT, { nil: null }), { minLength: statements.length, maxLength: statements.length }),
      edges: fc.uniqueArray(
        fc
          .tuple(fc.nat({ max: statements.length - 1 }), fc.nat({ max: statements.length - 1 }), fc.constantFrom(...RELATION_TYPES))
          .filter(([a, b]) => a !== b),
        { maxLength: 10, selector: ([a, b, t]) => `${a} ${b} ${t}` },
      ),
    }),
  )
  .map(({ statements, kinds, verdicts, wordings, edges }): ArgumentMap => {
    const text = statements.join(" ");
    let at = 0;
    const nodes = statements.map((s, i) => {
      const n = mapNode(`u-${i + 1}`, kinds[i]!, at, s, {
        verdict: verdicts[i]!,
        rationale: verdicts[i] === "UNREVIEWED" ? null : `Because ${s}`,
        checked: wordings[i]!,
      });
      at += s.length + 1;
      return n;
    });
    const base = sampleMap();
    return {
      ...base,
      document: { ...base.document, text },
      nodes,
      edges: edges.map(([a, b, type], i) => ({ id: `r-${i}`, from: `u-${a + 1}`, to: `u-${b + 1}`, type, origin: "MANUAL", signals: [] })),
      quotes: [],
    };
  });

describe.each(IMPORT_FORMATS)("%s, generated maps", (format) => {
  test("export -> import keeps statements, normalised wordings, relations and verdicts", () => {
    fc.assert(
      fc.property(generatedMap, (map) => {
        expect(essence(reimport(format, map))).toEqual(essence(map));
      }),
      { numRuns: 100 },
    );
  });
});
