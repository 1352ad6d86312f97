// Argdown (https://argdown.org): one statement per unit, `[Title]: exact words #(verdict)` with a
// YAML data block (the normalised wording, when there is one, is its `checked` field: the statement
// keeps the author's words), and support/attack as Argdown relations (`+>` support, `->` attack) nested under
// the statement they start from. Relations Argdown has no syntax for (cites, rephrases) go in
// the data block as lists of statement titles, so a re-import restores them.
import { argumentsToArgdown } from "./argdown-arguments";
import { argdownNamer } from "./argdown-titles";
import { documentMetadata, unitRecord } from "./fields";
import type { ArgumentMap, MapNode } from "@/lib/domain/argument-map";
import { UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";

const SPECIAL = /[\\[\]<>{}#@*_+\-/=~%:`$^|]/g;
/**
 * A tag as @argdown/core reads one (`#word` or `#(words)`), at the start of a word: written as it
 * is, so the tags of an imported Argdown file (kept in its statements' words) are tags again.
 */
const TAG = /(?<=^|\s)#(?:\([^()[\]<>{}#@*_+/=~%:`$^|\\]+\)|[A-Za-z0-9\u00A0-\uD7FF-]+)(?=\s|$)/g;

/** Argdown's special characters are escaped with a backslash; `//` would start a comment. Tags stay tags. */
export function escapeArgdown(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  let out = "";
  let at = 0;
  for (const m of clean.matchAll(TAG)) {
    out += clean.slice(at, m.index).replace(SPECIAL, (c) => `\\${c}`) + m[0];
    at = m.index + m[0].length;
  }
  return out + clean.slice(at).replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * YAML flow value for a data block. The block ends at the first `}` whatever the quoting, and
 * `//` or `#` would be read as comments: escape them inside strings as \uXXXX (valid YAML).
 */
export function yamlValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v).replace(/[{}[\]/#<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (Array.isArray(v)) return `[${v.map(yamlValue).join(", ")}]`;
  if (v && typeof v === "object")
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${yamlValue(x)}`)
      .join(", ")}}`;
  return JSON.stringify(v ?? null);
}

const tagOf = (n: MapNode) => (n.verdict === "UNREVIEWED" ? "" : ` #(${VERDICT_LABEL[n.verdict].toLowerCase()})`);

/**
 * Units written without a title: in a map from an Argdown file (some unit or argument has a label),
 * the statements its author left untitled stay so, when nothing refers to them by title (their own
 * relations are written under them). Warrant's own documents keep their generated names. Words
 * that would read as a numbered line (`(1)`, `1.`) keep a title.
 */
function untitledUnits(map: ArgumentMap): Set<string> {
  if (!map.nodes.some((n) => n.label) && !(map.arguments ?? []).some((a) => a.label)) return new Set();
  const referenced = new Set<string | null>([
    ...map.edges.map((e) => e.to),
    ...(map.arguments ?? []).flatMap((a) => a.statements.map((s) => s.unitId)),
    ...(map.argumentRelations ?? []).map((r) => r.to.unitId),
  ]);
  return new Set(map.nodes.filter((n) => !n.label && !referenced.has(n.id) && /^[^\s(\d]/.test(n.exact.trim())).map((n) => n.id));
}

export function toArgdown(map: ArgumentMap): string {
  const d = map.document;
  // Statement titles: the unit's Argdown label when it has a unique one (argdown-titles.ts).
  const statements = argdownNamer(map.nodes.map((n) => n.label));
  const untitled = untitledUnits(map);
  const title = new Map(map.nodes.map((n, i) => [n.id, statements.name(n.label, `${UNIT_KIND_LABEL[n.kind]} ${i + 1}`)]));
  const front = documentMetadata(d);
  const args = argumentsToArgdown(map, title, statements);
  const lines = ["===", ...Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), "===", "", `# ${escapeArgdown(d.title)}`, ""];
  for (const n of map.nodes) {
    const out = map.edges.filter((e) => e.from === n.id);
    const listOf = (type: string) => out.filter((e) => e.type === type).map((e) => title.get(e.to)!);
    const data = {
      ...unitRecord(n),
      sources: n.sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, publishedAt: s.publishedAt, stance: s.stance, excerpt: s.excerpt })),
      ...(listOf("CITES").length ? { cites: listOf("CITES") } : {}),
      ...(listOf("REPHRASES").length ? { rephrases: listOf("REPHRASES") } : {}),
    };
    if (untitled.has(n.id)) lines.push(`${escapeArgdown(n.exact)}${tagOf(n)}`, `    ${yamlValue(data)}`);
    else lines.push(`[${title.get(n.id)}]: ${escapeArgdown(n.exact)}${tagOf(n)}`, `    ${yamlValue(data)}`);
    for (const e of out) {
      if (e.type === "SUPPORTS") lines.push(`    +> [${title.get(e.to)}]`);
      if (e.type === "ATTACKS") lines.push(`    -> [${title.get(e.to)}]`);
    }
    lines.push(...(args.fromUnit.get(n.id) ?? []), "");
  }
  lines.push(...args.lines);
  return lines.join("\n");
}
