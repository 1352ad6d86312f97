// Creates the demo workspace with the demo article, once. Run by `npm start` after migrations
// (and by the e2e runner); it opens the database itself, so never beside a running server on PGlite.
import { db } from "@/lib/server/db";
import { readDbConfig } from "@/lib/server/db-config";
import { seedDemoWorkspace } from "@/lib/server/use-cases/seed-demo-workspace";

const result = await seedDemoWorkspace();
console.log(`Demo workspace ${result === "created" ? "created" : "already present"} (${readDbConfig().kind}).`);
await db.$disconnect();
process.exit(0);
