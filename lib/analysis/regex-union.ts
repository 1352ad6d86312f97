/**
 * One expression that matches wherever any of `patterns` matches, to test a span once
 * before testing each pattern (most spans match none). Null when the patterns cannot be
 * joined without changing their meaning (different flags, stateful g/y flags,
 * back-references or named groups), so callers then test each pattern as before.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | null {
  const flags = patterns[0]?.flags;
  if (flags === undefined || /[gy]/.test(flags)) return null;
  if (patterns.some((re) => re.flags !== flags || /\\[1-9k]|\(\?<[^=!]/.test(re.source))) return null;
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), flags);
}
