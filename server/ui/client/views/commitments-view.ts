// What the state promised and whether it delivered: commitments on a timeline by deadline,
// evaluated tasks with their reported fulfilment, and recommendations by urgency × theme.
import { search } from '../api.js';
import type { Item, SearchResponse } from '../api-types.js';
import { layoutUrgencyThemeChart } from '../chart-layout.js';
import { dueYear, countStatuses } from '../deadlines.js';
import { h, replaceChildren } from '../dom.js';
import { loadDocumentIndex } from '../documents.js';
import { statusLabel, URGENCY_ORDER } from '../labels.js';
import { commitmentTimeline, timelineYear } from '../components/commitment-timeline.js';
import { legend, stackedBars } from '../components/stacked-bars.js';
import { stackSegments } from '../chart-layout.js';
import { urgencyThemeChart } from '../components/urgency-theme-chart.js';
import { errorMessage } from './error-message.js';
import type { View } from './view.js';

/** The API's largest page; the view says so when there is more. */
const LIST_LIMIT = 100;
const STATUS_ORDER = ['met', 'partially', 'not-met', 'different'];

const query = (params: Record<string, string>) => new URLSearchParams(params);

async function loadData() {
  const [commitments, evaluations, allRecommendations, ...byUrgency] = await Promise.all([
    search(query({ commitment: 'true', sort: 'deadline', limit: String(LIST_LIMIT) })),
    search(query({ type: 'evaluation', limit: String(LIST_LIMIT) })),
    search(query({ type: 'recommendation', limit: '0' })),
    ...URGENCY_ORDER.map((urgency) => search(query({ type: 'recommendation', urgency, limit: '0' }))),
  ]);
  const countsByUrgency = Object.fromEntries(URGENCY_ORDER.map((urgency, i) => [urgency, byUrgency[i].facets.theme]));
  return { commitments, evaluations, totalsByTheme: allRecommendations.facets.theme, countsByUrgency };
}

function statCard(value: string, label: string): HTMLElement {
  return h('div', { class: 'stat-card' }, h('p', { class: 'stat-value' }, value), h('p', { class: 'stat-label' }, label));
}

function yearSpan(items: readonly Item[]): string {
  const years = items.map(timelineYear).filter((y): y is number => y !== undefined);
  if (years.length === 0) return '–';
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return min === max ? String(min) : `${min}–${max}`;
}

function fulfilment(evaluated: readonly Item[]): HTMLElement {
  const counts = countStatuses(evaluated.map((item) => item.status), STATUS_ORDER);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return h('div', { class: 'fulfilment' },
    legend(counts.map(({ status, count }) => ({ key: status, label: `${statusLabel(status)}: ${count}` }))),
    stackedBars([{
      label: 'Evaluated tasks', total,
      segments: stackSegments(counts.map(({ status, count }) => ({ key: status, count })), total, 100),
    }], (segment) => `${statusLabel(segment.key)}: ${segment.count}`));
}

const moreThanShown = (response: SearchResponse, href: string) => response.count > response.hits.length
  && h('p', { class: 'notice' }, `Showing ${response.hits.length} of ${response.count}. `, h('a', { href }, 'See them all as a search'), '.');

export class CommitmentsView implements View {
  private readonly heading = h('h1', { class: 'page-title', tabindex: -1 }, 'Commitments and fulfilment');
  private readonly body = h('div', { class: 'commitments-body', 'aria-busy': 'true' }, h('p', {}, 'Loading…'));
  readonly element = h('div', { class: 'commitments-view' },
    this.heading,
    h('p', { class: 'lead' }, 'What the state has promised – strategy tasks, follow-up actions and dated promises in replies – by the year it is due, next to the tasks of the previous strategy as they were evaluated.'),
    this.body);

  focusTarget(): HTMLElement | null {
    return this.heading;
  }

  async show(): Promise<void> {
    document.title = 'Commitments – Monitoring search';
    try {
      const [data, documents] = await Promise.all([loadData(), loadDocumentIndex()]);
      const commitments: Item[] = data.commitments.hits;
      const evaluated = data.evaluations.hits.filter((item) => item.status !== undefined);
      const upcoming = commitments.filter((item) => (dueYear(item.deadline) ?? 0) >= new Date().getFullYear()).length;
      replaceChildren(this.body,
        h('div', { class: 'stat-cards' },
          statCard(String(data.commitments.count), 'commitments in the documents'),
          statCard(yearSpan(commitments), 'years they are due'),
          statCard(String(upcoming), 'due this year or later'),
          statCard(String(evaluated.length), 'tasks with reported fulfilment')),
        h('section', { class: 'panel', 'aria-labelledby': 'fulfilment-heading' },
          h('h2', { id: 'fulfilment-heading' }, 'Fulfilment reported by evaluations'),
          evaluated.length > 0 ? fulfilment(evaluated) : h('p', {}, 'No document in the corpus reports fulfilment yet.')),
        h('section', { class: 'panel', 'aria-labelledby': 'timeline-heading' },
          h('h2', { id: 'timeline-heading' }, 'Timeline of deadlines'),
          h('p', { class: 'hint' }, 'Commitments by the year they are due; evaluated tasks by the year their timetable ended. ',
            h('a', { href: '/?commitment=true&sort=deadline' }, 'Open the commitments as a search'), ' to filter or export them.'),
          moreThanShown(data.commitments, '/?commitment=true&sort=deadline'),
          commitmentTimeline([...commitments, ...evaluated], documents.name)),
        h('section', { class: 'panel', 'aria-labelledby': 'chart-heading' },
          h('h2', { id: 'chart-heading' }, 'Recommendations by urgency and theme'),
          h('p', { class: 'hint' }, 'How strongly the monitoring bodies worded their recommendations on each theme. A recommendation counts once under each of its themes.'),
          urgencyThemeChart(layoutUrgencyThemeChart({
            urgencies: URGENCY_ORDER, countsByUrgency: data.countsByUrgency, totalsByTheme: data.totalsByTheme, width: 100,
          }))));
    } catch (error) {
      replaceChildren(this.body, errorMessage(error));
    } finally {
      this.body.removeAttribute('aria-busy');
    }
  }
}
