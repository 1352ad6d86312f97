// CLI: `npm run -s analyze -- <file | ->` prints the DocumentAnalysis of a text file (or
// of standard input) as JSON. Bad usage exits with code 2 and a one-line message.
import { readFileSync } from "node:fs";
import { analyze } from "../lib/analysis";

const USAGE = "usage: npm run -s analyze -- <file | -> [--language <tag>]";

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { source: string; language?: string } {
  let source: string | undefined;
  let language: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--language" || arg === "--lang") {
      language = argv[++i];
      if (!language) fail(`${arg} needs a language tag, e.g. en, ru, zh`);
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (source === undefined) source = arg;
    else fail(`unexpected argument: ${arg}`);
  }
  if (source === undefined) fail("missing input file");
  return { source, language };
}

function read(source: string): string {
  try {
    return readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (code ?? "cannot read");
    fail(`${source}: ${reason}`);
  }
}

const { source, language } = parseArgs(process.argv.slice(2));
const text = read(source);
process.stdout.write(`${JSON.stringify(analyze(text, { language }), null, 2)}\n`);
