// Map a DOM selection inside the reader to character offsets of the original text. Every run
// the reader draws carries data-start (its offset in the text) and holds one text node.

/** Offset in the text of a DOM point (node + offset) inside `root`, or null if outside. */
export function domPointToOffset(root: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    return run ? Number(run.dataset.start) + offset : null;
  }
  const el = node as HTMLElement;
  if (el.dataset?.start !== undefined) {
    return Number(el.dataset.start) + (offset === 0 ? 0 : (el.textContent?.length ?? 0));
  }
  // A point between runs: the start of the run after it, or the end of the text.
  const next = el.childNodes[offset] as HTMLElement | undefined;
  if (next?.dataset?.start !== undefined) return Number(next.dataset.start);
  return offset >= el.childNodes.length ? textLength : null;
}

/** The reader's current selection as a span of the text (start < end), or a caret (start === end). */
export function selectionSpan(root: HTMLElement, textLength: number): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const start = domPointToOffset(root, range.startContainer, range.startOffset, textLength);
  const end = domPointToOffset(root, range.endContainer, range.endOffset, textLength);
  if (start === null || end === null) return null;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
