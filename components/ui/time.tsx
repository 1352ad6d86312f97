/**
 * An instant in the reader's own locale and time zone. The server renders it in its own, so the
 * text may differ at hydration: that difference is expected (suppressHydrationWarning), the
 * machine-readable dateTime is the same.
 */
export function Time({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} title={iso} className={className} suppressHydrationWarning>
      {new Date(iso).toLocaleString()}
    </time>
  );
}
