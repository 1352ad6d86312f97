import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { textQuote } from "./anchor";
import { diffPassages, reanchor, type OldAnchor } from "./reanchor";

const anchor = (text: string, words: string, id = words, from = 0): OldAnchor => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`no "${words}"`);
  const q = textQuote(text, start, start + words.length);
  return { id, start, end: start + words.length, exact: q.exact, prefix: q.prefix, suffix: q.suffix };
};

const OLD = [
  "The minister said the budget rose by 12 percent in 2023.",
  "Critics disputed the figure at the meeting.",
  "Unemployment fell to 4 percent last year.",
  "Parliament will vote in June.",
].join("\n\n");

describe("reanchor", () => {
  test("edits elsewhere: unchanged, at the offset the edits carry it to", () => {
    const next = `An editor's note was added on top.\n\n${OLD}`;
    const [r] = reanchor(OLD, next, [anchor(OLD, "Unemployment fell to 4 percent last year.")]);
    expect(r).toMatchObject({ status: "unchanged", before: "Unemployment fell to 4 percent last year." });
    expect(next.slice(r!.start!, r!.end!)).toBe("Unemployment fell to 4 percent last year.");
  });

  test("a paragraph moved elsewhere: moved, at its new place", () => {
    const parts = OLD.split("\n\n");
    const next = [parts[2], parts[0], parts[1], parts[3]].join("\n\n");
    const [r] = reanchor(OLD, next, [anchor(OLD, "Unemployment fell to 4 percent last year.")]);
    expect(r!.status === "moved" || r!.status === "unchanged").toBe(true);
    expect(r!.start).toBe(0);
  });

  test("a figure edited: changed, before → after", () => {
    const next = OLD.replace("rose by 12 percent", "rose by 9 percent");
    const [r] = reanchor(OLD, next, [anchor(OLD, "The minister said the budget rose by 12 percent in 2023.")]);
    expect(r).toMatchObject({
      status: "changed",
      before: "The minister said the budget rose by 12 percent in 2023.",
      after: "The minister said the budget rose by 9 percent in 2023.",
    });
    // The sentence keeps its full stop when a later paragraph went too (the edit map alone stopped before it).
    const s1 = "The harbour minister said the budget rose by 12 percent in 2023, according to the council minutes.";
    const v1 = `Harbour budget row\n\n${s1}\n\nCritics disputed the figure at the meeting on Tuesday evening.\n\nUnemployment fell to 4 percent, the office said.`;
    const v2 = v1.replace("rose by 12 percent", "rose by 9 percent").replace("Critics disputed the figure at the meeting on Tuesday evening.\n\n", "");
    const [l] = reanchor(v1, v2, [anchor(v1, s1)]);
    expect(l).toMatchObject({ status: "changed", after: s1.replace("12 percent", "9 percent") });
    expect(next.slice(r!.start!, r!.end!)).toBe(r!.after);
  });

  test("a sentence deleted: gone", () => {
    const next = OLD.replace("Critics disputed the figure at the meeting.\n\n", "");
    const [r] = reanchor(OLD, next, [anchor(OLD, "Critics disputed the figure at the meeting.")]);
    expect(r).toMatchObject({ status: "gone", start: null, after: null });
  });

  test("a sentence rewritten beyond recognition: gone, not a false 'changed'", () => {
    const next = OLD.replace("Parliament will vote in June.", "Officials declined to comment on anything else.");
    const [r] = reanchor(OLD, next, [anchor(OLD, "Parliament will vote in June.")]);
    expect(r!.status).toBe("gone");
  });

  test("duplicated passages: the second occurrence stays the second, even when the first moves", () => {
    const line = "The council said spending rose.";
    const old = `${line}\n\nA different paragraph.\n\n${line}`;
    const second = anchor(old, line, "second", old.indexOf(line) + 1);
    const next = `Breaking: a new lead paragraph.\n\n${old}`;
    const [r] = reanchor(old, next, [second]);
    expect(r!.status).toBe("unchanged");
    expect(r!.start).toBe(next.lastIndexOf(line));
  });

  test("identical texts: everything unchanged in place", () => {
    const anchors = [anchor(OLD, "Parliament will vote in June.")];
    expect(reanchor(OLD, OLD, anchors)).toEqual([
      { id: anchors[0]!.id, status: "unchanged", start: anchors[0]!.start, end: anchors[0]!.end, before: anchors[0]!.exact, after: anchors[0]!.exact },
    ]);
  });

  test("property: a unit whose words are unchanged is always found at its new offset, whatever is edited around it", () => {
    const word = fc.constantFrom("the", "budget", "rose", "council", "said", "12", "percent", "Geneva", "in", "2024", ".", ",");
    const words = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(" "));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 15 }), insert: words });
    fc.assert(
      fc.property(
        words,
        fc.string({ minLength: 3, maxLength: 40 }),
        words,
        fc.array(edit, { maxLength: 4 }),
        fc.array(edit, { maxLength: 4 }),
        (before, unit, after, editsBefore, editsAfter) => {
          const unitText = `«${unit.replace(/\s+/g, " ").trim() || "x"}»`;
          const applyEdits = (s: string, edits: { at: number; remove: number; insert: string }[]) =>
            edits.reduce((acc, e) => {
              const at = acc.length ? e.at % (acc.length + 1) : 0;
              return acc.slice(0, at) + e.insert + acc.slice(at + e.remove);
            }, s);
          const head = `${before} `;
          const tail = ` ${after}`;
          const old = head + unitText + tail;
          const q = textQuote(old, head.length, head.length + unitText.length);
          const nextHead = `${applyEdits(head, editsBefore)} `;
          const next = nextHead + unitText + ` ${applyEdits(tail, editsAfter)}`;
          const [r] = reanchor(old, next, [{ id: "u", start: head.length, end: head.length + unitText.length, ...q }]);
          expect(r!.status === "unchanged" || r!.status === "moved").toBe(true);
          expect(next.slice(r!.start!, r!.end!)).toBe(unitText);
          // The edit map carries it to the copy that is its own (the text around may contain its words too).
          if (next.indexOf(unitText) === next.lastIndexOf(unitText)) expect(r!.start).toBe(nextHead.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("diffPassages", () => {
  test("paragraphs added, removed and changed, in order", () => {
    const next = OLD.replace("rose by 12 percent", "rose by 9 percent").replace("Parliament will vote in June.", "") + "\n\nA correction was appended.";
    const passages = diffPassages(OLD, next).filter((p) => p.type !== "equal");
    expect(passages.map((p) => p.type)).toContain("changed");
    expect(passages.find((p) => p.type === "changed")).toMatchObject({
      before: expect.stringContaining("12 percent"),
      after: expect.stringContaining("9 percent"),
    });
    expect(passages.some((p) => p.after.includes("A correction was appended."))).toBe(true);
  });
});
