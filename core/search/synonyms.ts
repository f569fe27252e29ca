// Reviewed synonym groups: terms people type differently from how the monitoring bodies
// print them. Every form in a group also finds the others. Keep it small: each entry
// widens every query that uses it, so add one only with evidence from the documents or
// from users' queries, and say where it comes from.
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Lanzarote Committee texts say "sexual extortion"; the press and NGOs say "sextortion".
  ['sextortion', 'sexual extortion'],
  // The Committee prefers CSAM; the Convention (2007) and older national law say
  // "child pornography".
  ['CSAM', 'child sexual abuse material', 'child pornography'],
  // GRETA's standard abbreviation, also defined in its reports.
  ['THB', 'trafficking in human beings'],
  // Article 23 of the Lanzarote Convention names grooming this way.
  ['grooming', 'solicitation of children for sexual purposes'],
  // The Committee and the Czech strategy use both for the same phone/online services.
  ['helpline', 'hotline'],
  // GRETA uses "trafficking in persons" interchangeably with THB (Palermo Protocol wording).
  ['trafficking in persons', 'trafficking in human beings'],
];
