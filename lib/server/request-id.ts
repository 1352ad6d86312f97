// A request id on every request (proxy.ts): the caller's X-Request-Id when it is a sane token (a
// load balancer's or a client's, so logs line up across systems), else a new UUID. It comes back
// in the X-Request-Id response header, on every log line of the request, and in error bodies.

const SANE = /^[A-Za-z0-9._:-]{8,100}$/;

export function requestIdFrom(header: string | null | undefined): string {
  return header && SANE.test(header) ? header : crypto.randomUUID();
}
