// One checked claim of a published report, as the page lists it and as the embeddable card
// shows it: verdict badge, the author's words, the desk's wording, rationale, sources, reviewers.
import type { ReportClaim } from "@/lib/domain/report";
import { STANCE_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { html, safeHref, type SafeHtml } from "./html";

function source(s: ReportClaim["sources"][number]): SafeHtml {
  const href = safeHref(s.url);
  const title = href ? html`<a href="${href}" rel="nofollow noopener">${s.title || href}</a>` : html`<span>${s.title || "Untitled source"}</span>`;
  const about = [s.publisher, s.publishedAt].filter(Boolean).join(", ");
  return html`<li>
    ${title}${about ? html` <span class="stance">(${about})</span>` : ""} <span class="stance">— ${STANCE_LABEL[s.stance].short}</span>${
      s.excerpt ? html`<span class="excerpt">“${s.excerpt}”</span>` : ""
    }
  </li>`;
}

/** The claim's body. `headingLevel`: 3 on the report (under "Claims checked"), 1 on the card. */
export function claimBody(claim: ReportClaim, opts: { headingLevel: 1 | 3 }): SafeHtml {
  const heading = html`<span class="badge v-${claim.verdict}">${VERDICT_LABEL[claim.verdict]}</span> <span>${UNIT_KIND_LABEL[claim.kind]} ${claim.n}</span>`;
  return html`${opts.headingLevel === 1 ? html`<h1>${heading}</h1>` : html`<h3>${heading}</h3>`}
    <blockquote>${claim.exact}</blockquote>
    ${claim.speaker ? html`<p class="meta">Said by ${claim.speaker}</p>` : ""}
    ${claim.checked ? html`<p><span class="label">Checked as:</span> ${claim.checked}</p>` : ""}
    ${claim.rationale ? html`<p><span class="label">Why:</span> ${claim.rationale}</p>` : ""}
    ${
      claim.sources.length
        ? html`<p class="label">Sources</p>
            <ul class="sources">
              ${claim.sources.map(source)}
            </ul>`
        : html`<p class="meta">No sources attached.</p>`
    }
    ${claim.reviewers.length ? html`<p class="meta">Reviewed by ${claim.reviewers.join(", ")}${claim.approved ? " · approved by the desk" : ""}</p>` : ""}`;
}
