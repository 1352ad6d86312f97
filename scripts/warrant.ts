// The Warrant CLI, on the same use cases and database as the app (DATABASE_URL, else the
// embedded PGlite in $WARRANT_DATA_DIR — stop the server first: one process per PGlite folder).
//   npm run -s warrant -- import <file|url> --workspace <slug> [--user <email>] [--title <t>] [--format aif|argdown|json]
//   npm run -s warrant -- export <documentId> --format <f> [--out <file>] [--user <email>] [--base-url <url>]
// Without --user, the workspace's first owner acts. Bad usage exits 2; a refused command 1.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { db } from "../lib/server/db";
import { describeError } from "../lib/server/errors";
import { exportDocument } from "../lib/server/use-cases/export-document";
import { importArgumentFile } from "../lib/server/use-cases/import-argument-file";
import { ingestDocument } from "../lib/server/use-cases/ingest-document";
import { guessImportFormat } from "../lib/formats";
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

/** Who acts: --user, else the first owner of the workspace (the CLI runs with the server's rights). */
async function actor(workspaceId: string, email?: string): Promise<string> {
  const m = await db.membership.findFirst({
    where: { workspaceId, ...(email ? { user: { email: email.toLowerCase() } } : { role: "OWNER" }) },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  if (!m) fail(email ? `${email} is not a member of that workspace` : "the workspace has no owner");
  return m.userId;
}

async function runImport(target: string, flags: Record<string, string>) {
  if (!flags.workspace) fail("import needs --workspace <slug>");
  const workspace = await db.workspace.findUnique({ where: { slug: flags.workspace }, select: { id: true } });
  if (!workspace) fail(`no workspace with the slug ${flags.workspace}`);
  const userId = await actor(workspace.id, flags.user);
  const progress = (stage: string) => process.stderr.write(`${stage}…\n`);
  if (/^https?:\/\//i.test(target)) {
    return ingestDocument({ userId, workspaceId: workspace.id, source: { url: target }, meta: { title: flags.title }, onProgress: progress });
  }
  const bytes = readFileSync(target);
  const format = (flags.format as ImportFormat | undefined) ?? (/\.(txt|md|html?|docx|pdf)$/i.test(target) ? null : guessImportFormat(target, bytes.subarray(0, 8000).toString("utf8")));
  if (flags.format && !IMPORT_FORMATS.includes(flags.format as ImportFormat)) fail(`--format is one of ${IMPORT_FORMATS.join(", ")}`);
  if (format) return importArgumentFile({ userId, workspaceId: workspace.id, input: { format, content: bytes.toString("utf8"), title: flags.title } });
  const type = { ".html": "text/html", ".htm": "text/html", ".pdf": "application/pdf", ".md": "text/markdown", ".txt": "text/plain" }[path.extname(target).toLowerCase()] ?? "";
  return ingestDocument({ userId, workspaceId: workspace.id, source: { file: { name: path.basename(target), type, bytes } }, meta: { title: flags.title }, onProgress: progress });
}

async function runExport(documentId: string, flags: Record<string, string>) {
  if (!flags.format) fail("export needs --format <format>");
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { workspaceId: true } });
  if (!doc) throw Object.assign(new Error("no such document"), { cli: true });
  const userId = await actor(doc.workspaceId, flags.user);
  const file = await exportDocument({ userId, documentId, format: flags.format, baseUrl: flags["base-url"] ?? process.env.AUTH_URL ?? "http://localhost:3000" });
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
  const message = (e as { cli?: boolean }).cli ? (e as Error).message : describeError(e).body.error.message;
  process.stderr.write(`warrant: ${message}\n`);
  code = 1;
}
await db.$disconnect();
process.exit(code);
