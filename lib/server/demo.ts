import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ZImportDocumentInput, type TImportDocumentData } from "@/lib/validation/document";

/** The workspace the seed creates; the first person to sign up owns it. */
export const DEFAULT_WORKSPACE = { slug: "demo", name: "Demo workspace" } as const;

// Shipped with the repo (prisma/seed-data), never read from outside it at run time.
const DEMO_FILE = path.join(process.cwd(), "prisma", "seed-data", "valdai-nato-east-asia.txt");

export function demoArticle(): TImportDocumentData {
  return ZImportDocumentInput.parse({
    title: "NATO's East Asian ambitions and the reaction of Moscow, Pyongyang and Beijing",
    author: "Alexander Vorontsov",
    publisher: "Valdai Discussion Club",
    language: "en",
    text: readFileSync(DEMO_FILE, "utf8"),
  });
}
