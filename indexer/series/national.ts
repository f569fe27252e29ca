// National strategies and action plans: a government or one of its ministries commits to
// tasks, measures or activities, each with the bodies responsible and a deadline. The issuer
// is whoever the title block names ("Ministry of …", "Government of …"), as printed.
import type { SeriesProfile } from './types.js';

export const national: SeriesProfile = {
  id: 'national',
  bodies: [
    {
      // Matched on the title block only; the name as printed becomes the body.
      name: '',
      printed: /\b(?:Ministry|Ministère|Government|Gouvernement|Office|Cabinet|Council of Ministers|Federal Ministry|State Secretariat)\s+(?:of|for|du|de la|des)\s+(?:the\s+)?[\p{Lu}][\p{L}'’ -]*(?:\s+(?:of|and|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’ -]*)*/u,
    },
  ],
  grading: [],
};
