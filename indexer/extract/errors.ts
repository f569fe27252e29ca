// Why a source file could not be read, in words a person can act on.
export type ExtractErrorCode = 'empty' | 'binary' | 'not-pdf' | 'truncated' | 'encrypted' | 'unreadable' | 'timeout' | 'no-text';

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
