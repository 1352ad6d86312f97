import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { AppError } from "@/lib/domain/errors";
import { isBlockedAddress, privateUrlsAllowed } from "./address";

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

export interface SafeFetchOptions {
  /** DNS resolver (tests inject one); default: the system's. */
  resolve?: Resolver;
  /** Which addresses are refused; default: isBlockedAddress, or none with WARRANT_ALLOW_PRIVATE_URLS=1. */
  isBlocked?: (ip: string) => boolean;
  maxRedirects?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Media types accepted (lower case, no parameters). */
  accept?: string[];
}

export interface Fetched {
  url: string;
  contentType: string;
  bytes: Buffer;
}

export const FETCHABLE_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
];

const refuse = (message: string) => new AppError("VALIDATION", message, { fields: { url: [message] } });

/**
 * GET a URL for import, defending against SSRF: http(s) only; every hop's host is resolved and
 * refused if ANY answer is a private/loopback/link-local/metadata address; the connection itself
 * uses the checked answer (no second lookup a DNS rebinding could change); at most 5 redirects,
 * each checked the same way; ONE deadline over the whole exchange (DNS, connects, redirects and
 * body: a server dripping a byte at a time cannot hold the request open past it); a size cap
 * while reading; and only the media types we can extract text from.
 */
export async function safeFetch(rawUrl: string, opts: SafeFetchOptions = {}): Promise<Fetched> {
  const { maxRedirects = 5, timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, accept = FETCHABLE_TYPES } = opts;
  const resolve = opts.resolve ?? ((host) => dnsLookup(host, { all: true, verbatim: true }));
  const isBlocked = opts.isBlocked ?? (privateUrlsAllowed() ? () => false : isBlockedAddress);
  // One timer for the whole fetch; every step below gives up when it fires.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(refuse("The site took too long to answer.")), timeoutMs);
  try {
    let url = parseUrl(rawUrl);
    for (let hop = 0; ; hop++) {
      const address = await withDeadline(checkHost(url, resolve, isBlocked), deadline.signal);
      const res = await request(url, address, deadline.signal, maxBytes);
      if (res.status >= 300 && res.status < 400 && res.location) {
        if (hop >= maxRedirects) throw refuse(`The page redirects more than ${maxRedirects} times.`);
        url = parseUrl(new URL(res.location, url).toString());
        continue;
      }
      if (res.status >= 400) throw refuse(`The site answered ${res.status}: Warrant could not fetch the page.`);
      const contentType = (res.contentType ?? "").split(";")[0]!.trim().toLowerCase();
      if (!accept.includes(contentType)) {
        throw new AppError(
          "UNSUPPORTED_MEDIA_TYPE",
          `The URL returned ${contentType || "an unknown type"}; Warrant imports web pages, text, Markdown, PDF and Word files.`,
        );
      }
      return { url: url.toString(), contentType: res.contentType ?? contentType, bytes: res.body };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A step that rejects with the deadline's reason as soon as the deadline passes. */
function withDeadline<T>(step: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolvePromise, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    step.then(resolvePromise, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("Enter an http(s) URL, e.g. https://example.org/article.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("Only http(s) URLs can be imported.");
  if (url.username || url.password) throw refuse("URLs with a user name or password cannot be imported.");
  return url;
}

async function checkHost(url: URL, resolve: Resolver, isBlocked: (ip: string) => boolean) {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let answers: { address: string; family: number }[];
  try {
    answers = /^[\d.]+$|:/.test(host) ? [{ address: host, family: host.includes(":") ? 6 : 4 }] : await resolve(host);
  } catch {
    throw refuse(`The host ${host} could not be found.`);
  }
  if (answers.length === 0) throw refuse(`The host ${host} could not be found.`);
  // All answers, not just the first: otherwise a resolver could mix a private one in.
  if (answers.some((a) => isBlocked(a.address))) throw refuse(`${host} is a private or local address; Warrant only fetches public web pages.`);
  return answers[0]!;
}

function request(url: URL, address: { address: string; family: number }, signal: AbortSignal, maxBytes: number) {
  // Connect to the address we checked, whatever a second DNS query would say.
  const lookup: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else cb(null, address.address, address.family);
  };
  return new Promise<{ status: number; location?: string; contentType?: string; body: Buffer }>((resolvePromise, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.get(
      url,
      { lookup, headers: { "user-agent": "Warrant/0.1 (+fact-check import)", accept: "text/html,text/plain,application/pdf,*/*;q=0.5" } },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          return resolvePromise({ status, location: res.headers.location, body: Buffer.alloc(0) });
        }
        if (Number(res.headers["content-length"] ?? 0) > maxBytes) {
          res.destroy();
          return reject(tooLarge(maxBytes));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > maxBytes) {
            res.destroy();
            return reject(tooLarge(maxBytes));
          }
          chunks.push(c);
        });
        res.on("end", () => resolvePromise({ status, contentType: res.headers["content-type"], body: Buffer.concat(chunks) }));
        res.on("error", (e) => reject(signal.aborted ? (signal.reason as Error) : refuse(`Warrant could not read the page (${e.message}).`)));
      },
    );
    // The fetch's one deadline (not an idle timeout, which each received byte would restart).
    // (At most maxRedirects + 1 listeners per fetch; destroying a finished request does nothing.)
    signal.addEventListener(
      "abort",
      () => {
        reject(signal.reason as Error);
        req.destroy();
      },
      { once: true },
    );
    req.on("error", (e) => reject(e instanceof AppError ? e : refuse(`Warrant could not fetch the page (${(e as NodeJS.ErrnoException).code ?? e.message}).`)));
  });
}

const tooLarge = (max: number) => new AppError("PAYLOAD_TOO_LARGE", `The page is over ${Math.round((max / 1024 / 1024) * 10) / 10} MB.`);
