import "server-only";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "@/lib/domain/errors";
import { extractInWorker } from "./extract-worker-pool";
import { markdownTokensToText, splitFrontMatter } from "./markdown";
import { checkZip } from "./zip-guard";

export interface Extracted {
  text: string;
  title?: string;
  author?: string;
  publisher?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
}

/** Markdown by media type (RFC 7763, and the older x- name) or by extension: parsed, never taken as plain text. */
const MARKDOWN_TYPES = new Set(["text/markdown", "text/x-markdown"]);
const MARKDOWN_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd"]);
const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td";
const day = (v: string | null | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);
const clean = (v: unknown) => (typeof v === "string" && v.trim() ? v.replace(/\s+/g, " ").trim() : undefined);

/** schema.org Article data in <script type="application/ld+json"> (news sites nearly all have it). */
function jsonLd(doc: Document): Partial<Extracted> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? "") as unknown;
      const items = (Array.isArray(data) ? data : [data, ...((data as { "@graph"?: unknown[] })["@graph"] ?? [])]) as Record<string, unknown>[];
      const article = items.find((i) => /Article|Posting|Report/.test(String(i?.["@type"])));
      if (!article) continue;
      const name = (v: unknown) => clean(Array.isArray(v) ? ((v[0] as { name?: unknown })?.name ?? v[0]) : ((v as { name?: unknown })?.name ?? v));
      return {
        title: clean(article.headline),
        author: name(article.author),
        publisher: name(article.publisher),
        publishedAt: day(String(article.datePublished ?? "")),
      };
    } catch {
      // A broken JSON-LD block is common; the meta tags still count.
    }
  }
  return {};
}

/**
 * The title from <title> (as Readability reads it) and the first <h1>: the <h1> when there is no
 * <title>, or when the <title> is the <h1> with the site's name around it ("Budget row | The Paper").
 */
function headline(title: string | undefined, h1: string | undefined): string | undefined {
  if (!h1) return title;
  return !title || (title !== h1 && title.includes(h1)) ? h1 : title;
}

/** The article body and its metadata, from meta tags, JSON-LD and Readability, on a server-side DOM. */
export function extractHtml(html: string): Extracted {
  // linkedom makes a fragment's first element the document element (an <h1> with no <body>), on
  // which Readability finds nothing: a saved fragment (tags, but no <html>) gets a document first.
  const wrap = (markup: string) => parseHTML(`<!doctype html><html><head></head><body>${markup}</body></html>`).document;
  const fragment = !/<html[\s>]/i.test(html) && /<[a-z]/i.test(html);
  let { document } = fragment ? { document: wrap(html.replace(/<\/?body\b[^>]*>/gi, "")) } : parseHTML(html);
  // Broken structure (`</head<body>`) can put the whole page in <head>, leaving an empty <body> on
  // which Readability throws: read the same markup again as a fragment inside a proper document.
  if (document?.documentElement && !document.body?.textContent?.trim()) document = wrap(html.replace(/<\/?(?:html|head|body)\b[^>]*>?/gi, ""));
  // Bytes that are no markup at all (a lone NUL, binary noise) parse to a document without an
  // <html> element, on which Readability throws: a 400, not a 500.
  if (!document?.documentElement) throw new AppError("VALIDATION", "Warrant found no article text on that page.");
  const meta = (sel: string) => clean(document.querySelector(sel)?.getAttribute("content"));
  const ld = jsonLd(document as unknown as Document);
  // Before Readability, which takes nodes out of the document it reads.
  const h1 = clean(document.querySelector("h1")?.textContent);
  const pageTitle = clean(document.querySelector("title")?.textContent);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = "";
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = [...body.querySelectorAll(BLOCKS)]
      .filter((el) => !el.querySelector(BLOCKS))
      .map((el) => el.textContent.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n\n");
    if (!text) text = clean(article.textContent) ?? "";
  }
  if (!text.trim()) throw new AppError("VALIDATION", "Warrant found no article text on that page.");
  return {
    text,
    title: ld.title ?? meta('meta[property="og:title"]') ?? headline(clean(article?.title) ?? pageTitle, h1),
    author: ld.author ?? meta('meta[name="author"]') ?? clean(article?.byline),
    publisher: ld.publisher ?? meta('meta[property="og:site_name"]') ?? clean(article?.siteName),
    publishedAt: ld.publishedAt ?? day(meta('meta[property="article:published_time"]')) ?? day(article?.publishedTime),
  };
}

/** Text of an uploaded or fetched file, by media type (or file extension when the type is generic). */
export async function extractFile(name: string, contentType: string, bytes: Uint8Array): Promise<Extracted> {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const utf8 = () => new TextDecoder("utf-8").decode(bytes);
  const stem =
    name
      .replace(/\.[^.]+$/, "")
      .replace(/[-_]+/g, " ")
      .trim() || undefined;
  if (type === "text/html" || type === "application/xhtml+xml" || ext === "html" || ext === "htm") return extractHtml(utf8());
  if (type === "application/pdf" || ext === "pdf") return { text: await extractInWorker("pdf", bytes), title: stem };
  if (type.includes("wordprocessingml") || ext === "docx") {
    // A zip: its declared sizes are checked before anything is inflated (zip-guard.ts).
    checkZip(bytes);
    const value = await extractInWorker("docx", bytes);
    return { text: value.replace(/\n{3,}/g, "\n\n").trim(), title: stem };
  }
  if (MARKDOWN_TYPES.has(type) || MARKDOWN_EXTENSIONS.has(ext)) {
    // Lexed in the bounded worker (marked is quadratic on some inputs), turned into text here.
    const { body, title } = splitFrontMatter(utf8());
    const md = markdownTokensToText(await extractInWorker("markdown", new TextEncoder().encode(body)), title);
    return { text: md.text, title: md.title ?? stem };
  }
  if (type.startsWith("text/") || ext === "txt") return { text: utf8(), title: stem };
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Warrant imports .txt, .md, .html, .docx and .pdf files (and Argdown or AIF argument files).");
}
