// Related items a reader would follow from an item into the other documents, judged by
// reading the seeds (the same matter followed up: the answer that reports on it, the task
// that implements it, the later recommendation). Precision@3 of an item's related list is
// the share of its first three (or fewer, when fewer are shown) that appear here. The items
// alternate between a development split (the ranking is tuned on it) and a held-out test split,
// fixed before any tuning: the test figure says how the ranking does on items it was not
// tuned on.
import { FS, GA, GR, NS, QR } from './seed-documents.js';

export interface RelatedJudgement {
  source: string;
  split: 'dev' | 'test';
  follow: string[];
  note: string;
}

export const RELATED_JUDGEMENTS: RelatedJudgement[] = [
  {
    source: `${FS}/rec/VI-1`,
    split: 'dev',
    follow: [`${QR}/a/6.1`, `${QR}/q/6.1`, `${QR}/a/7`, `${QR}/q/7`],
    note: 'helplines: the 2018 answers naming the helplines and the hotline of the police',
  },
  {
    source: `${FS}/rec/VI-2`,
    split: 'test',
    follow: [`${QR}/a/6.1`, `${QR}/q/6.1`, `${QR}/a/7`, `${QR}/q/7`],
    note: 'training for helpline staff: what the reply says about the helplines',
  },
  {
    source: `${FS}/rec/II-12`,
    split: 'dev',
    follow: [`${QR}/a/1.1`, `${QR}/a/11`, `${QR}/q/11`, `${QR}/a/14`, `${QR}/q/14`, `${QR}/q/16.1`, `${QR}/q/16.2`, `${QR}/a/16.2`],
    note: 'sexual extortion: sextortion campaign, extortion offences, prosecution challenges, cooperation',
  },
  {
    source: `${FS}/rec/III-24`,
    split: 'test',
    follow: [`${QR}/a/13.follow-up-2.a`, `${QR}/q/13.follow-up-2.a`, `${QR}/a/13.follow-up-2.b`, `${QR}/q/13.follow-up-2.b`, `${GA}/goal/1.1`, `${GA}/goal/1.1/C`, `${GA}/goal/1.1/A`],
    note: 'databases and victim identification: the national database, ICSE, the Global Alliance target',
  },
  {
    source: `${FS}/rec/III-25+III-29`,
    split: 'dev',
    follow: [`${GA}/goal/1.1`, `${GA}/goal/1.1/C`, `${GA}/goal/1.1/A`, `${QR}/a/13.follow-up-2.b`, `${QR}/q/13.follow-up-2.b`, `${QR}/a/16.2`, `${GA}/goal/2.2`, `${GA}/target/1`],
    note: 'inter-Party cooperation to identify victims and perpetrators',
  },
  {
    source: `${FS}/rec/XI-4`,
    split: 'test',
    follow: [`${GR}/rec/1`, `${GR}/reply/1`, `${NS}/task/4.3`, `${GR}/rec/5.2`, `${GR}/reply/5.2`, `${QR}/q/5.1`, `${QR}/a/5.2`],
    note: 'data collection mechanisms and research',
  },
  {
    source: `${FS}/rec/IV-9`,
    split: 'dev',
    follow: [`${QR}/a/12`, `${QR}/q/12`],
    note: 'jurisdiction over offences against nationals: the reply on jurisdiction rules',
  },
  {
    source: `${FS}/rec/VIII-7`,
    split: 'test',
    follow: [`${QR}/a/1.3`, `${QR}/q/1.3`, `${GA}/goal/3.1`, `${GA}/goal/3.1/C`, `${GA}/target/3`],
    note: 'awareness for parents',
  },
  {
    source: `${FS}/rec/IX-6`,
    split: 'dev',
    follow: [`${QR}/a/3`, `${QR}/q/3`, `${QR}/a/1.1`, `${QR}/a/1.2`, `${QR}/q/1.1`],
    note: 'information to children in the curriculum',
  },
  {
    source: `${FS}/rec/III-20`,
    split: 'test',
    follow: [`${QR}/a/15`, `${QR}/q/15`, `${GR}/reply/2/commitment/2`, `${NS}/p/12`, `${GR}/reply/2`],
    note: 'joint training of law enforcement, prosecutors and judges',
  },
  {
    source: `${GR}/rec/7.2`,
    split: 'dev',
    follow: [`${NS}/p/20`, `${QR}/a/6.1`, `${FS}/obs/VI/1`, `${GA}/goal/1.1/B`],
    note: 'compensation of victims',
  },
  {
    source: `${GR}/rec/1`,
    split: 'test',
    follow: [`${NS}/task/4.3`, `${NS}/p/15`, `${NS}/p/64`, `${FS}/rec/XI-4`, `${FS}/rec/XI-1`, `${FS}/rec/XI-2`, `${NS}/p/70`],
    note: 'data collection on trafficking',
  },
  {
    source: `${GR}/rec/3.1`,
    split: 'dev',
    follow: [`${NS}/goal/1`, `${NS}/task/1.1`, `${NS}/task/1.2`, `${NS}/p/24`, `${NS}/p/29`, `${NS}/p/33`, `${NS}/p/40`],
    note: 'child trafficking: the strategy\'s goal 1 and its tasks',
  },
  {
    source: `${GR}/rec/4.1`,
    split: 'test',
    follow: [`${NS}/task/2.1`, `${NS}/task/2.2`, `${NS}/goal/2`, `${NS}/task/2.4`, `${NS}/p/48`, `${NS}/p/30`],
    note: 'formalised identification procedure: indicators and training tasks',
  },
  {
    source: `${GR}/rec/5.1`,
    split: 'dev',
    follow: [`${NS}/task/4.4`, `${NS}/p/71`, `${NS}/task/1.2`, `${NS}/goal/1`, `${NS}/p/55`],
    note: 'national referral mechanism for children',
  },
  {
    source: `${GR}/rec/4.7`,
    split: 'test',
    follow: [`${NS}/task/2.2`, `${NS}/task/2.4`, `${NS}/eval/6`, `${NS}/p/49`, `${NS}/p/19`],
    note: 'training on victim identification',
  },
  {
    source: `${NS}/task/2.3`,
    split: 'dev',
    follow: [`${GR}/rec/2`, `${GR}/reply/2`, `${GR}/rec/4.5`, `${GR}/reply/4.5`, `${GR}/rec/2.2`, `${GR}/reply/2.2`, `${GR}/reply/2/commitment/1`],
    note: 'labour exploitation prevention for workers and employers',
  },
  {
    source: `${NS}/task/3.1`,
    split: 'test',
    follow: [`${GR}/rec/2.2`, `${GR}/reply/2.2`, `${GR}/rec/9.2`, `${GR}/reply/2.1`, `${GR}/rec/2.1`, `${GR}/reply/9.2`],
    note: 'legislative changes against exploitative working conditions',
  },
];
