// English stop words dropped from the index and from queries. Kept short on purpose:
// words that carry meaning in monitoring texts stay searchable ("not", "no", "without",
// "under" in "under 18", "against" in "violence against children"), and "being" stays
// because "human being(s)" is part of the corpus's core term.
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'also', 'am', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have', 'he', 'her',
  'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'me', 'my', 'of', 'on', 'or',
  'our', 's', 'she', 'should', 'so', 'such', 't', 'than', 'that', 'the', 'their', 'them',
  'then', 'there', 'these', 'they', 'this', 'those', 'to', 'too', 'us', 'was', 'we', 'were',
  'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would',
  'you', 'your',
]);
