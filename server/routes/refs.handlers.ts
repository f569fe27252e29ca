import type { ItemList } from '../docs/response-schemas.js';
import type { AppContext, Validated } from '../types.js';
import type { ParagraphParamsSchema, RecommendationParamsSchema } from './refs.request.js';

export const recommendation = (c: AppContext, { id }: Validated<typeof RecommendationParamsSchema>) => {
  return c.json<ItemList>({ items: c.var.corpus.links.citingRecommendation(id) }, 200);
};

export const paragraph = (c: AppContext, { n }: Validated<typeof ParagraphParamsSchema>) => {
  return c.json<ItemList>({ items: c.var.corpus.links.citingParagraph(n) }, 200);
};
