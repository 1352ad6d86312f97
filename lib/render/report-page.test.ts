import { expect, test } from "vitest";
import { buildReportSnapshot } from "@/lib/domain/report";
import { sampleMap } from "@/lib/formats/fixtures/sample-map";
import { parseReportUrl, oembedFor } from "./oembed";
import { renderArchivePage } from "./report-archive";
import { renderClaimEmbed, renderGonePage, renderReportPage } from "./report-page";

const SLUG = "AbCdEfGhIjKlMnOpQrStUv";
const ctx = { origin: "https://reports.example.org", nonce: "n0nce" };

function view(extra: { title?: string; methodology?: string } = {}) {
  const map = sampleMap();
  map.nodes = map.nodes.map((n) => (n.verdict === "UNREVIEWED" ? n : { ...n, status: "REVIEWED" }));
  if (extra.title) map.document.title = extra.title;
  const snapshot = buildReportSnapshot(
    map,
    { onlyApproved: false, showReviewers: true },
    { methodology: extra.methodology ?? null, reviewersByUnit: { "u-2": ["<b>Cleo</b>"] } },
  );
  snapshot.map.positions = Object.fromEntries(snapshot.map.nodes.map((n, i) => [n.id, { x: i * 300, y: 0 }]));
  return { status: "published" as const, slug: SLUG, version: 2, publishedAt: "2026-12-03T10:00:00.000Z", snapshot, changes: null };
}

test("the report: summary, each claim with its badge and JSON-LD, the map, the highlighted article, Open Graph", () => {
  const page = renderReportPage(view({ methodology: "We <i>call</i> the source." }), ctx);
  expect(page).toMatch(/^<!doctype html><html lang="en">/);
  expect(page).toContain("3 claims checked: 1 supported, 1 disputed, 1 opinion");
  expect(page.match(/<li id="claim-\d" class="claim v-/g)).toHaveLength(3);
  expect(page.match(/<script type="application\/ld\+json">/g)).toHaveLength(3);
  // No other script of any kind.
  expect(page.match(/<script/g)).toHaveLength(3);
  expect(page).toContain('<svg role="img" aria-labelledby="map-title"');
  expect(page).toContain('<mark id="article-claim-1" class="v-DISPUTED" data-claim="1">');
  expect(page).toContain('<meta property="og:url" content="https://reports.example.org/r/AbCdEfGhIjKlMnOpQrStUv">');
  expect(page).toContain('<style nonce="n0nce">');
  expect(page).toContain("We &lt;i&gt;call&lt;/i&gt; the source.");
  expect(page).toContain("Reviewed by &lt;b&gt;Cleo&lt;/b&gt;");
});

test("the article is the document's text, character for character, with the claims marked", () => {
  const v = view();
  const page = renderReportPage(v, ctx);
  const inner = /<div class="article-text" lang="en">([\s\S]*?)<\/div><\/section>/.exec(page)![1]!;
  const text = inner
    .replace(/<a class="ref"[^>]*>[^<]*<\/a>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);
  expect(text).toBe(v.snapshot.document.text);
  expect(inner.match(/<mark /g)).toHaveLength(3);
});

test("text from the snapshot is text: no markup gets through, and script text cannot close its element", () => {
  const page = renderReportPage(view({ title: '</title><script>alert(1)</script>"' }), ctx);
  expect(page).not.toContain("<script>alert(1)");
  expect(page).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
  expect(page).not.toContain("<net>");
  for (const block of page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)!) expect(block.slice(0, -9)).not.toContain("</");
});

test("the 410 page and the embed card", () => {
  const gone = renderGonePage({ status: "gone", title: "Budget <row>", unpublishedAt: "2026-12-04T00:00:00.000Z" }, ctx);
  expect(gone).toContain("This report was withdrawn");
  expect(gone).toContain("Budget &lt;row&gt;");
  const v = view();
  const card = renderClaimEmbed(v, v.snapshot.claims[0]!, ctx);
  expect(card).toContain('data-verdict="DISPUTED"');
  expect(card).toContain(`href="https://reports.example.org/r/${SLUG}#claim-1"`);
  expect(card).not.toContain("It is a disgrace");
});

test.each([
  [`https://x.org/r/${SLUG}`, { slug: SLUG, n: null }],
  [`https://x.org/r/${SLUG}#claim-2`, { slug: SLUG, n: 2 }],
  [`https://x.org/r/${SLUG}/claims/3`, { slug: SLUG, n: 3 }],
  [`http://x.org/r/${SLUG}/claims/3/embed`, { slug: SLUG, n: 3 }],
  [`https://x.org/r/short`, null],
  [`javascript:alert(1)//r/${SLUG}`, null],
  ["not a url", null],
])("parseReportUrl(%s)", (url, out) => {
  expect(parseReportUrl(url)).toEqual(out);
});

test("oEmbed: a claim is a rich iframe of its card, the report a link, an unknown claim nothing", () => {
  const v = view();
  const rich = oembedFor(v, 2, { origin: ctx.origin, maxwidth: 400 });
  expect(rich).toMatchObject({ version: "1.0", type: "rich", width: 400, provider_name: "Fact Desk" });
  expect((rich as { html: string }).html).toContain(`src="https://reports.example.org/r/${SLUG}/claims/2/embed"`);
  expect(oembedFor(v, null, { origin: ctx.origin })).toMatchObject({ type: "link", title: 'Fact check: Budget "row" <2024>' });
  expect(oembedFor(v, 9, { origin: ctx.origin })).toBeNull();
});

test("a source with an archived copy links it beside the live page; the copy's page shows its text as text, the hash and the fetch time", () => {
  const v = view();
  v.snapshot.claims[0]!.sources[0]!.archive = { n: 1, sourceId: "s-1", sha256: "f".repeat(64), archivedAt: "2026-12-01T10:00:00.000Z", finalUrl: null };
  const page = renderReportPage(v, ctx);
  expect(page).toContain(
    `<a class="archive" href="https://reports.example.org/r/${SLUG}/sources/1">Archived copy</a> <span class="stance">(2026-12-01)</span>`,
  );
  const card = renderClaimEmbed(v, v.snapshot.claims[0]!, ctx);
  expect(card).toContain(`href="https://reports.example.org/r/${SLUG}/sources/1" target="_blank" rel="noopener">Archived copy</a>`);

  const archive = renderArchivePage(
    {
      slug: SLUG,
      reportTitle: "Budget <row>",
      language: "en",
      publisher: "Fact Desk",
      source: { title: "Minutes", url: "https://minutes.example.org/p4", publisher: null },
      archive: {
        n: 1,
        sha256: "f".repeat(64),
        archivedAt: "2026-12-01T10:00:00.000Z",
        finalUrl: "https://minutes.example.org/p4?final",
        contentType: "text/html",
        text: "It rose <script>alert(1)</script> by 8%.",
      },
    },
    ctx,
  );
  expect(archive).toContain("It rose &lt;script&gt;alert(1)&lt;/script&gt; by 8%.");
  expect(archive.match(/<script/g)).toBeNull();
  expect(archive).toContain(`<code data-testid="archive-sha256">${"f".repeat(64)}</code>`);
  expect(archive).toContain("1 December 2026");
  expect(archive).toContain('<meta name="robots" content="noindex">');
  expect(archive).toContain(`href="https://reports.example.org/r/${SLUG}">← Back to the fact check of “Budget &lt;row&gt;”</a>`);
});
