// The indexer, top to bottom:
//   read sources (txt | pdf, manifest or inferred metadata)
//   → per document: layout → segment → footnotes (find, resolve, attach) → items
//   → across documents: notes resolved to the cited report's items, review links (positions, cited symbols)
//     → themes → lexicon → analysis → search index
//   → write corpus/ (deterministic)
import type { DocumentMeta, DocumentSummary, Item } from '../core/schema.js';
import { buildSearchEngine, serializeSearchEngine } from '../core/search/index.js';
import { readSources, type ReadFailure } from './read-sources.js';
import { indexDocument } from './index-document.js';
import { chooseKind, kindByName } from './segment/registry.js';
import { genericKind } from './segment/generic/generic.js';
import { assignThemes } from './facets/themes.js';
import { extractDefinedTerms } from './facets/defined-terms.js';
import { documentSymbols } from './facets/document-symbols.js';
import { englishWordList } from './facets/english-word-list.js';
import { computeStats } from './analysis/stats.js';
import { readCommitments } from './analysis/commitments.js';
import { computeRelated } from './analysis/related.js';
import { resolveCrossReferences } from './footnotes/cross-references.js';
import { linkReviewDocuments } from './analysis/review-links.js';
import { computeInputHash } from './input-hash.js';
import { writeCorpus } from './write-corpus.js';
import type { DocumentReport } from './types.js';

export interface IndexerOptions {
  seedsDir: string;
  outDir: string;
  /** Folders of code whose change makes the corpus stale (hashed into report.json). */
  codeDirs?: string[];
}

export interface IndexerRun {
  reports: DocumentReport[];
  failures: ReadFailure[];
  warnings: string[];
  items: Item[];
  inputHash: string;
}

export class NothingIndexedError extends Error {}

export async function runIndexer(options: IndexerOptions): Promise<IndexerRun> {
  const read = await readSources(options.seedsDir);
  const failures = [...read.failures];
  const reports: DocumentReport[] = [];
  const items: Item[] = [];
  const themeHints = new Map<string, string[]>();
  const lexicon: Record<string, Set<string>> = {};
  const documents: DocumentSummary[] = [];
  const indexedMetas: DocumentMeta[] = [];
  const addTerms = (terms: Record<string, string[]>) => {
    for (const [short, longs] of Object.entries(terms)) for (const l of longs) (lexicon[short] ??= new Set()).add(l);
  };

  for (const { doc, warnings } of read.documents) {
    // A document without a manifest entry had its kind detected when it was read: detect again here for the evidence.
    const named = doc.inferred ? undefined : kindByName(doc.meta.kind);
    const choice = named ? undefined : chooseKind(doc.extracted.text);
    const kind = named ?? choice!.kind;
    const evidence = choice
      ? [...choice.detection.evidence, ...choice.others.map((o) => `also looks like ${o.kind} (score ${o.score})`)]
      : undefined;
    if (!named && !doc.inferred) warnings.push(`${doc.meta.file}: kind "${doc.meta.kind}" is not known; read as ${kind.kind}`);
    try {
      const indexed = indexDocument(doc, kind, warnings, evidence);
      if (indexed.items.length === 0 && kind !== genericKind) throw new Error(`the ${kind.kind} reader found no items`);
      items.push(...indexed.items);
      indexed.themeHints.forEach((v, k) => themeHints.set(k, v));
      addTerms(extractDefinedTerms(doc.extracted.text));
      if (kind.abbreviations) addTerms(kind.abbreviations(indexed.layout));
      reports.push(indexed.report);
      indexedMetas.push(indexed.meta);
      const { file: _file, ...meta } = indexed.meta;
      void _file;
      documents.push({
        ...meta,
        items: indexed.items.length,
        lostShare: indexed.report.loss.lostShare,
        ...(indexed.frontMatter ? { frontMatter: indexed.frontMatter } : {}),
        ...(doc.inferred ? { inferred: true } : {}),
      });
    } catch (e) {
      failures.push({ file: doc.meta.file, reason: `could not be segmented: ${(e as Error).message}` });
    }
  }
  if (items.length === 0) {
    const why = failures.map((f) => `${f.file}: ${f.reason}`).join('; ') || 'no .txt or .pdf files';
    throw new NothingIndexedError(`nothing usable was indexed from ${options.seedsDir} (${why})`);
  }

  // A document's notes resolved to the items of the report they cite, now that all are indexed.
  read.warnings.push(...resolveCrossReferences(items, indexedMetas).warnings);
  const reviewLinks = linkReviewDocuments(items, documents);
  read.warnings.push(...reviewLinks.unanswered);
  assignThemes(items, themeHints);
  const withCommitments = readCommitments(items);
  computeRelated(withCommitments, documents);
  const sortedLexicon = Object.fromEntries(
    Object.keys(lexicon).sort().map((k) => [k, [...lexicon[k]].sort()]),
  );
  const engine = buildSearchEngine(withCommitments, {
    abbreviations: sortedLexicon, english: englishWordList(), documentSymbols: documentSymbols(documents),
  });
  const inputHash = await computeInputHash(options.seedsDir, options.codeDirs ?? []);
  await writeCorpus(options.outDir, {
    items: withCommitments,
    documents: documents.map((d) => ({ ...d, items: withCommitments.filter((i) => i.document === d.id).length })),
    searchIndex: serializeSearchEngine(engine),
    lexicon: sortedLexicon,
    stats: computeStats(withCommitments),
    report: { inputHash, documents: reports, failures, warnings: read.warnings },
  });
  return { reports, failures, warnings: read.warnings, items: withCommitments, inputHash };
}

