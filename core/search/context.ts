// What an item does not say itself but a reader takes with it: the question an answer
// answers (a reply's recommendation, a Global Alliance answer's goal), and the lead-in of a
// list an item belongs to ("Does national law criminalise cases when adults:" before
// "possess child self-generated … images?"). Indexed as the weak `context` field, and shown
// with an answer as its question (QuestionRef).
import type { Item } from '../schema.js';
import type { QuestionRef } from './types.js';

/** Item types that answer another item (respondsTo): they are read with what they answer. */
const ANSWERING_TYPES: ReadonlySet<string> = new Set(['answer', 'response', 'commitment']);

type Lookup = (id: string) => Item | undefined;

/** The lead-in of a list item: its parent of the same type, when the item has no title of its own. */
function leadIn(item: Item, lookup: Lookup): Item | undefined {
  if (item.title || !item.parentId) return undefined;
  const parent = lookup(item.parentId);
  return parent && parent.type === item.type ? parent : undefined;
}

/** The item an answer, reply or commitment answers. */
export function answered(item: Item, lookup: Lookup): Item | undefined {
  return item.respondsTo && ANSWERING_TYPES.has(item.type) ? lookup(item.respondsTo) : undefined;
}

/** Text of the context field (indexer side). */
export function contextText(item: Item, byId: ReadonlyMap<string, Item>): string {
  const lookup = (id: string) => byId.get(id);
  const question = answered(item, lookup);
  const parts = question
    ? [question.title, question.text, leadIn(question, lookup)?.text]
    : [leadIn(item, lookup)?.text];
  return parts.filter(Boolean).join(' \n ');
}

/** The question shown with an answer's hit. */
export function questionRef(item: Item, lookup: Lookup): QuestionRef | undefined {
  const question = answered(item, lookup);
  if (!question) return undefined;
  const lead = leadIn(question, lookup);
  return {
    id: question.id, type: question.type, text: question.text,
    ...(question.number ? { number: question.number } : {}),
    ...(question.title ? { title: question.title } : {}),
    ...(lead ? { lead: lead.text } : {}),
  };
}
