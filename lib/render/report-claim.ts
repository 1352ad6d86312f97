// One checked claim of a published report, as the page lists it and as the embeddable card
// shows it: verdict badge, the author's words, the desk's wording, rationale, sources, reviewers.
import type { ReportClaim } from "@/lib/domain/report";
import { STANCE_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { markup, safeHref, type SafeHtml } from "./html";

function source(s: ReportClaim["sources"][number], reportUrl: string, target: SafeHtml | ""): SafeHtml {
  const href = safeHref(s.url);
  const archived = s.archive
    ? markup` · <a class="archive" href="${reportUrl}/sources/${String(s.archive.n)}"${target}>Archived copy</a>${
        s.archive.archivedAt ? markup` <span class="stance">(${s.archive.archivedAt.slice(0, 10)})</span>` : ""
      }`
    : "";
  const title = href ? markup`<a href="${href}" rel="nofollow noopener">${s.title || href}</a>` : markup`<span>${s.title || "Untitled source"}</span>`;
  const about = [s.publisher, s.publishedAt].filter(Boolean).join(", ");
  return markup`<li>${title}${about ? markup` <span class="stance">(${about})</span>` : ""} <span class="stance">— ${STANCE_LABEL[s.stance].short}</span>${archived}${
    s.excerpt ? markup`<span class="excerpt">“${s.excerpt}”</span>` : ""
  }</li>`;
}

/**
 * The claim's body. `headingLevel`: 3 on the report (under "Claims checked"), 1 on the card.
 * `reportUrl`: the report's address, for links to archived copies (opened in a new tab from a card).
 */
export function claimBody(claim: ReportClaim, opts: { headingLevel: 1 | 3; reportUrl: string }): SafeHtml {
  const target = opts.headingLevel === 1 ? markup` target="_blank" rel="noopener"` : "";
  const heading = markup`<span class="badge v-${claim.verdict}">${VERDICT_LABEL[claim.verdict]}</span> <span>${UNIT_KIND_LABEL[claim.kind]} ${claim.n}</span>`;
  return markup`${opts.headingLevel === 1 ? markup`<h1>${heading}</h1>` : markup`<h3>${heading}</h3>`}
<blockquote>${claim.exact}</blockquote>
${claim.speaker ? markup`<p class="meta">Said by ${claim.speaker}</p>` : ""}
${claim.checked ? markup`<p><span class="label">Checked as:</span> ${claim.checked}</p>` : ""}
${claim.rationale ? markup`<p class="prose"><span class="label">Why:</span> ${claim.rationale}</p>` : ""}
${
  claim.sources.length
    ? markup`<p class="label">Sources</p><ul class="sources">${claim.sources.map((s) => source(s, opts.reportUrl, target))}</ul>`
    : markup`<p class="meta">No sources attached.</p>`
}
${claim.reviewers.length ? markup`<p class="meta">Reviewed by ${claim.reviewers.join(", ")}${claim.approved ? " · approved by the desk" : ""}</p>` : ""}`;
}
