/**
 * One expression that matches wherever any of `patterns` matches, to test a span once
 * before testing each pattern (most spans match none). Null when the patterns cannot be
 * joined without changing their meaning (different flags, stateful g/y flags,
 * back-references or named groups), so callers then test each pattern as before.
 * When every pattern opens on `\b` (and holds no `|` outside a group, which the `\b` would
 * not govern), the `\b` is tested once for all: `\b(?:(?:a)|(?:b))` matches where
 * `(?:\ba)|(?:\bb)` does, and the matcher no longer tries each alternative at every position.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  const flags = patterns[0]?.flags;
  if (flags === undefined || /[gy]/.test(flags)) return null;
  if (patterns.some((re) => re.flags !== flags || /\\[1-9k]|\(\?<[^=!]/.test(re.source))) return null;
  const lead = !flags.includes("v") && patterns.every((re) => re.source.startsWith("\\b") && !alternatesOutside(re.source)) ? "\\b" : "";
  const union = patterns.map((re) => `(?:${re.source.slice(lead.length)})`).join("|");
  return new RegExp(lead ? `${lead}(?:${union})` : union, flags);
}

/** Whether a pattern's source holds a `|` outside every group (and character class). */
function alternatesOutside(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
