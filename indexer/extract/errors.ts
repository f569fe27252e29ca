// Why a source file could not be read, in words a person can act on. Every message starts
// with the file's name, so a list of failures reads on its own.
export type ExtractErrorCode =
  | 'empty' // no bytes, or only whitespace
  | 'binary' // a text file that holds binary data
  | 'not-pdf' // named .pdf, but no PDF header
  | 'truncated' // a PDF cut short (no end-of-file marker)
  | 'encrypted' // a password-protected PDF
  | 'unreadable' // pdf.js could not parse it, or its reader failed
  | 'timeout' // reading took longer than the time bound
  | 'no-text'; // a PDF without a text layer (a scan)

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ExtractError';
  }
}
