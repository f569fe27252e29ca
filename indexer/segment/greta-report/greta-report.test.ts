// GRETA evaluation reports of three rounds (English, French), written in the report's layout,
// against gold tables read off them by hand: numbered paragraphs, the graded sentences in
// them, the appendix of proposals with the paragraphs each cites; loss under 1 %.
import { goldSuite } from '../../../test/support/gold-suite.js';
import { GOLD as VALDORIA } from './fixtures/greta-report-r2-valdoria-2019.gold.js';
import { GOLD as LUSANIE } from './fixtures/greta-report-r1-lusanie-2013-fr.gold.js';
import { GOLD as BRELIA } from './fixtures/greta-report-r3-brelia-2023.gold.js';
import { GOLD as NORVENIA } from './fixtures/greta-report-r2-norvenia-2018-text-layer.gold.js';

goldSuite([
  { name: 'second-round report (English)', gold: VALDORIA },
  { name: 'first-round report (French)', gold: LUSANIE },
  { name: 'third-round report, proposals without bullet marks', gold: BRELIA },
  { name: 'second-round report as a PDF text layer: page furniture, plain-digit note markers', gold: NORVENIA },
]);
