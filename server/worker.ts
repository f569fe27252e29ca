// Cloudflare Workers entry. wrangler.toml's rules bundle corpus/*.json as Text modules: a
// string JSON.parse'd here costs a fraction of a JSON module's start-up (DESIGN.md), and
// parsing at module scope lets the runtime do it while the connection is still being set up.
import itemsText from '../corpus/items.json';
import documentsText from '../corpus/documents.json';
import searchIndexText from '../corpus/search-index.json';
import statsText from '../corpus/stats.json';
import { createApp } from './app.js';
import { loadCorpus } from './corpus.js';

/** TypeScript types JSON imports as data; under the Text rule they are the file's text. */
const asText = (name: string, module: unknown): string => {
  if (typeof module !== 'string') throw new Error(`corpus/${name} was not bundled as text: check [[rules]] in wrangler.toml`);
  return module;
};

// Items are parsed when an answer needs them: the snapshot carries what search needs about
// every item, and parsing all of them was most of the isolate's start-up (item-store.ts).
const corpus = loadCorpus({
  items: asText('items.json', itemsText),
  documents: asText('documents.json', documentsText),
  searchIndex: asText('search-index.json', searchIndexText),
  stats: asText('stats.json', statsText),
}, { itemParsing: 'on-demand' });

export default createApp(corpus);
