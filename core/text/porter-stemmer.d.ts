// natural ships no types for its single files; we import only the Porter stemmer file
// (never the package entry, which pulls in database clients and does not bundle for Workers).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
