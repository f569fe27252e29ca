// Query strings and paths as sent, before Hono decodes them. Hono keeps a %-sequence that does
// not decode to UTF-8 as literal text (tryDecode), so `q=%FF%FE` would be searched for as the
// six characters "%FF%FE" and `/api/items/%C0%AF` looked up as an id with a percent sign: a
// wrongly encoded request answered as if it had asked for something else. The validators
// refuse such a request instead, naming the parameter (validate.ts).

/** Whether `raw` percent-decodes to text: every %XX sequence well formed and the bytes UTF-8. */
function decodes(raw: string): boolean {
  try {
    decodeURIComponent(raw);
    return true;
  } catch {
    return false;
  }
}

/** The query string of a URL as sent (no `?`, no fragment). */
function rawQuery(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return '';
  const hash = url.indexOf('#', start);
  return url.slice(start + 1, hash < 0 ? undefined : hash);
}

export interface Undecodable {
  /** The parameter's name, decoded when it decodes. */
  param: string;
  /** The part as sent (shortened), for the message. */
  raw: string;
}

const shorten = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);

/** The first query parameter whose name or value does not percent-decode to UTF-8 text. */
export function undecodableQueryParam(url: string): Undecodable | undefined {
  for (const pair of rawQuery(url).split('&')) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' ');
    const value = eq < 0 ? '' : pair.slice(eq + 1).replace(/\+/g, ' ');
    if (!decodes(name)) return { param: name, raw: shorten(name) };
    if (!decodes(value)) return { param: decodeURIComponent(name), raw: shorten(value) };
  }
  return undefined;
}

/** The path of a URL as sent when it does not percent-decode to UTF-8 text, else undefined. */
export function undecodablePath(url: string): string | undefined {
  const path = new URL(url).pathname;
  return decodes(path) ? undefined : shorten(path);
}
