import { VERDICT_LABEL, VERDICTS, type Verdict } from "@/lib/domain/vocabulary";

const FILL: Record<Verdict, string> = { UNREVIEWED: "#d6d3d1", SUPPORTED: "#16a34a", DISPUTED: "#dc2626", OPINION: "#f59e0b" };

/**
 * One horizontal stacked bar per document (SVG), each the full width: the share of its units per
 * verdict, so a large import does not dwarf the rest. The same numbers are in the table beside it
 * for screen readers and for copying.
 */
export function VerdictChart({ rows }: { rows: { id: string; title: string; verdicts: Record<string, number> }[] }) {
  const barH = 22;
  const labelW = 260;
  const width = 760;
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${rows.length * (barH + 10) + 30}`} className="w-full" role="img" aria-label="Share of units per verdict, per document">
        {rows.map((r, i) => {
          let x = labelW;
          const max = Math.max(
            1,
            VERDICTS.reduce((n, v) => n + (r.verdicts[v] ?? 0), 0),
          );
          const y = i * (barH + 10);
          return (
            <g key={r.id}>
              <text x={labelW - 8} y={y + barH / 2 + 4} textAnchor="end" fontSize="12" fill="#44403c">
                {r.title.length > 38 ? `${r.title.slice(0, 37)}…` : r.title}
              </text>
              {VERDICTS.map((v) => {
                const w = ((r.verdicts[v] ?? 0) / max) * (width - labelW - 10);
                const rect = (
                  <rect key={v} x={x} y={y} width={w} height={barH} fill={FILL[v]}>
                    <title>{`${VERDICT_LABEL[v]}: ${r.verdicts[v] ?? 0}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
        <g transform={`translate(${labelW}, ${rows.length * (barH + 10) + 10})`}>
          {VERDICTS.map((v, i) => (
            <g key={v} transform={`translate(${i * 120}, 0)`}>
              <rect width="12" height="12" fill={FILL[v]} />
              <text x="16" y="10" fontSize="12" fill="#44403c">
                {VERDICT_LABEL[v]}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
