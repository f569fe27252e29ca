// Replies of other Parties and rounds, in the layouts the series uses besides the seed's,
// against gold tables written before the reader ran on them (questionnaire-fixtures.gold.ts).
import { describeGoldFixtures } from '../../../test/support/check-gold.js';
import { QUESTIONNAIRE_FIXTURES } from './questionnaire-fixtures.gold.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

describeGoldFixtures(QUESTIONNAIRE_FIXTURES, FIXTURES);
