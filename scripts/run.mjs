import { spawn } from "node:child_process";

/** Runs a command from node_modules/.bin (or PATH), inheriting stdio; rejects on failure. */
export function run(cmd, args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: { ...env, PATH: `node_modules/.bin:${env.PATH ?? ""}` },
      stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`))));
  });
}
