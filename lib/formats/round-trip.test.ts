// Export -> import -> export: statements, relations and verdicts survive every import format,
// and Warrant's own JSON survives byte for byte (text, offsets, sources, statuses).
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { ZImportedDocument } from "@/lib/validation/interchange";
import { essence, importedAsMap, OPTIONS, sampleMap } from "./fixtures/sample-map";
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
});

test.each(EXPORT_FORMATS)("%s: every format writes something for an empty map", (format) => {
  const empty = { ...sampleMap(), nodes: [], edges: [], quotes: [] };
  expect(exportMap(empty, format, OPTIONS).length).toBeGreaterThan(0);
});
