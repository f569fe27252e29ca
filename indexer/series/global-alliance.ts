// The Global Alliance against Child Sexual Abuse Online (an EU–US initiative of 2012): each
// participating country reported on four policy targets, each with operational goals, in the
// templates of 2013 (measures in place; actions the country will undertake) and 2014 (measures
// implemented, progress, follow-up actions). The forms below are the templates' own.
import type { SeriesProfile } from './types.js';

export const globalAlliance: SeriesProfile = {
  id: 'global-alliance',
  bodies: [{ name: 'Global Alliance against Child Sexual Abuse Online', printed: /Global Alliance against Child Sexual Abuse Online/i }],
  grading: [],
};

export const globalAllianceForms = {
  /** "Policy Target No. 1", "Policy target 2:", with the target's statement after it or below. */
  target: /^policy target\s+(?:no\.?\s*)?(\d+)\b\s*[:.–-]?\s*/i,
  /** "Operational Goal:", "Operational Goal 1.2:": the goal's text follows the label. */
  goalLabel: /^\s*\**\s*operational goal\s*(\d+(?:\.\d+)*)?\s*\**\s*:?\s*\**\s*:?\s*/i,
  /** The template's lettered prompts: "A) Please report on …". */
  prompt: /^([A-Z])\)\s+(.+)$/,
  /** A prompt asking what the country will do: its answer states commitments. */
  followUpPrompt: /\bfollow-up\b|\bwill undertake\b|\bwill be undertaken\b|\bplanned actions?\b/i,
  /** An answer to such a prompt that promises nothing. */
  noCommitment: /^(?:no (?:further |specific |new )?(?:actions?|measures?|steps?)\b|none\b|not applicable\b|n\/a\b|nothing (?:further )?(?:is )?planned\b)/i,
};
