// Argdown titles on export (issue 16): a unit or argument imported from Argdown keeps the title its
// author gave (its label) when that label is unique among its kind and can stand between the
// brackets; every other one gets a generated name (`Claim 3`, `Argument 2`, `Implicit 1`) that no
// label already takes, so no two statements or arguments ever share a title by accident.
const USABLE = /^[^[\]<>\r\n\\]+$/;

export interface ArgdownNamer {
  /** The label when usable and unique, else a fresh name from `fallback`. */
  name(label: string | null | undefined, fallback: string): string;
  /** `base`, or `base (2)`, `base (3)`… : the first not yet taken. */
  fresh(base: string): string;
}

export function argdownNamer(labels: readonly (string | null | undefined)[]): ArgdownNamer {
  const clean = (l: string | null | undefined) => {
    const t = l?.replace(/\s+/g, " ").trim();
    return t && USABLE.test(t) ? t : null;
  };
  const counts = new Map<string, number>();
  for (const l of labels.map(clean)) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const reserved = new Set([...counts].filter(([, n]) => n === 1).map(([l]) => l));
  const used = new Set<string>();
  const fresh = (base: string) => {
    let name = base;
    for (let k = 2; used.has(name) || reserved.has(name); k++) name = `${base} (${k})`;
    used.add(name);
    return name;
  };
  return {
    name(label, fallback) {
      const l = clean(label);
      if (l && reserved.has(l) && !used.has(l)) {
        used.add(l);
        return l;
      }
      return fresh(fallback);
    },
    fresh,
  };
}
