// The bodies a cell or a "Responsible:" line names, as a list: where commas, semicolons and
// "and" separate bodies and where they belong to one body's name.
import { describe, expect, it } from 'vitest';
import { splitBodies } from './strategy-bodies.js';

const CASES: { input: string; bodies: string[]; cooperating?: string[]; deadline?: string; known?: string[]; note: string }[] = [
  { input: 'Ministry of Labour and Social Affairs', bodies: ['Ministry of Labour and Social Affairs'], note: '"and" inside a ministry\'s name' },
  { input: 'Ministry of Justice and Ministry of the Interior', bodies: ['Ministry of Justice', 'Ministry of the Interior'], note: '"and" between two bodies' },
  { input: "Prosecutor General's Office and the Judicial Council", bodies: ["Prosecutor General's Office", 'the Judicial Council'], note: 'a body named soon after "and the"' },
  { input: 'Information Technology and Communications Department under the Ministry of the Interior', bodies: ['Information Technology and Communications Department under the Ministry of the Interior'], note: 'one department' },
  { input: 'Ministry of Culture, Lithuanian Radio and Television', bodies: ['Ministry of Culture', 'Lithuanian Radio and Television'], note: 'a broadcaster is not a portfolio' },
  { input: 'Ministry of Labour, Family, Social Affairs and Equal Opportunities, Police, NGOs', bodies: ['Ministry of Labour, Family, Social Affairs and Equal Opportunities', 'Police', 'NGOs'], note: 'portfolio words continue a ministry\'s name' },
  { input: 'Service public fédéral Emploi, Travail et Concertation sociale ; Inspection sociale', bodies: ['Service public fédéral Emploi, Travail et Concertation sociale', 'Inspection sociale'], note: 'semicolons separate: the commas are in a name' },
  { input: "Ministère du Travail, de l'Emploi et du Dialogue social", bodies: ["Ministère du Travail, de l'Emploi et du Dialogue social"], note: 'a piece opening with "de" continues the name' },
  { input: 'Ministry of Labour, Social Protection and Family, MIA', bodies: ['Ministry of Labour, Social Protection and Family', 'MIA'], note: 'portfolio' },
  { input: 'Ministry of Employment, Solidarity Fund', bodies: ['Ministry of Employment, Solidarity Fund'], known: ['Ministry of Employment, Solidarity Fund'], note: 'a long name the document\'s abbreviation list gives' },
  { input: 'Ministry of Education and Science, by the end of this year', bodies: ['Ministry of Education and Science'], deadline: 'by the end of this year', note: 'a deadline after the bodies' },
  { input: 'State Labour Inspectorate, Police Department, Beginning from 2002', bodies: ['State Labour Inspectorate', 'Police Department'], deadline: 'Beginning from 2002', note: 'an open start after the bodies' },
  { input: "Prosecutor General's Office and Ministry of Internal Affairs, with the support of OSCE", bodies: ["Prosecutor General's Office", 'Ministry of Internal Affairs'], cooperating: ['OSCE'], note: 'a cooperation marker' },
  { input: "Ministère de l'Intérieur, en lien avec le Ministère de la Justice", bodies: ["Ministère de l'Intérieur"], cooperating: ['Ministère de la Justice'], note: 'a French cooperation marker and its article' },
  { input: 'Office fédéral de la justice (OFJ) et Ministère public de la Confédération', bodies: ['Office fédéral de la justice (OFJ)', 'Ministère public de la Confédération'], note: '"et" between two bodies' },
  { input: 'Centre pour l\'égalité des chances et la lutte contre le racisme', bodies: ['Centre pour l\'égalité des chances et la lutte contre le racisme'], note: '"et la lutte": one centre' },
  { input: 'Office of the Government (Committee on Domestic Violence and Committee on Children)', bodies: ['Office of the Government (Committee on Domestic Violence and Committee on Children)'], note: 'nothing splits inside parentheses' },
];

describe('splitBodies', () => {
  it.each(CASES)('$note', ({ input, bodies, cooperating = [], deadline, known = [] }) => {
    const list = splitBodies(input, { knownNames: known, peelDeadline: true });
    expect(list.bodies).toEqual(bodies);
    expect(list.cooperating).toEqual(cooperating);
    expect(list.deadline).toBe(deadline);
  });
});
