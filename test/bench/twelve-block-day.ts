/**
 * The busy day the renderer and scheduler budgets speak of: a telework day with 12 blocks from
 * 08:30 to 17:15 (work of every kind, two 決裁 slots and the lunch 休憩 every new day starts with),
 * stored through the app as the window would.
 */
import type { MainApp } from '../../main/app/create-app.js';
import type { LocalDate } from '../../shared/calendar/local-date.js';
import type { BlockKind } from '../../shared/lists/block-kinds.js';
import type { DayView } from '../../shared/day/day-view.js';
import { call } from './bench-app.js';

/** A Wednesday, not a holiday, so every reminder kind is planned. */
export const BUSY_DATE: LocalDate = '2026-11-25';

const BLOCKS: [start: string, end: string, kind: BlockKind, title: string][] = [
  ['08:30', '09:00', 'coordination', 'メール確認と関係課への連絡'],
  ['09:00', '09:45', 'focus', '協議会委員任命の資料作成・起案'],
  ['09:45', '10:00', 'approval', '電子決裁確認'],
  ['10:00', '10:45', 'meeting', '課内打合せ（オンライン）'],
  ['10:45', '11:30', 'focus', '国のガイドライン確認'],
  ['11:30', '12:00', 'coordination', '県担当者とのメール調整'],
  ['12:00', '13:00', 'break', '休憩'],
  ['13:00', '13:45', 'webTraining', '情報セキュリティ研修（Web）'],
  ['13:45', '14:30', 'focus', '補助金交付申請の審査'],
  ['14:30', '14:45', 'approval', '起案文書の決裁'],
  ['14:45', '16:00', 'focus', '議会答弁資料の下書き'],
  ['16:00', '17:15', 'other', '文書整理・次週の予定整理'],
];

/** Block start times, for benches that wait for a block's reminder. */
export const BUSY_STARTS = BLOCKS.map(([start]) => start);

export async function storeBusyDay(app: MainApp, date: LocalDate = BUSY_DATE): Promise<DayView> {
  let view = await call<DayView>(app, 'day:setWorkStyle', { date, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } });
  for (const [start, end, kind, title] of BLOCKS) {
    if (view.day.blocks.some((b) => b.start === start && b.kind === kind)) continue; // the default 休憩
    const block = { start, end, kind, title, status: 'planned', note: '', inventoryId: null };
    view = await call<DayView>(app, 'day:saveBlock', { date, id: null, block });
  }
  if (view.day.blocks.length !== BLOCKS.length || !view.telework) throw new Error(`the busy day has ${view.day.blocks.length} blocks, not ${BLOCKS.length}`);
  return view;
}
