/** A file that cannot be read as the format it claims to be; the use case reports it as a 400. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormatError";
  }
}

/** `content` parsed as JSON, or a FormatError saying the file (`what`) is not JSON. */
export function parseJsonFile(content: string, what = "The file"): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new FormatError(`${what} is not valid JSON.`);
  }
}
