// npm run relevance: recall@10, MRR and nDCG@10 of the judged queries (dev and held-out test
// splits), the misses, and precision@3 of related items, over the corpus the server ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '../../core/schema.js';
import { loadSearchEngine } from '../../core/search/index.js';
import { measureRelevance, renderRelevance } from './report.js';

const dir = process.env.CORPUS_DIR ?? join(import.meta.dirname, '..', '..', 'corpus');
const items = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8')) as Item[];
const engine = loadSearchEngine(readFileSync(join(dir, 'search-index.json'), 'utf8'), items);
process.stdout.write(renderRelevance(measureRelevance(engine, items)) + '\n');
