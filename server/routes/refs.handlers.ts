import type { ItemList } from '../docs/response-schemas.js';
import type { ValidatedHandler } from '../types.js';
import type { ParagraphParamsSchema, RecommendationParamsSchema } from './refs.request.js';

export const recommendation: ValidatedHandler<'param', typeof RecommendationParamsSchema> = (c) => {
  const { id } = c.req.valid('param');
  return c.json<ItemList>({ items: c.var.corpus.links.citingRecommendation(id) }, 200);
};

export const paragraph: ValidatedHandler<'param', typeof ParagraphParamsSchema> = (c) => {
  const { n } = c.req.valid('param');
  return c.json<ItemList>({ items: c.var.corpus.links.citingParagraph(n) }, 200);
};
