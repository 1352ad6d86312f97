// Word and PDF text extraction, and Markdown lexing, in a worker thread started by lib/server/ingest/extract-worker-pool.ts
// with a heap limit and a deadline: a file that makes mammoth or pdf.js allocate or loop without
// end costs this worker, never the server. Plain JavaScript loaded by path at run time, so it
// works the same under Next.js (dev and production build), Vitest and the CLI.
// workerData: { kind: "docx" | "pdf" | "markdown", bytes: Uint8Array, limits: { maxUncompressedBytes, maxPdfPages } }
// Posts { ok: true, text } (for Markdown: marked's tokens as JSON, turned into text by
// lib/server/ingest/markdown.ts; marked's emphasis rules are quadratic on some inputs) or { ok: false, code: "TOO_LARGE" | "UNREADABLE", message }.
import { parentPort, workerData } from "node:worker_threads";
import { Inflate } from "fflate";

class Refused extends Error {}

const u16 = (b, o) => b[o] | (b[o + 1] << 8);
const u32 = (b, o) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b, o) => u32(b, o) + u32(b, o + 4) * 0x100000000;

/** Each central-directory entry: where its data starts, its compressed size and method (zip64 included). */
function entries(b) {
  let e = b.length - 22;
  while (e >= 0 && u32(b, e) !== 0x06054b50) e--;
  if (e < 0) throw new Error("not a zip");
  let count = u16(b, e + 10);
  let at = u32(b, e + 16);
  if (e >= 20 && u32(b, e - 20) === 0x07064b50) {
    const z = u64(b, e - 12);
    if (u32(b, z) === 0x06064b50) [count, at] = [u64(b, z + 32), u64(b, z + 48)];
  }
  const list = [];
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== 0x02014b50) throw new Error("bad central directory");
    const method = u16(b, at + 10);
    let size = u32(b, at + 20);
    let original = u32(b, at + 24);
    let local = u32(b, at + 42);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    // zip64: the 0xFFFFFFFF fields are given again, 8 bytes each, in extra field 0x0001.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(b, x + 2)) {
      if (u16(b, x) !== 1) continue;
      let f = x + 4;
      if (original === 0xffffffff) [original, f] = [u64(b, f), f + 8];
      if (size === 0xffffffff) [size, f] = [u64(b, f), f + 8];
      if (local === 0xffffffff) local = u64(b, f);
    }
    if (u32(b, local) !== 0x04034b50) throw new Error("bad local header");
    const data = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    list.push({ method, size, original, data });
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return list;
}

/** Inflates every entry into nothing, counting: an entry larger than it declared, or a total over the limit, is refused. */
function countInflated(bytes, maxTotal) {
  let total = 0;
  for (const entry of entries(bytes)) {
    if (entry.method === 0) {
      total += entry.size;
    } else if (entry.method === 8) {
      let produced = 0;
      const inflate = new Inflate((chunk) => {
        produced += chunk.length;
        if (produced > entry.original) throw new Refused("one part unpacks to more than it declares");
        if (total + produced > maxTotal) throw new Refused(`it would unpack to over ${Math.round(maxTotal / 1048576)} MB`);
      });
      const end = Math.min(entry.data + entry.size, bytes.length);
      for (let at = entry.data; at < end; at += 65536) inflate.push(bytes.subarray(at, Math.min(at + 65536, end)), at + 65536 >= end);
      total += produced;
    }
    if (total > maxTotal) throw new Refused(`it would unpack to over ${Math.round(maxTotal / 1048576)} MB`);
  }
}

async function docx(bytes, limits) {
  countInflated(bytes, limits.maxUncompressedBytes);
  const mammoth = (await import("mammoth")).default;
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
}

async function pdf(bytes, limits) {
  const { extractText, getDocumentProxy } = await import("unpdf");
  const doc = await getDocumentProxy(bytes);
  if (doc.numPages > limits.maxPdfPages) throw new Refused(`it has ${doc.numPages} pages (at most ${limits.maxPdfPages})`);
  return String((await extractText(doc, { mergePages: true })).text);
}

/** marked's block and inline tokens, without the `raw` source copies the converter does not read. */
async function markdown(bytes) {
  const { Lexer } = await import("marked");
  const tokens = Lexer.lex(new TextDecoder().decode(bytes), { gfm: true });
  return JSON.stringify(tokens, (key, value) => (key === "raw" ? undefined : value));
}

const EXTRACT = { docx, pdf, markdown };
const { kind, bytes, limits } = workerData;
try {
  const text = await EXTRACT[kind](bytes, limits);
  parentPort.postMessage({ ok: true, text });
} catch (e) {
  if (e instanceof Refused) parentPort.postMessage({ ok: false, code: "TOO_LARGE", message: e.message });
  else parentPort.postMessage({ ok: false, code: "UNREADABLE", message: String(e?.message ?? e).slice(0, 200) });
}
