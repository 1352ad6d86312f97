// The generated article the in-browser benches load (bench:workbench, bench:map): `n` dated
// sentences, five to a paragraph, so the analyser finds about one unit per sentence.
export function benchArticle(n: number): string {
  const places = ["Geneva", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Quito", "Riga"];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = `On ${1 + (i % 28)} March ${2000 + (i % 25)}, the council in ${places[i % places.length]} said spending rose by ${i % 97} percent.`;
    out.push(i % 5 === 4 ? `${s}\n\n` : `${s} `);
  }
  return out.join("");
}
