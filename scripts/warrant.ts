// The Warrant CLI, on the same use cases and database as the app (DATABASE_URL, else the
// embedded PGlite in $WARRANT_DATA_DIR — stop the server first: one process per PGlite folder).
//   npm run -s warrant -- import <file|url> --workspace <slug> [--user <email>] [--title <t>] [--format aif|argdown|json]
//   npm run -s warrant -- export <documentId> --format <f> [--out <file>] [--user <email>] [--base-url <url>]
// Without --user, the workspace's first owner acts. Bad usage exits 2; a refused command 1.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { argumentFormatOf } from "../lib/formats";
import { cliActor } from "../lib/server/cli-actor";
import { db } from "../lib/server/db";
import { describeError } from "../lib/server/errors";
import { exportDocument } from "../lib/server/use-cases/export-document";
import { importDocument } from "../lib/server/use-cases/import-document";
import { IMPORT_FORMATS, type ImportFormat } from "../lib/validation/interchange";

const USAGE = `usage:
  npm run -s warrant -- import <file|url> --workspace <slug> [--user <email>] [--title <title>] [--format aif|argdown|json]
  npm run -s warrant -- export <documentId> --format <format> [--out <file>] [--user <email>] [--base-url <url>]`;

function fail(message: string): never {
  process.stderr.write(`warrant: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const [command, target, ...rest] = argv;
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (!flag.startsWith("--") || rest[i + 1] === undefined) fail(`unexpected ${flag}`);
    flags[flag.slice(2)] = rest[++i]!;
  }
  if (!command || !target) fail("a command and its argument are required");
  return { command, target, flags };
}

const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".pdf": "application/pdf",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".txt": "text/plain",
};

/** The same tagged import input the REST upload builds (lib/server/ingest/read-upload.ts). */
function importInput(target: string, workspaceId: string, flags: Record<string, string>) {
  if (/^https?:\/\//i.test(target)) return { source: "url", workspaceId, url: target, title: flags.title };
  const bytes = readFileSync(target);
  const format = argumentFormatOf(target, bytes.subarray(0, 8000).toString("utf8"), flags.format);
  if (format) return { source: "argument", workspaceId, format, content: bytes.toString("utf8"), title: flags.title };
  const type = MEDIA_TYPES[path.extname(target).toLowerCase()] ?? "";
  return { source: "file", workspaceId, file: { name: path.basename(target), type, bytes: new Uint8Array(bytes) }, title: flags.title };
}

async function runImport(target: string, flags: Record<string, string>) {
  if (!flags.workspace) fail("import needs --workspace <slug>");
  if (flags.format && !IMPORT_FORMATS.includes(flags.format as ImportFormat)) fail(`--format is one of ${IMPORT_FORMATS.join(", ")}`);
  const { userId, workspaceId } = await cliActor({ workspaceSlug: flags.workspace, email: flags.user });
  const onProgress = (stage: string) => void process.stderr.write(`${stage}…\n`);
  return importDocument({ userId, input: importInput(target, workspaceId, flags) }, { onProgress });
}

async function runExport(documentId: string, flags: Record<string, string>) {
  if (!flags.format) fail("export needs --format <format>");
  const { userId } = await cliActor({ documentId, email: flags.user });
  const baseUrl = flags["base-url"] ?? process.env.AUTH_URL ?? "http://localhost:3000";
  const file = await exportDocument({ userId, input: { documentId, format: flags.format } }, { baseUrl });
  if (flags.out) {
    writeFileSync(flags.out, file.body);
    process.stderr.write(`wrote ${flags.out} (${file.contentType})\n`);
  } else process.stdout.write(file.body);
  return null;
}

const { command, target, flags } = parseArgs(process.argv.slice(2));
let code = 0;
try {
  if (command === "import") process.stdout.write(`${JSON.stringify(await runImport(target, flags))}\n`);
  else if (command === "export") await runExport(target, flags);
  else fail(`unknown command ${command}`);
} catch (e) {
  process.stderr.write(`warrant: ${describeError(e).body.error.message}\n`);
  code = 1;
}
await db.$disconnect();
process.exit(code);
