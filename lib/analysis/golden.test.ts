import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { analyze } from "./index";

// The whole analysis of the demo article, one line per sentence, quotation, unit, relation
// and citation, as a snapshot: a speed change must leave it byte for byte as it was. A
// deliberate change of behaviour updates it (npx vitest run lib/analysis/golden.test.ts -u)
// and the diff shows, line by line, what the change did to the demo article.
test("the demo article's analysis is unchanged", () => {
  const text = readFileSync(resolve(__dirname, "../../prisma/seed-data/valdai-nato-east-asia.txt"), "utf8");
  const a = analyze(text);
  const lines = [
    `language ${a.language}`,
    `paragraphs ${a.paragraphs.map((p) => `${p.start}-${p.end}`).join(" ")}`,
    ...a.sentences.map((s, i) => `s${i + 1} ${s.start}-${s.end}`),
    ...a.quotes.map(
      (q) => `quote ${q.start}-${q.end} ${q.kind} ${q.speaker ? `${q.speaker.name}@${q.speaker.start}-${q.speaker.end}` : "-"} | ${q.signals.join(" ")}`,
    ),
    ...a.units.map(
      (u) =>
        `${u.id} ${u.kind} ${u.start}-${u.end} check=${u.checkworthy} opinion=${u.opinion}${u.speaker ? ` speaker=${u.speaker.name}@${u.speaker.start}-${u.speaker.end}` : ""}${u.suggestedVerdict ? ` suggest=${u.suggestedVerdict}` : ""} | ${u.signals.join(" ")}`,
    ),
    ...a.relations.map((r) => `${r.from} ${r.type} ${r.to} | ${r.signals.join(" ")}`),
    ...(a.citations ?? []).map(
      (c) => `citation ${c.start}-${c.end} ${c.kind} ${c.name}${c.date ? ` date=${c.date.text}@${c.date.start}-${c.date.end}` : ""} | ${c.signals.join(" ")}`,
    ),
  ];
  expect(lines.join("\n")).toMatchSnapshot();
});
