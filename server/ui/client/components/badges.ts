// Small labels that carry meaning in colour and in words, so neither alone is needed.
import { h } from '../dom.js';
import { statusLabel, typeLabel, URGENCY_LABELS, urgencyLabel } from '../labels.js';

export const urgencyBadge = (urgency: string): HTMLElement =>
  h('span', { class: `badge urgency urgency-${urgency}`, title: URGENCY_LABELS[urgency]?.explanation },
    h('span', { class: 'visually-hidden' }, 'Urgency: '), urgencyLabel(urgency));

export const statusBadge = (status: string): HTMLElement =>
  h('span', { class: `badge status status-${status}` },
    h('span', { class: 'visually-hidden' }, 'Fulfilment: '), statusLabel(status));

export const typeTag = (type: string): HTMLElement => h('span', { class: `type-tag type-${type}` }, typeLabel(type));

export const commitmentBadge = (): HTMLElement => h('span', { class: 'badge commitment' }, 'Commitment');
