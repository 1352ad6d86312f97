// The public archived copy of a source a published report cites (/r/<slug>/sources/<n>): the text
// Warrant extracted when it archived the page, with the hash of the bytes fetched, the fetch time
// and the final URL — what a reader needs to check what the source said that day. No script.
import type { ReportArchivePage } from "@/lib/domain/views-publication";
import { markup, safeHref } from "./html";
import { day, documentShell, reportUrlOf, type ReportContext } from "./report-page";

export function renderArchivePage(page: ReportArchivePage, ctx: ReportContext): string {
  const report = reportUrlOf(ctx.origin, page.slug);
  const live = safeHref(page.source.url);
  const final = safeHref(page.archive.finalUrl);
  const body = markup`<main id="main"><p class="meta no-print"><a href="${report}">← Back to the fact check of “${page.reportTitle}”</a></p>
<h1>Archived copy: ${page.source.title || page.source.url || "Untitled source"}</h1>
<dl class="archive-facts">
${live ? markup`<dt>Source</dt><dd><a href="${live}" rel="nofollow noopener">${page.source.url}</a>${page.source.publisher ? markup` (${page.source.publisher})` : ""}</dd>` : ""}
${final && page.archive.finalUrl !== page.source.url ? markup`<dt>Fetched from</dt><dd>${page.archive.finalUrl}</dd>` : ""}
${page.archive.archivedAt ? markup`<dt>Archived</dt><dd><time datetime="${page.archive.archivedAt}">${day(page.archive.archivedAt)}</time> (${page.archive.archivedAt})</dd>` : ""}
<dt>SHA-256 of the bytes fetched</dt><dd><code data-testid="archive-sha256">${page.archive.sha256}</code></dd>
${page.archive.contentType ? markup`<dt>Content type</dt><dd>${page.archive.contentType}</dd>` : ""}
</dl>
<p class="meta">The text below is what ${page.publisher} archived of this page for the fact check; links, images and layout are not kept.</p>
<div class="article-text" data-testid="archive-text">${page.archive.text}</div></main>`;
  return documentShell({
    lang: page.language,
    title: `Archived copy: ${page.source.title || page.source.url || "source"}`,
    head: markup`<meta name="robots" content="noindex"><link rel="canonical" href="${report}/sources/${String(page.archive.n)}">`,
    body,
    nonce: ctx.nonce,
  });
}
