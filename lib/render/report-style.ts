// The public report's stylesheet (screen and print), inlined with the response's nonce: the page
// loads nothing else. Verdict colours are the map's (map-style.ts), and every verdict is also
// written out in words, never told by colour alone.
import type { Verdict } from "@/lib/domain/vocabulary";
import { VERDICT_FILL, VERDICT_INK } from "./map-style";

const VERDICTS: Verdict[] = ["SUPPORTED", "DISPUTED", "OPINION", "UNREVIEWED"];
const verdictRules = VERDICTS.map(
  (v) => `.v-${v} .badge,.badge.v-${v}{background:${VERDICT_FILL[v]};color:${VERDICT_INK[v]};border-color:${VERDICT_INK[v]}}
mark.v-${v}{background:${VERDICT_FILL[v]};box-shadow:inset 0 -2px 0 ${VERDICT_INK[v]}}
.claim.v-${v}{border-left-color:${VERDICT_INK[v]}}`,
).join("\n");

export const REPORT_CSS = `
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1c1917;background:#fafaf9;line-height:1.55}
body{margin:0}
a{color:#1d4ed8}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:1}
.site{border-bottom:1px solid #e7e5e4;background:#fff}
.site nav{max-width:52rem;margin:0 auto;padding:.6rem 1rem;display:flex;gap:1.2rem;flex-wrap:wrap;font-size:.95rem}
main{max-width:52rem;margin:0 auto;padding:1rem}
h1{font-size:1.9rem;line-height:1.25;margin:.3rem 0 .6rem}
h2{font-size:1.35rem;margin:2rem 0 .8rem;border-bottom:1px solid #e7e5e4;padding-bottom:.3rem}
h3{font-size:1.05rem;margin:0 0 .4rem}
.kicker{text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;color:#57534e;margin:0}
.meta{color:#57534e;font-size:.95rem;margin:.2rem 0}
.summary{font-size:1.15rem;font-weight:600;margin:1rem 0}
.claims{list-style:none;padding:0;margin:0}
.claim{background:#fff;border:1px solid #e7e5e4;border-left:6px solid #a8a29e;border-radius:6px;padding:1rem;margin:0 0 1rem;break-inside:avoid}
.badge{display:inline-block;border:1px solid;border-radius:999px;padding:.05rem .7rem;font-weight:700;font-size:.9rem}
blockquote{margin:.6rem 0;padding-left:.8rem;border-left:3px solid #d6d3d1;font-family:Georgia,"DejaVu Serif",serif;font-size:1.05rem}
.edited{margin:.5rem 0;padding:.4rem .6rem;border:1px solid #b45309;background:#fffbeb;color:#78350f;border-radius:4px}
.label{font-weight:600}
.prose{white-space:pre-line}
.sources{margin:.3rem 0 0;padding-left:1.2rem}
.sources li{margin:.2rem 0}
.stance{font-size:.85rem;color:#44403c}
.excerpt{display:block;color:#44403c;font-style:italic}
.changes{background:#fff;border:1px solid #e7e5e4;border-radius:6px;padding:.6rem 1rem}
figure{margin:0;overflow-x:auto;background:#fff;border:1px solid #e7e5e4;border-radius:6px}
figure svg{display:block;max-width:100%;height:auto}
figcaption{font-size:.9rem;color:#57534e;padding:.4rem .8rem}
.article-text{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;font-size:1.05rem;line-height:1.75;background:#fff;border:1px solid #e7e5e4;border-radius:6px;padding:1rem}
mark{color:inherit;padding:0 .1rem}
.ref{font-size:.75rem;font-family:system-ui,sans-serif;font-weight:700;vertical-align:super;margin-left:.1rem;text-decoration:none}
footer{max-width:52rem;margin:2rem auto;padding:1rem;color:#57534e;font-size:.85rem;border-top:1px solid #e7e5e4}
.gone{max-width:40rem;margin:4rem auto;padding:1rem}
${verdictRules}
@media print{
  html{background:#fff;font-size:11pt}
  .site,.skip,.no-print{display:none!important}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  .sources a[href]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
  .claim,figure,.article-text{border-color:#999}
  h2{break-after:avoid}
  figure{overflow:visible;break-inside:avoid}
  mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
