import "server-only";
import { unzipSync } from "fflate";
import { AppError } from "@/lib/domain/errors";
import { MAX_ZIP_ENTRIES, MAX_ZIP_RATIO, MAX_ZIP_UNCOMPRESSED_BYTES, ZIP_RATIO_MIN_BYTES } from "@/lib/validation/limits";

// Decompression bombs: a zip (a .docx is one) declares each entry's compressed and uncompressed
// size in its central directory, at the end of the file. Reading that directory costs nothing;
// inflating a 40 KB entry into 40 MB of XML is what an attacker wants us to do. So the directory
// is read first and the file refused before any byte is inflated. The extraction worker
// (extract-worker.mjs) then counts the bytes it actually inflates, because declared sizes can lie.

const MB = 1024 * 1024;
const tooLarge = (why: string) =>
  new AppError("PAYLOAD_TOO_LARGE", `This Word file is refused: ${why}. Save it again from your word processor, or paste its text.`);

export interface ZipSummary {
  entries: number;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** The zip's declared contents, or a 413 past the limits (lib/validation/limits.ts); a 400 when it is not a zip. */
export function checkZip(bytes: Uint8Array): ZipSummary {
  const summary: ZipSummary = { entries: 0, compressedBytes: 0, uncompressedBytes: 0 };
  try {
    // The filter sees each central-directory record and answers false: nothing is inflated.
    unzipSync(bytes, {
      filter: ({ size, originalSize }) => {
        summary.entries += 1;
        summary.compressedBytes += size;
        summary.uncompressedBytes += originalSize;
        if (summary.entries > MAX_ZIP_ENTRIES) throw tooLarge(`it holds over ${MAX_ZIP_ENTRIES} parts`);
        if (summary.uncompressedBytes > MAX_ZIP_UNCOMPRESSED_BYTES) throw tooLarge(`it would unpack to over ${MAX_ZIP_UNCOMPRESSED_BYTES / MB} MB`);
        if (originalSize > ZIP_RATIO_MIN_BYTES && originalSize > MAX_ZIP_RATIO * Math.max(size, 1))
          throw tooLarge(`one part would unpack ${Math.round(originalSize / Math.max(size, 1))} times larger than it is (at most ${MAX_ZIP_RATIO})`);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("VALIDATION", "This file could not be read as Word (.docx). Is it damaged, or of another type?");
  }
  if (summary.entries === 0) throw new AppError("VALIDATION", "This file could not be read as Word (.docx): it is empty.");
  return summary;
}
