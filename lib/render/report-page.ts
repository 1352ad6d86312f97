// The public report page (/r/<slug>), its 410 and 404 answers, and the embeddable claim card,
// as complete HTML documents: server-rendered, no script, one inline stylesheet (with the
// response's CSP nonce). Everything comes from the frozen snapshot (lib/domain/report.ts).
import { describeReportChange } from "@/lib/domain/report-changes";
import { reportSummary, type ReportClaim } from "@/lib/domain/report";
import type { ReportPageView } from "@/lib/domain/views-publication";
import { jsonForScript, reportClaimReview } from "@/lib/formats/report-claimreview";
import { markup, safeHref, trusted, type SafeHtml } from "./html";
import { articleWithClaims, reportMapSvg } from "./report-article";
import { claimBody } from "./report-claim";
import { REPORT_CSS } from "./report-style";

type Published = Extract<ReportPageView, { status: "published" }>;

export interface ReportContext {
  /** The public origin (WARRANT_PUBLIC_URL, else the request's). */
  origin: string;
  nonce: string;
}

export const reportUrlOf = (origin: string, slug: string) => `${origin}/r/${slug}`;
export const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function documentShell(opts: { lang: string; title: string; head?: SafeHtml; body: SafeHtml; nonce: string; bodyClass?: string }): string {
  return `<!doctype html>${markup`<html lang="${opts.lang || "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${opts.title}</title>${opts.head ?? ""}<style nonce="${opts.nonce}">${trusted(REPORT_CSS)}</style></head><body${opts.bodyClass ? markup` class="${opts.bodyClass}"` : ""}>${opts.body}</body></html>`}`;
}

function head(view: Published, url: string, ctx: ReportContext, summary: string): SafeHtml {
  const d = view.snapshot.document;
  const oembed = `${ctx.origin}/api/oembed?url=${encodeURIComponent(url)}&format=json`;
  return markup`<meta name="description" content="${summary}"><link rel="canonical" href="${url}">
<meta property="og:type" content="article"><meta property="og:title" content="${`Fact check: ${d.title}`}"><meta property="og:description" content="${summary}">
<meta property="og:url" content="${url}"><meta property="og:site_name" content="${view.snapshot.publisher.name}"><meta property="og:locale" content="${d.language}">
<meta property="article:published_time" content="${view.publishedAt}"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/json+oembed" href="${oembed}" title="${d.title}">`;
}

function claimItem(view: Published, claim: ReportClaim, url: string): SafeHtml {
  const jsonLd = reportClaimReview(view.snapshot, claim, { reportUrl: url, publishedAt: view.publishedAt });
  const edit = view.edits?.find((e) => e.n === claim.n);
  return markup`<li id="claim-${claim.n}" class="claim v-${claim.verdict}" data-verdict="${claim.verdict}">${claimBody(claim, { headingLevel: 3, reportUrl: url })}
${
  edit
    ? markup`<p class="edited" data-testid="report-edit"><strong>The article was edited after this check</strong> (found ${edit.foundAt.slice(0, 10)}): “${edit.before}” → ${
        edit.after === null ? markup`the passage was removed.` : markup`“${edit.after}”`
      }</p>`
    : ""
}
<p class="meta no-print"><a href="#article-claim-${claim.n}">In the article</a></p>
<script type="application/ld+json">${trusted(jsonForScript(jsonLd))}</script></li>`;
}

export function renderReportPage(view: Published, ctx: ReportContext): string {
  const { snapshot } = view;
  const d = snapshot.document;
  const url = reportUrlOf(ctx.origin, view.slug);
  const summary = reportSummary(snapshot.claims);
  const source = safeHref(d.sourceUrl);
  const byline = [d.author ? `by ${d.author}` : null, d.publisher, d.publishedAt].filter(Boolean).join(", ");
  const map = reportMapSvg(snapshot);
  const changes = view.changes;
  const body = markup`<a class="skip" href="#main">Skip to the report</a>
<header class="site"><nav aria-label="Report sections"><a href="#claims">Claims</a><a href="#map">Argument map</a><a href="#article">The article</a><a href="#methodology">How we checked</a></nav></header>
<main id="main"><article>
<header><p class="kicker">Fact check · ${snapshot.publisher.name}</p><h1>${d.title}</h1>
<p class="meta">Published <time datetime="${view.publishedAt}">${day(view.publishedAt)}</time> by ${snapshot.publisher.name} · version ${view.version}</p>
<p class="meta">The article${byline ? ` ${byline}` : ""}${source ? markup` · <a href="${source}" rel="nofollow noopener">read the original</a>` : ""}</p>
<p class="summary" data-testid="report-summary">${summary}</p></header>
${
  changes
    ? markup`<section class="changes" aria-labelledby="changes-h" data-testid="report-changes"><h2 id="changes-h">What changed since version ${changes.since}</h2>${
        changes.items.length
          ? markup`<ul>${changes.items.map((c) => markup`<li>${describeReportChange(c)}</li>`)}</ul>`
          : markup`<p>Nothing in the findings changed.</p>`
      }</section>`
    : ""
}
<section id="claims" aria-labelledby="claims-h"><h2 id="claims-h">Claims checked</h2>${
    snapshot.claims.length
      ? markup`<ol class="claims">${snapshot.claims.map((c) => claimItem(view, c, url))}</ol>`
      : markup`<p>No claims have been checked yet.</p>`
  }</section>
<section id="map" aria-labelledby="map-h"><h2 id="map-h">Argument map</h2>${
    map
      ? markup`<figure data-testid="report-map">${map}<figcaption>How the checked claims and the premises and evidence around them relate. Boxes are coloured by verdict.</figcaption></figure>`
      : markup`<p>No map: nothing has been checked yet.</p>`
  }</section>
<section id="article" aria-labelledby="article-h"><h2 id="article-h">The article</h2><p class="meta">Checked claims are highlighted by verdict; the numbers lead to each finding.</p>
<div class="article-text" lang="${d.language}">${articleWithClaims(snapshot)}</div></section>
<section id="methodology" aria-labelledby="methodology-h"><h2 id="methodology-h">How we checked</h2>${
    snapshot.methodology
      ? markup`<p class="prose">${snapshot.methodology}</p>`
      : markup`<p>${snapshot.publisher.name} has not published a methodology note.</p>`
  }<p class="meta">Verdicts: Supported (the evidence backs the claim), Disputed (the evidence contradicts it), Opinion (a value judgement, not true or false).</p></section>
</article></main>
<footer class="no-print">Published with Warrant. This report is a snapshot: it does not change unless ${snapshot.publisher.name} publishes a new version.</footer>`;
  return documentShell({
    lang: d.language,
    title: `Fact check: ${d.title} · ${snapshot.publisher.name}`,
    head: head(view, url, ctx, summary),
    body,
    nonce: ctx.nonce,
  });
}

export function renderGonePage(view: Extract<ReportPageView, { status: "gone" }>, ctx: ReportContext): string {
  const body = markup`<main id="main" class="gone"><h1>This report was withdrawn</h1><p>The fact check “${view.title}” was unpublished on <time datetime="${view.unpublishedAt}">${day(view.unpublishedAt)}</time> and is no longer available.</p></main>`;
  return documentShell({ lang: "en", title: "Report withdrawn", head: markup`<meta name="robots" content="noindex">`, body, nonce: ctx.nonce });
}

export function renderMissingPage(ctx: ReportContext): string {
  const body = markup`<main id="main" class="gone"><h1>No such report</h1><p>Check the address: report links are long and easy to cut short.</p></main>`;
  return documentShell({ lang: "en", title: "Report not found", head: markup`<meta name="robots" content="noindex">`, body, nonce: ctx.nonce });
}

/** The embeddable card of claim n (/r/<slug>/claims/<n>/embed): framed by other sites. */
export function renderClaimEmbed(view: Published, claim: ReportClaim, ctx: ReportContext): string {
  const url = reportUrlOf(ctx.origin, view.slug);
  const body = markup`<main id="main" class="claim v-${claim.verdict}" data-verdict="${claim.verdict}">${claimBody(claim, { headingLevel: 1, reportUrl: url })}
<p class="meta">Fact check by ${view.snapshot.publisher.name}, <time datetime="${view.publishedAt}">${day(view.publishedAt)}</time> · <a href="${url}#claim-${claim.n}" target="_blank" rel="noopener">Read the full report</a></p></main>`;
  return documentShell({
    lang: view.snapshot.document.language,
    title: `Claim ${claim.n}: ${view.snapshot.document.title}`,
    body,
    nonce: ctx.nonce,
    bodyClass: "embed",
  });
}
