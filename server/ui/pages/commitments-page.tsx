// GET /commitments : what the state promised and whether it delivered: commitments on a
// timeline by deadline, evaluated tasks with their reported fulfilment, and recommendations by
// urgency × theme.
import type { Item } from '../../../core/schema.js';
import type { SearchParams } from '../../../core/search/types.js';
import type { PageContext } from '../../types.js';
import { CommitmentTimeline, timelineYear } from '../components/commitment-timeline.js';
import { Legend, StackedBars } from '../components/stacked-bars.js';
import { UrgencyThemeChart } from '../components/urgency-theme-chart.js';
import { layoutUrgencyThemeChart, stackSegments } from '../model/chart-layout.js';
import { countStatuses, dueYear } from '../model/deadlines.js';
import { statusLabel, URGENCY_ORDER } from '../model/labels.js';
import { corpusDocumentNames } from './page-search.js';
import { renderPage } from './render-page.js';

/** The API's largest page; the view says so when there is more. */
const LIST_LIMIT = 100;
const STATUS_ORDER = ['met', 'partially', 'not-met', 'different'];
const COMMITMENTS_SEARCH = '/?commitment=true&sort=deadline';

async function loadData(c: PageContext) {
  const search = (params: SearchParams) => c.var.reader.search(params);
  // Independent searches: over shards they go out together.
  const [commitments, evaluations, recommendations, ...byUrgency] = await Promise.all([
    search({ filters: { commitment: true }, sort: 'deadline', limit: LIST_LIMIT }),
    search({ filters: { type: ['evaluation'] }, limit: LIST_LIMIT }),
    search({ filters: { type: ['recommendation'] }, limit: 0 }),
    ...URGENCY_ORDER.map((urgency) => search({ filters: { type: ['recommendation'], urgency: [urgency] }, limit: 0 })),
  ]);
  const countsByUrgency = Object.fromEntries(URGENCY_ORDER.map((urgency, k) => [urgency, byUrgency[k].facets.theme]));
  return { commitments, evaluations, totalsByTheme: recommendations.facets.theme, countsByUrgency };
}

const StatCard = ({ value, label }: { value: string; label: string }) => (
  <div class="stat-card"><p class="stat-value">{value}</p><p class="stat-label">{label}</p></div>
);

function yearSpan(items: readonly Item[]): string {
  const years = items.map(timelineYear).filter((y): y is number => y !== undefined);
  if (years.length === 0) return '–';
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return min === max ? String(min) : `${min}–${max}`;
}

const Fulfilment = ({ evaluated }: { evaluated: readonly Item[] }) => {
  const counts = countStatuses(evaluated.map((item) => item.status), STATUS_ORDER);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <div class="fulfilment">
      <Legend entries={counts.map(({ status, count }) => ({ key: status, label: `${statusLabel(status)}: ${count}` }))} />
      <StackedBars
        rows={[{ label: 'Evaluated tasks', total, segments: stackSegments(counts.map(({ status, count }) => ({ key: status, count })), total, 100) }]}
        segmentTitle={(segment) => `${statusLabel(segment.key)}: ${segment.count}`} />
    </div>
  );
};

export async function commitmentsPage(c: PageContext) {
  const data = await loadData(c);
  const documents = corpusDocumentNames(c.var.reader);
  const commitments = data.commitments.hits.map((hit) => hit.item);
  const evaluated = data.evaluations.hits.map((hit) => hit.item).filter((item) => item.status !== undefined);
  const upcoming = commitments.filter((item) => (dueYear(item.deadline) ?? 0) >= new Date().getFullYear()).length;
  const lead = 'What the state has promised – strategy tasks, follow-up actions and dated promises in replies – by the year it is due, next to the tasks of the previous strategy as they were evaluated.';
  return renderPage(c, { title: 'Commitments', description: lead, section: 'commitments' }, (
    <div class="commitments-view">
      <h1 class="page-title">Commitments and fulfilment</h1>
      <p class="lead">{lead}</p>
      <div class="commitments-body">
        <div class="stat-cards">
          <StatCard value={String(data.commitments.count)} label="commitments in the documents" />
          <StatCard value={yearSpan(commitments)} label="years they are due" />
          <StatCard value={String(upcoming)} label="due this year or later" />
          <StatCard value={String(evaluated.length)} label="tasks with reported fulfilment" />
        </div>
        <section class="panel" aria-labelledby="fulfilment-heading">
          <h2 id="fulfilment-heading">Fulfilment reported by evaluations</h2>
          {evaluated.length > 0 ? <Fulfilment evaluated={evaluated} /> : <p>No document in the corpus reports fulfilment yet.</p>}
        </section>
        <section class="panel" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline of deadlines</h2>
          <p class="hint">Commitments by the year they are due; evaluated tasks by the year their timetable ended.{' '}
            <a href={COMMITMENTS_SEARCH}>Open the commitments as a search</a> to filter or export them.</p>
          {data.commitments.count > commitments.length && (
            <p class="notice">Showing {String(commitments.length)} of {String(data.commitments.count)}. <a href={COMMITMENTS_SEARCH}>See them all as a search</a>.</p>
          )}
          <CommitmentTimeline items={[...commitments, ...evaluated]} documentName={documents.name} />
        </section>
        <section class="panel" aria-labelledby="chart-heading">
          <h2 id="chart-heading">Recommendations by urgency and theme</h2>
          <p class="hint">How strongly the monitoring bodies worded their recommendations on each theme. A recommendation counts once under each of its themes.</p>
          <UrgencyThemeChart rows={layoutUrgencyThemeChart({
            urgencies: URGENCY_ORDER, countsByUrgency: data.countsByUrgency, totalsByTheme: data.totalsByTheme, width: 100,
          })} />
        </section>
      </div>
    </div>
  ));
}
