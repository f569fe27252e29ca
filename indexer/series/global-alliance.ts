// The Global Alliance against Child Sexual Abuse Online (an EU–US initiative of 2012): each
// participating country reported on four policy targets, each with operational goals, in the
// templates of 2013 (commitments and planned actions) and 2014 (measures implemented, progress,
// follow-up actions).
import type { SeriesProfile } from './types.js';

export const globalAlliance: SeriesProfile = {
  id: 'global-alliance',
  bodies: [{ name: 'Global Alliance against Child Sexual Abuse Online', printed: /Global Alliance against Child Sexual Abuse Online/i }],
  grading: [],
};
