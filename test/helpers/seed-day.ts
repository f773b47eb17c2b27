/**
 * The seed's example day (総務省 事例集, 箕輪町): 9:00〜17:30 in time blocks with two
 * 電子決裁・供覧の確認 and a 12:15 lunch. One copy for the unit tests and the browser journeys.
 */
import type { TechoApi } from '../../shared/ipc/api.js';
import type { BlockInput } from '../../shared/day/day-schema.js';
import type { DayView } from '../../shared/day/day-view.js';
import { ok } from './typed-client.js';

/** A planned block, as a test writes it. */
export const block = (start: string, end: string, title: string, kind: BlockInput['kind'] = 'focus'): BlockInput => ({ start, end, title, kind, status: 'planned', note: '', inventoryId: null });

/** Plans the example day on `date` and returns the day as main answered the last save. */
export async function seedExampleDay(api: TechoApi, date: string): Promise<DayView> {
  await ok(api.daySetHours({ date, hours: { start: '09:00', end: '17:30' } }));
  let view = await ok(api.dayGet({ date }));
  const lunch = view.day.blocks.find((b) => b.kind === 'break')!;
  view = await ok(api.daySaveBlock({ date, id: lunch.id, block: block('12:15', '13:00', '昼休み', 'break') }));
  for (const b of [
    block('09:00', '10:00', '資料作成'),
    block('10:00', '11:00', '協議会委員任命の資料作成'),
    block('11:00', '12:15', '他自治体事例確認・電子決裁確認', 'approval'),
    block('13:00', '14:30', '国のガイドライン確認'),
    block('14:30', '15:00', '電子決裁確認', 'approval'),
    block('15:00', '17:30', '計画書確認'),
  ])
    view = await ok(api.daySaveBlock({ date, id: null, block: b }));
  return view;
}
