// W3C Web Annotation Data Model (JSON-LD, https://www.w3.org/TR/annotation-model/): an
// AnnotationCollection with one annotation per unit. Each targets the document with two
// selectors, a TextQuoteSelector (exact words + context, survives re-formatting) and a
// TextPositionSelector; the verdict ("assessing"), rationale ("commenting"), kind ("tagging") and
// the normalised wording of what is checked ("describing", when an editor gave one) are its
// bodies. The selector always quotes the document's own words.
import type { ArgumentMap } from "@/lib/domain/argument-map";
import { textQuote } from "@/lib/domain/anchor";
import { VERDICT_LABEL } from "@/lib/domain/vocabulary";
import { documentPermalink, unitPermalink, type ExportOptions } from "./types";

/**
 * TextPositionSelector counts Unicode code points, while Warrant's offsets are UTF-16 indices:
 * they differ after any character outside the BMP (emoji, some CJK). One pass builds the map.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // A surrogate pair is one code point: its second half maps to the same offset.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) table[++i] = cp;
  }
  table[text.length] = cp;
  return (i) => table[i]!;
}

export function toWebAnnotations(map: ArgumentMap, opts: ExportOptions) {
  const d = map.document;
  const source = d.sourceUrl ?? documentPermalink(map, opts);
  const cp = codePointOffsets(d.text);
  const id = `${documentPermalink(map, opts)}/annotations`;
  const items = map.nodes.map((n) => ({
    id: `${unitPermalink(map, n.id, opts)}#annotation`,
    type: "Annotation",
    motivation: n.verdict === "UNREVIEWED" ? "highlighting" : "assessing",
    created: opts.exportedAt,
    creator: { type: "Organization", name: d.workspace.name },
    body: [
      { type: "TextualBody", purpose: "tagging", value: n.kind.toLowerCase(), format: "text/plain" },
      ...(n.verdict === "UNREVIEWED" ? [] : [{ type: "TextualBody", purpose: "assessing", value: VERDICT_LABEL[n.verdict], format: "text/plain" }]),
      ...(n.checked ? [{ type: "TextualBody", purpose: "describing", value: n.checked, format: "text/plain" }] : []),
      ...(n.rationale ? [{ type: "TextualBody", purpose: "commenting", value: n.rationale, format: "text/plain" }] : []),
      ...n.sources.flatMap((s) => (s.url ? [{ id: s.url, type: "Text", purpose: "linking" }] : [])),
    ],
    target: {
      source,
      selector: [
        { type: "TextQuoteSelector", ...textQuote(d.text, n.start, n.end) },
        { type: "TextPositionSelector", start: cp(n.start), end: cp(n.end) },
      ],
    },
  }));
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label: d.title,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
