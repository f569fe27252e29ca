// A short content hash for asset URLs (/ui/app.js?v=…): a new deployment changes the URL, so
// browsers may cache each version for good. FNV-1a: synchronous and tiny, enough to tell
// versions apart (not a security hash).
export function assetVersion(content: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) {
    hash ^= content.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
