// The review as a Markdown (CommonMark) report, the text twin of the published report
// (docs/publishing.md): the document's details and a summary, then the reviewed findings in
// reading order (each quoted by the author's exact words, with the wording it was checked as,
// its verdict, rationale, speaker, reviewers, sources and relations), then the units not yet
// reviewed, summarised in one list rather than a section each.
// Text from the document is escaped so it cannot turn into links, headings or HTML.
import type { ArgumentMap, MapNode, MapSource } from "@/lib/domain/argument-map";
import { reportSummary } from "@/lib/domain/report";
import { truncate } from "@/lib/domain/snippet";
import { RELATION_LABEL, STANCE_LABEL, UNIT_KIND_LABEL, UNIT_KINDS, VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { unitPermalink, type ExportOptions } from "./types";

/** The archived copy: its public page when the live report links it, else when it was taken and its hash. */
function archiveNote(s: MapSource, opts: ExportOptions): string {
  const onReport = opts.report?.archives?.[s.id];
  if (onReport) return ` ([archived copy](<${encodeURI(opts.report!.url)}/sources/${onReport}>))`;
  const a = s.archive;
  return a?.state === "done" && a.sha256 ? ` (archived ${a.archivedAt?.slice(0, 10) ?? ""}, SHA-256 ${a.sha256})`.replace("archived ,", "archived,") : "";
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&"]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

const words = (n: MapNode) => `“${escapeMarkdown(truncate(n.exact.replace(/\s+/g, " ").trim(), 100))}”`;

export function toMarkdown(map: ArgumentMap, opts: ExportOptions): string {
  const d = map.document;
  const reviewed = map.nodes.filter((n) => n.verdict !== "UNREVIEWED");
  const pending = map.nodes.filter((n) => n.verdict === "UNREVIEWED");
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const meta = [
    d.author && `Author: ${escapeMarkdown(d.author)}`,
    d.publisher && `Publisher: ${escapeMarkdown(d.publisher)}`,
    d.publishedAt && `Published: ${d.publishedAt}`,
    d.sourceUrl && `Source: <${encodeURI(d.sourceUrl)}>`,
    opts.report && `Published report: <${encodeURI(opts.report.url)}>`,
    `Reviewed in: ${escapeMarkdown(d.workspace.name)}, exported ${opts.exportedAt.slice(0, 10)}`,
  ].filter(Boolean);
  const out = [
    `# Review: ${escapeMarkdown(d.title)}`,
    "",
    ...meta.map((m) => `- ${m}`),
    "",
    `**${reportSummary(reviewed as { verdict: "SUPPORTED" }[])}**`,
    "",
  ];
  out.push("## Findings", "");
  if (reviewed.length === 0) out.push("No unit has been reviewed yet.", "");
  reviewed.forEach((n, i) => {
    out.push(`### ${i + 1}. ${VERDICT_LABEL[n.verdict]} — ${UNIT_KIND_LABEL[n.kind].toLowerCase()}`, "", `> ${escapeMarkdown(n.exact)}`, "");
    if (n.checked) out.push(`- Checked as: ${escapeMarkdown(n.checked)}`);
    if (n.speaker) out.push(`- Speaker: ${escapeMarkdown(n.speaker)}`);
    if (n.rationale) out.push(`- Rationale: ${escapeMarkdown(n.rationale)}`);
    const reviewers = opts.reviewers?.[n.id] ?? [];
    if (reviewers.length) out.push(`- Reviewed by: ${reviewers.map(escapeMarkdown).join(", ")}`);
    for (const s of n.sources) {
      const title = escapeMarkdown(s.title);
      const excerpt = s.excerpt ? ` — “${escapeMarkdown(s.excerpt)}”` : "";
      out.push(`- Source (${STANCE_LABEL[s.stance].short}): ${s.url ? `[${title}](<${encodeURI(s.url)}>)` : title}${archiveNote(s, opts)}${excerpt}`);
    }
    for (const e of map.edges.filter((x) => x.from === n.id)) out.push(`- ${RELATION_LABEL[e.type].outgoing} ${words(byId.get(e.to)!)}`);
    const onReport = opts.report?.claims[n.id];
    out.push(
      onReport ? `- [In the published report](<${encodeURI(opts.report!.url)}#claim-${onReport}>)` : `- [Open in Warrant](<${unitPermalink(map, n.id, opts)}>)`,
      "",
    );
  });
  if (pending.length) {
    const counts = UNIT_KINDS.map((k) => [k, pending.filter((n) => n.kind === k).length] as const).filter(([, c]) => c > 0);
    out.push(`## Not yet reviewed (${pending.length})`, "", counts.map(([k, c]) => `${c} ${UNIT_KIND_LABEL[k].toLowerCase()}`).join(", "), "");
    for (const n of pending) out.push(`- ${UNIT_KIND_LABEL[n.kind]}: ${words(n)}`);
    out.push("");
  }
  return out.join("\n");
}
