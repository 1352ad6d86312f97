import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "generated/**",
      ".next/**",
      ".next-*/**",
      "test-results-*/**",
      "node_modules/**",
      "bench/results/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // PURE layers: no framework, database or I/O imports (DESIGN.md).
    files: ["lib/analysis/**/*.ts", "lib/formats/**/*.ts", "lib/domain/**/*.ts", "lib/render/**/*.ts", "lib/validation/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react-dom", "@prisma/*", "**/generated/prisma/*", "@/lib/server/*"],
              message: "Pure modules must not import frameworks, the database or server code.",
            },
            { group: ["node:fs", "node:net", "node:http", "node:https", "fs", "net", "http", "https"], message: "Pure modules must not do I/O." },
          ],
        },
      ],
    },
  },
  {
    // The browser gets views (lib/domain/views.ts) and actions (app/**/actions.ts), never server code, not even its types.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server", "@/lib/server/*", "**/lib/server/*"],
              message: "Components import view types from @/lib/domain/views and call server actions; never lib/server (DESIGN.md).",
            },
            { group: ["@prisma/*", "**/generated/prisma/*"], message: "Components never see database types." },
          ],
        },
      ],
    },
  },
  {
    // Adapters pass views through: rows become views inside the use cases, never in a route or page.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/view-mappers", "@/lib/server/db", "@prisma/*", "**/generated/prisma/*"],
              message: "Route handlers, pages and actions call one use case and respond with the view it returns (DESIGN.md).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
