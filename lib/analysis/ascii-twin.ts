// V8 runs a pattern with the u flag several times slower than the same pattern without it
// (measured 3.5× on the quantity pattern, 12× on the English ordinal one). On a span that
// holds no letter, number, mark, cased character or surrogate beyond ASCII (isPlain in
// text-index.ts), a u-flag pattern means exactly what its ASCII twin means: \p{L} is
// [A-Za-z], \p{N} is [0-9], and case folding differs between the two modes only for
// non-ASCII letters (K, ſ), which such a span does not hold.

const twins = new WeakMap<RegExp, RegExp | null>();

const ASCII: Record<string, string> = { L: "A-Za-z", N: "0-9", Lu: "A-Z", Ll: "a-z" };

/** The pattern's source with \p{…} made ASCII ranges, or null when it uses other Unicode-only syntax. */
function asciiSource(source: string): string | null {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const next = source[i + 1];
      if (next === "p") {
        const m = /^\\p\{(\w+)\}/.exec(source.slice(i));
        const range = m ? ASCII[m[1]!] : undefined;
        if (!m || range === undefined) return null;
        out += inClass ? range : `[${range}]`;
        i += m[0].length - 1;
        continue;
      }
      if (next === "P" || next === "u" || next === "k") return null;
      out += ch + (next ?? "");
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    else if (ch === "\u212a" || ch === "\u017f") return null;
    out += ch;
  }
  return out;
}

/** `re` without its u flag, for spans isPlain accepts; null when there is no exact twin. */
export function asciiTwin(re: RegExp): RegExp | null {
  let twin = twins.get(re);
  if (twin === undefined) {
    const source = re.flags.includes("u") && !re.flags.includes("v") ? asciiSource(re.source) : null;
    twin = source === null ? null : new RegExp(source, re.flags.replace("u", ""));
    twins.set(re, twin);
  }
  return twin;
}
