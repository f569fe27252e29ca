// Replies of other Parties and rounds, written in the layouts of the series (quoted GRETA
// paragraphs, thematic headings, the Committee of the Parties' text quoted, French), against
// gold tables read off them by hand: every item, its fields and links, loss under 1 %.
import { goldSuite } from '../../../test/support/gold-suite.js';
import { GOLD as NORLAND } from './fixtures/cp-reply-r1-norland-2015.gold.js';
import { GOLD as VALMORIE } from './fixtures/cp-reply-r2-valmorie-2018-fr.gold.js';
import { GOLD as KESTRIA } from './fixtures/cp-reply-thematic-r1-kestria-2014.gold.js';
import { GOLD as DURIA } from './fixtures/cp-reply-thematic-r3-duria-2021.gold.js';

goldSuite([
  { name: 'first-round reply quoting numbered GRETA paragraphs and the CP text', gold: NORLAND },
  { name: 'second-round reply in French', gold: VALMORIE },
  { name: 'first-round reply under thematic headings', gold: KESTRIA },
  { name: 'third-round reply under article headings, CP text quoted', gold: DURIA },
]);
