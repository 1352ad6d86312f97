import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["generated/**", ".next/**", ".next-*/**", "test-results-*/**", "node_modules/**", "bench/results/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // PURE layers: no framework, database or I/O imports (DESIGN.md).
    files: ["lib/analysis/**/*.ts", "lib/formats/**/*.ts", "lib/domain/**/*.ts", "lib/render/**/*.ts", "lib/validation/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "**/generated/prisma/*", "@/lib/server/*"], message: "Pure modules must not import frameworks, the database or server code." },
            { group: ["node:fs", "node:net", "node:http", "node:https", "fs", "net", "http", "https"], message: "Pure modules must not do I/O." },
          ],
        },
      ],
    },
  },
];

export default config;
