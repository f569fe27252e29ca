// The permalink and a ready-made citation. The copy buttons need the script (clipboard), so
// they are hidden without it; the text can always be selected.
import type { Item } from '../../../core/schema.js';
import { citationText } from '../model/cite.js';
import { itemLabel } from '../model/item-heading.js';

export const CiteBox = ({ item, documentTitle, permalink, accessed }: {
  item: Item; documentTitle: string; permalink: string; accessed: string;
}) => {
  const citation = citationText({ item, documentTitle, permalink, label: itemLabel(item), accessed });
  return (
    <aside class="cite-box" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this item</h2>
      <p class="citation" id="citation-text">{citation}</p>
      <p class="permalink">Permalink: <a href={permalink} id="permalink">{permalink}</a></p>
      <div class="button-row js-only">
        <button type="button" class="secondary" data-copy="citation-text">Copy citation</button>
        <button type="button" class="secondary" data-copy="permalink">Copy link</button>
      </div>
      <p class="copy-status" role="status" aria-live="polite"></p>
    </aside>
  );
};
