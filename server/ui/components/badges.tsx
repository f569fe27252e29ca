// Small labels that carry meaning in colour and in words, so neither alone is needed.
import { statusLabel, typeLabel, URGENCY_LABELS, urgencyLabel } from '../model/labels.js';

export const UrgencyBadge = ({ urgency }: { urgency: string }) => (
  <span class={`badge urgency urgency-${urgency}`} title={URGENCY_LABELS[urgency]?.explanation}>
    <span class="visually-hidden">Urgency: </span>{urgencyLabel(urgency)}
  </span>
);

export const StatusBadge = ({ status }: { status: string }) => (
  <span class={`badge status status-${status}`}>
    <span class="visually-hidden">Fulfilment: </span>{statusLabel(status)}
  </span>
);

export const TypeTag = ({ type }: { type: string }) => <span class={`type-tag type-${type}`}>{typeLabel(type)}</span>;

export const CommitmentBadge = () => <span class="badge commitment">Commitment</span>;

/** The tags above an item in a list and on its page. */
export const ItemTags = ({ item, partial }: {
  item: { type: string; urgency?: string; commitment?: boolean; status?: string };
  partial?: boolean;
}) => (
  <>
    <TypeTag type={item.type} />
    {item.urgency && <UrgencyBadge urgency={item.urgency} />}
    {item.commitment && item.type !== 'commitment' && <CommitmentBadge />}
    {item.status && <StatusBadge status={item.status} />}
    {partial && <span class="badge partial" title="Matches only some of the words">Partial match</span>}
  </>
);
