import type { AppRouteHandler } from '../types.js';
import type { ParagraphRoute, RecommendationRoute } from './refs.routes.js';

export const recommendation: AppRouteHandler<RecommendationRoute> = (c) => {
  const { id } = c.req.valid('param');
  return c.json({ items: c.var.corpus.links.citingRecommendation(id) }, 200);
};

export const paragraph: AppRouteHandler<ParagraphRoute> = (c) => {
  const { n } = c.req.valid('param');
  return c.json({ items: c.var.corpus.links.citingParagraph(n) }, 200);
};
