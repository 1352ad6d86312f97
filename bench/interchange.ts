// npm run bench:interchange — do Argdown and AIF files survive Warrant (issue 16)? Each of the
// Argdown project's own example and test files is read with @argdown/core; those it reads without
// errors ("valid": 35 of its 44 .argdown files) go through the import use case into a database
// (in-memory PGlite with the committed migrations), come back out of the export use case as
// Argdown, and are read again with @argdown/core. A file is "kept" when its statement, argument
// and relation counts are the same before and after (lib/formats/interchange-counts.ts says how
// they are counted). AIF: the repository's AIF fixtures, and the AIF export of every valid example,
// are imported and exported again: I, RA and CA node counts and the RA/CA scheme names compared.
// The example files are third-party (MIT, christianvoigt/argdown) and not in this repository:
// WARRANT_ARGDOWN_EXAMPLES names their folder, else ../shared/argdown-examples.
// Results: bench/results/interchange.md and .json.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { installTestDb } from "../lib/server/testing/test-db";
import {
  aifCounts,
  argdownCounts,
  argdownDetails,
  lostDetails,
  sameAif,
  sameCounts,
  type AifCounts,
  type ArgdownCounts,
  type ArgdownDetails,
} from "../lib/formats/interchange-counts";

const root = process.cwd();
const examples = path.resolve(process.env.WARRANT_ARGDOWN_EXAMPLES ?? path.join(root, "..", "shared", "argdown-examples"));
if (!existsSync(examples)) {
  console.error(
    `bench: no Argdown examples at ${examples}.\nGet them: fetch github:christianvoigt/argdown (git clone https://github.com/christianvoigt/argdown) and copy its ` +
      `*.argdown and *.ad files, keeping their folders (examples/, packages/…), into that folder, or set WARRANT_ARGDOWN_EXAMPLES to it.`,
  );
  process.exit(2);
}

function walk(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? (name === "node_modules" ? [] : walk(full, keep)) : keep(name) ? [full] : [];
    });
}
const files = walk(examples, (f) => /\.(argdown|ad)$/.test(f));
const aifFixtures = ["bench/fixtures", "lib/formats/fixtures"].flatMap((d) => (existsSync(d) ? walk(d, (f) => f.endsWith(".aif.json")) : []));

const { close } = await installTestDb();
// Loaded after the database is installed: the use cases bind the process's client on load.
const { signUp } = await import("../lib/server/testing/fixtures");
const { exportFile, importFile, roundTripFile } = await import("../lib/server/testing/interchange-round-trip");
const who = await signUp("Interchange bench");

interface ArgdownRow {
  file: string;
  before: ArgdownCounts | null;
  after: ArgdownCounts | null;
  kept: boolean;
  /** What else changed (relation types, PCS, inference rules, tags, titles): empty when nothing. */
  lost?: (keyof ArgdownDetails)[];
  error?: string;
}
interface AifRow {
  file: string;
  before: AifCounts | null;
  after: AifCounts | null;
  kept: boolean;
  error?: string;
}
const argdownRows: ArgdownRow[] = [];
const aifRows: AifRow[] = [];
const message = (e: unknown) =>
  String((e as Error)?.message ?? e)
    .split("\n")[0]!
    .slice(0, 160);

async function aifRoundTrip(file: string, content: string) {
  const before = aifCounts(JSON.parse(content));
  try {
    const after = aifCounts(JSON.parse(await roundTripFile(who, "aif", content)));
    aifRows.push({ file, before, after, kept: sameAif(before, after) });
  } catch (e) {
    aifRows.push({ file, before, after: null, kept: false, error: message(e) });
  }
}

for (const full of files) {
  const file = path.relative(examples, full);
  const content = readFileSync(full, "utf8");
  const before = argdownCounts(content);
  if (!before) {
    argdownRows.push({ file, before, after: null, kept: false });
    continue;
  }
  try {
    const id = await importFile(who, "argdown", content);
    const exported = await exportFile(who, id, "argdown");
    const after = argdownCounts(exported);
    argdownRows.push({ file, before, after, kept: sameCounts(before, after), lost: lostDetails(argdownDetails(content), argdownDetails(exported)) });
    // Warrant's own AIF of the example is a second AIF source.
    await aifRoundTrip(`${file} (Warrant's AIF)`, await exportFile(who, id, "aif"));
  } catch (e) {
    argdownRows.push({ file, before, after: null, kept: false, error: message(e) });
  }
}
for (const full of aifFixtures) await aifRoundTrip(path.relative(root, full), readFileSync(full, "utf8"));
await close();

// The headline is over .argdown files (the issue's 35 of 44); the VS Code extension's .ad file is listed apart.
const main = argdownRows.filter((r) => r.file.endsWith(".argdown"));
const valid = main.filter((r) => r.before);
const kept = valid.filter((r) => r.kept).length;
const fmt = (c: ArgdownCounts | null) => (c ? `${c.statements} / ${c.arguments} / ${c.relations}` : "—");
const fmtAif = (c: AifCounts | null) => (c ? `${c.i} / ${c.ra} / ${c.ca}` : "—");
const schemeList = (c: AifCounts | null) => (c ? [...new Set(c.schemes)].join(", ") || "—" : "—");
const argdownTable = [
  "| file | before: statements / arguments / relations | after | kept | also changed |",
  "| --- | --- | --- | --- | --- |",
  ...argdownRows.map(
    (r) =>
      `| ${r.file} | ${fmt(r.before)} | ${r.before ? fmt(r.after) : "not valid Argdown"} | ${!r.before ? "—" : r.kept ? "yes" : `**no**${r.error ? ` (${r.error})` : ""}`} | ${r.lost?.join(", ") || (r.before ? "nothing" : "")} |`,
  ),
];
const DETAILS: (keyof ArgdownDetails)[] = ["relationTypes", "pcs", "inferenceRules", "tags", "titles"];
const detailKept = Object.fromEntries(DETAILS.map((k) => [k, valid.filter((r) => r.lost && !r.lost.includes(k)).length]));
const aifKept = aifRows.filter((r) => r.kept).length;
const ownAif = aifRows.filter((r) => r.file.endsWith("(Warrant's AIF)"));
const fixtureAif = aifRows.filter((r) => !ownAif.includes(r));
const aifSummary = `AIF fixtures: I/RA/CA counts and scheme names kept in ${fixtureAif.filter((r) => r.kept).length} of ${fixtureAif.length}; Warrant's AIF of the valid examples: ${ownAif.filter((r) => r.kept).length} of ${ownAif.length}.`;
const aifTable = [
  "| file | before: I / RA / CA | after | schemes before | schemes after | kept |",
  "| --- | --- | --- | --- | --- | --- |",
  ...aifRows.map(
    (r) =>
      `| ${r.file} | ${fmtAif(r.before)} | ${fmtAif(r.after)} | ${schemeList(r.before)} | ${schemeList(r.after)} | ${r.kept ? "yes" : `**no**${r.error ? ` (${r.error})` : ""}`} |`,
  ),
];
const summary = `Argdown: counts kept in ${kept} of ${valid.length} valid files (${main.length} .argdown files; goal ≥ 33); also kept: ${DETAILS.map((k) => `${k} ${detailKept[k]}`).join(", ")}. ${aifSummary}`;
const date = new Date().toISOString().slice(0, 10);
const md = [
  "# Interchange round trip (npm run bench:interchange)",
  "",
  `${date}. Each file: read with @argdown/core (parser, data and model plugins), imported through the import use case into`,
  "an in-memory PGlite database, exported through the export use case, read again with @argdown/core. Counts are the",
  "keys of @argdown/core's `statements` and `arguments` and the length of its `relations` (lib/formats/interchange-counts.ts);",
  'a file is kept when all three are equal. "Also changed" names what else differs (lib/formats/interchange-counts.ts,',
  "argdownDetails): the relation types, the PCS role sequences, inference rules, tags, and the titles the author gave.",
  "`@include` is not followed (an import is one file).",
  "",
  `**${summary}**`,
  "",
  "## Argdown (the Argdown project's example and test files)",
  "",
  ...argdownTable,
  "",
  "## AIF (import, then export; I, RA and CA node counts and RA/CA scheme names)",
  "",
  ...aifTable,
  "",
].join("\n");
console.log(argdownTable.join("\n"), "\n");
console.log(aifTable.join("\n"), "\n");
console.log(summary);
const out = process.env.BENCH_OUT ?? "bench/results/interchange";
writeFileSync(`${out}.md`, md);
writeFileSync(
  `${out}.json`,
  JSON.stringify({ date, summary, argdown: { valid: valid.length, kept, detailKept, files: argdownRows }, aif: { kept: aifKept, files: aifRows } }, null, 2) +
    "\n",
);
console.log(`wrote ${out}.md and ${out}.json`);
