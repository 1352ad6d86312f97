import { highlightPieces, type Range } from "@/lib/domain/search";

/** Text with its matched words in <mark>: built from ranges, rendered as text (never as HTML). */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {highlightPieces(text, ranges).map((p, i) =>
        p.marked ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
