/** A file that cannot be read as the format it claims to be; the use case reports it as a 400. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormatError";
  }
}
