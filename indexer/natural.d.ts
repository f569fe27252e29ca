// natural ships no types for its single-file modules; the indexer imports them directly
// to avoid the package entry, which loads database clients at start-up.
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  export default class SentenceTokenizer {
    constructor(abbreviations?: string[], trimSentences?: boolean);
    tokenize(text: string): string[];
  }
}
