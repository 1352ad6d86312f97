import "server-only";
// Markdown -> plain text with block boundaries, so `#`, `**`, link targets and fences never reach
// the analyser. marked's lexer (CommonMark + GFM: tables, strikethrough, task lists, autolinks)
// gives the blocks and their inline tokens; every block that holds prose becomes one paragraph of
// the text, blocks separated by a blank line, as the HTML extractor does.
// - Headings, paragraphs, list items, blockquotes and table cells: their words, whitespace runs
//   collapsed; links keep their text, emphasis and inline code their words; entities decoded.
// - Code blocks are KEPT, as their lines without the fences: the document's text is what the
//   author wrote, and nothing is dropped silently (the analyser finds few claims in code).
// - Images and raw HTML tags give no text (an image's alt text is not the author's prose, and the
//   HTML extractor ignores it too); the words inside an HTML block are kept, scripts' are not.
// - YAML (---) or TOML (+++) front matter is not text; its `title` is the title. Footnote marks
//   ([^1]) are dropped, a footnote's own text kept.
// Title: the front matter's title, else the first heading's text.
// Why marked, not micromark (mdast): micromark is quadratic in the number of containers (200 KB of
// short blockquotes took 45 s here; marked 0.5 s, and 5 MB of them 1.7 s). marked is quadratic
// too on some inline runs (200 KB of "*a" took 5.6 s), so uploads are lexed in the extraction
// worker, with its deadline and heap limit (extract.ts); only the walk over the tokens is here.
import { decodeHTMLStrict } from "entities";
import { parseHTML } from "linkedom";
import { Lexer, type Token, type Tokens } from "marked";
import { AppError } from "@/lib/domain/errors";

export interface MarkdownText {
  text: string;
  title?: string;
}

const FRONT_MATTER = /^(?:---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/;
const FOOTNOTE_MARK = /\[\^[^\]\s]+\]/g;
const FOOTNOTE_LABEL = /^\[\^[^\]\s]+\]:\s*/;
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** The words of an inline run: text, code and link text; a hard line break is a space. */
function words(tokens: Token[] | undefined): string {
  let out = "";
  for (const t of tokens ?? []) {
    if (t.type === "html" || t.type === "image" || t.type === "checkbox") continue;
    else if (t.type === "br") out += " ";
    else if (t.type === "codespan" || t.type === "escape") out += t.text;
    else if ("tokens" in t && t.tokens?.length) out += words(t.tokens);
    else if (t.type === "text") out += decodeHTMLStrict((t as Tokens.Text).text.replace(FOOTNOTE_MARK, ""));
  }
  return out;
}

/** A footnote's definition ("[^1]: words") is a paragraph to marked: its words are text, its label not. */
function withoutFootnoteLabel(tokens: Token[]): Token[] {
  const [first, ...rest] = tokens;
  if (first?.type !== "text" || !FOOTNOTE_LABEL.test(first.text)) return tokens;
  return [{ ...first, text: first.text.replace(FOOTNOTE_LABEL, "") }, ...rest];
}

/** The text of a raw HTML block, without its tags (scripts and styles give none). */
function htmlWords(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll("script,style,template,noscript")) el.remove();
  return collapse(document.body?.textContent ?? "");
}

function blocks(tokens: Token[], out: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case "heading":
      case "paragraph":
      case "text":
        out.push(collapse(words(withoutFootnoteLabel(t.tokens ?? [t]))));
        break;
      case "code":
        out.push(t.text.replace(/\n\s*\n/g, "\n").trim());
        break;
      case "html":
        out.push(htmlWords(t.text));
        break;
      case "table":
        for (const cell of [...t.header, ...t.rows.flat()]) out.push(collapse(words(cell.tokens)));
        break;
      case "list":
        for (const item of t.items) blocks(item.tokens, out);
        break;
      case "blockquote":
        blocks(t.tokens ?? [], out);
        break;
      // def, hr, space, checkbox: no text.
    }
  }
}

function frontMatterTitle(yaml: string): string | undefined {
  const value = /^title\s*[:=]\s*(.+?)\s*$/m.exec(yaml)?.[1]?.replace(/^(["'])(.*)\1$/, "$2");
  return value ? collapse(value) || undefined : undefined;
}

/** The Markdown after its front matter (if any), and the front matter's title. */
export function splitFrontMatter(markdown: string): { body: string; title?: string } {
  const source = markdown.replace(/^\uFEFF/, "");
  const front = FRONT_MATTER.exec(source);
  if (!front) return { body: source };
  return { body: source.slice(front[0].length), title: frontMatterTitle(front[1] ?? front[2] ?? "") };
}

const tooDeep = () => new AppError("VALIDATION", "This Markdown file nests too deeply to be read. Save it as plain text and try again.");

/**
 * marked's tokens (lexed here, or in the extraction worker and sent as JSON) -> the text, and the
 * title: `title`, else the first heading's.
 */
export function markdownTokensToText(lexed: Token[] | string, title?: string): MarkdownText {
  const out: string[] = [];
  let tokens: Token[];
  try {
    tokens = typeof lexed === "string" ? (JSON.parse(lexed) as Token[]) : lexed;
    blocks(tokens, out);
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep();
    throw e;
  }
  const heading = tokens.find((t): t is Tokens.Heading => t.type === "heading");
  return { text: out.filter(Boolean).join("\n\n"), title: title || (heading && collapse(words(heading.tokens))) || undefined };
}

/**
 * A Markdown file's text, blocks separated by blank lines, and its title, lexed in this thread.
 * Uploads go through the extraction worker instead (extract.ts): some inputs take marked seconds.
 */
export function markdownToText(markdown: string): MarkdownText {
  const { body, title } = splitFrontMatter(markdown);
  let tokens: Token[];
  try {
    tokens = Lexer.lex(body, { gfm: true });
  } catch (e) {
    // Thousands of nested blockquotes or lists exhaust the parser's stack: a 400, not a 500.
    if (e instanceof RangeError) throw tooDeep();
    throw e;
  }
  return markdownTokensToText(tokens, title);
}
