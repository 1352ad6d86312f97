const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

// Content-Security-Policy and Strict-Transport-Security depend on the request: proxy.ts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds side by side (e.g. parallel test runs) each need their own output folder.
  distDir: process.env.WARRANT_DIST_DIR || ".next",
  // Keep the WASM/native-ish database packages out of the server bundle; load them from node_modules.
  // nodemailer is optional (only with SMTP_URL): loaded at run time, so a server without it still builds and runs.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "nodemailer", "pino"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before building; don't do it twice.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Imports are capped at 2 MB of text (lib/validation/limits.ts); leave room for the form's other fields.
    serverActions: { bodySizeLimit: "3mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // Features no Warrant page uses, refused for the page and anything it embeds. The members
          // page copies invitation links with the Clipboard API (allowed to this origin by default).
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
      {
        // Every page but a published claim's embeddable card (/r/<slug>/claims/<n>/embed), which
        // other sites frame; its CSP frame-ancestors says so (lib/server/security-headers.ts).
        source: "/:path((?!r/[^/]+/claims/[^/]+/embed/?$).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default nextConfig;
