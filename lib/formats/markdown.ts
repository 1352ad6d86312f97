// A readable review report in Markdown (CommonMark): the document's details, a count per
// verdict, then every claim (the document's words, quoted) with the normalised wording it was
// checked as, its verdict, rationale, speaker, sources and relations.
// Text from the document is escaped so it cannot turn into links, headings or HTML.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { RELATION_LABEL, STANCE_LABEL, UNIT_KIND_LABEL, VERDICT_LABEL, VERDICTS } from "@/lib/domain/vocabulary";
import { unitPermalink, type ExportOptions } from "./types";

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&"]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

export function toMarkdown(map: ArgumentMap, opts: ExportOptions): string {
  const d = map.document;
  const number = new Map(map.nodes.map((n, i) => [n.id, i + 1]));
  const meta = [
    d.author && `Author: ${escapeMarkdown(d.author)}`,
    d.publisher && `Publisher: ${escapeMarkdown(d.publisher)}`,
    d.publishedAt && `Published: ${d.publishedAt}`,
    d.sourceUrl && `Source: <${encodeURI(d.sourceUrl)}>`,
    `Reviewed in: ${escapeMarkdown(d.workspace.name)}, exported ${opts.exportedAt.slice(0, 10)}`,
  ].filter(Boolean);
  const counts = VERDICTS.map((v) => `| ${VERDICT_LABEL[v]} | ${map.nodes.filter((n) => n.verdict === v).length} |`);
  const out = [`# Review: ${escapeMarkdown(d.title)}`, "", ...meta.map((m) => `- ${m}`), "", "| Verdict | Units |", "| --- | --- |", ...counts, ""];
  for (const n of map.nodes) {
    out.push(`## ${number.get(n.id)}. ${VERDICT_LABEL[n.verdict]} — ${UNIT_KIND_LABEL[n.kind].toLowerCase()}`, "", `> ${escapeMarkdown(n.exact)}`, "");
    if (n.checked) out.push(`- Checked as: ${escapeMarkdown(n.checked)}`);
    if (n.speaker) out.push(`- Speaker: ${escapeMarkdown(n.speaker)}`);
    if (n.rationale) out.push(`- Rationale: ${escapeMarkdown(n.rationale)}`);
    for (const s of n.sources) {
      const title = escapeMarkdown(s.title);
      out.push(`- Source (${STANCE_LABEL[s.stance].short}): ${s.url ? `[${title}](<${encodeURI(s.url)}>)` : title}`);
    }
    for (const e of map.edges.filter((x) => x.from === n.id)) out.push(`- ${RELATION_LABEL[e.type].outgoing} #${number.get(e.to)}`);
    out.push(`- [Open in Warrant](<${unitPermalink(map, n.id, opts)}>)`, "");
  }
  return out.join("\n");
}
