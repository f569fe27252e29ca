// An item as a tool result shows it: its fields for a program (structured content) and a few
// lines for a model to read, each with the item's page URL and the citation line the page gives
// (core/citation.ts), so an assistant can quote the text, link it and cite it as a person would.
import { citationText, itemApiPath, itemLabel, itemPath, typeLabel } from '../../core/citation.js';
import { itemHeading } from '../ui/model/item-heading.js';
import type { Item } from '../../core/schema.js';
import type { CorpusReader } from '../corpus-reader.js';
import { documentsById } from '../document-titles.js';

export interface ToolContext {
  reader: CorpusReader;
  /** The origin the request reached, e.g. https://search.example.org: links are absolute. */
  origin: string;
  /** Today as YYYY-MM-DD, the "accessed" date of citations. */
  today: string;
}

export interface ItemView {
  id: string;
  title: string;
  type: Item['type'];
  document: string;
  documentTitle: string;
  body: string;
  year?: number;
  number?: string;
  section?: string[];
  urgency?: Item['urgency'];
  addressee?: Item['addressee'];
  themes: string[];
  commitment?: boolean;
  deadline?: string;
  due?: string;
  /** Why the printed deadline cannot be taken at its word ("range ends before it starts"). */
  dueProblem?: string;
  responsible?: string[];
  status?: Item['status'];
  /** UN documents: the document's symbol and session, the States recommending, the State's position. */
  symbol?: string;
  session?: number;
  recommendingStates?: string[];
  position?: Item['position'];
  text: string;
  /** The item's page. */
  url: string;
  /** The API's answer for the item, with footnotes, reply and related items. */
  apiUrl: string;
  citation: string;
}

export function itemView(item: Item, ctx: ToolContext): ItemView {
  const documentTitle = documentsById(ctx.reader.documents).get(item.document)?.title ?? item.document;
  const url = `${ctx.origin}${itemPath(item.id)}`;
  const optional = {
    year: item.year, number: item.number, section: item.section, urgency: item.urgency, addressee: item.addressee,
    commitment: item.commitment, deadline: item.deadline, due: item.due, dueProblem: item.dueProblem, responsible: item.responsible, status: item.status,
    symbol: item.symbol, session: item.session, recommendingStates: item.recommendingStates, position: item.position,
  };
  return {
    id: item.id, title: itemHeading(item), type: item.type, document: item.document, documentTitle, body: item.body,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    themes: item.themes ?? [], text: item.text, url, apiUrl: `${ctx.origin}${itemApiPath(item.id)}`,
    citation: citationText({ item, label: itemLabel(item), documentTitle, permalink: url, accessed: ctx.today }),
  };
}

/** "Recommendation II-6 · Lanzarote Committee factsheet … · 2023" and the lines a model reads. */
/** What an answer, reply or promise answers, as a model reads it: "Answers Question 6.1: What specific …". */
export function answersLine(question: { type: Item['type']; number?: string; lead?: string; text: string }): string {
  return `Answers ${[typeLabel(question.type), question.number].filter(Boolean).join(' ')}: ${[question.lead, question.text].filter(Boolean).join(' ')}`;
}

export function itemLines(view: ItemView, options: { position?: number; note?: string; answers?: string } = {}): string {
  // "Recommendation II-6" says its type already; an item's own title ("Update the manual …") does not.
  const kind = view.title.startsWith(typeLabel(view.type)) ? undefined : typeLabel(view.type);
  const where = [kind, view.documentTitle, view.year].filter((p) => p !== undefined).join(' · ');
  const facts = [
    view.urgency && `urgency: ${view.urgency}`,
    view.deadline && `deadline: ${view.deadline}`,
    view.responsible && `responsible: ${view.responsible.join('; ')}`,
    view.status && `fulfilment: ${view.status}`,
    view.recommendingStates && `recommended by: ${view.recommendingStates.join('; ')}`,
    view.position && `position of the State: ${view.position}`,
  ].filter(Boolean).join(' · ');
  return [
    `${options.position === undefined ? '' : `${options.position}. `}${view.title} — ${where}${options.note ? ` (${options.note})` : ''}`,
    `id: ${view.id}`,
    `url: ${view.url}`,
    ...(facts ? [facts] : []),
    ...(options.answers ? [options.answers] : []),
    view.text,
    `Cite as: ${view.citation}`,
  ].join('\n');
}
