// oEmbed (https://oembed.com) for published reports: a claim's URL (/r/<slug>#claim-<n>,
// /r/<slug>/claims/<n> or its /embed) becomes a "rich" iframe of the claim's card; the report's
// own URL a "link". PURE; app/api/oembed/route.ts answers with it.
import type { ReportPageView } from "@/lib/domain/views-publication";
import { VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { truncate } from "@/lib/domain/snippet";
import { escapeHtml } from "./html";

type Published = Extract<ReportPageView, { status: "published" }>;

/** The report slug and claim number a URL names, whatever its origin; null when it is not a report URL. */
export function parseReportUrl(raw: string): { slug: string; n: number | null } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const m = /^\/r\/([A-Za-z0-9_-]{22})(?:\/claims\/(\d{1,6})(?:\/embed)?)?\/?$/.exec(url.pathname);
  if (!m) return null;
  const fragment = /^#claim-(\d{1,6})$/.exec(url.hash);
  const n = m[2] ?? fragment?.[1];
  return { slug: m[1]!, n: n ? Number(n) : null };
}

const DEFAULT_WIDTH = 560;
const DEFAULT_HEIGHT = 420;

export function oembedFor(view: Published, n: number | null, opts: { origin: string; maxwidth?: number; maxheight?: number }) {
  const reportUrl = `${opts.origin}/r/${view.slug}`;
  const common = {
    version: "1.0",
    provider_name: view.snapshot.publisher.name,
    provider_url: opts.origin,
    author_name: view.snapshot.publisher.name,
    cache_age: 300,
  };
  const claim = n === null ? undefined : view.snapshot.claims.find((c) => c.n === n);
  if (!claim) return n === null ? { ...common, type: "link", title: `Fact check: ${view.snapshot.document.title}` } : null;
  const width = Math.max(200, Math.min(DEFAULT_WIDTH, opts.maxwidth ?? DEFAULT_WIDTH));
  const height = Math.max(200, Math.min(DEFAULT_HEIGHT, opts.maxheight ?? DEFAULT_HEIGHT));
  const title = `${VERDICT_LABEL[claim.verdict]}: ${truncate(claim.exact, 100)}`;
  const src = `${reportUrl}/claims/${claim.n}/embed`;
  return {
    ...common,
    type: "rich",
    title,
    width,
    height,
    html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(`Fact check: ${title}`)}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-popups allow-popups-to-escape-sandbox" style="border:1px solid #e7e5e4;border-radius:6px"></iframe>`,
  };
}
