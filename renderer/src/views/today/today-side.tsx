/**
 * The top of Today's side column (issue #16): the day's 所定の勤務時間 and 勤務の記録. A chunk of
 * its own, fetched as Today mounts (the page carries the day, so it follows the plan within a
 * frame or two): the first render draws the now strip and the plan only, which is what the eye
 * and the keyboard reach first (the timeline comes before this column in reading order).
 */
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { DayView } from '../../../../shared/day/day-view.js';
import { DaySettings } from './day-settings.js';
import { RecordPanel } from './record-panel.js';
import type { useDay } from './use-day.js';

type Apply = ReturnType<typeof useDay>['apply'];

export function TodaySide({ api, view, isToday, apply, applyKeepingFocus, say, timeZone }: {
  api: TechoApi;
  view: DayView;
  isToday: boolean;
  apply: Apply;
  applyKeepingFocus: Apply;
  say: (text: string) => void;
  timeZone: string;
}) {
  const { day } = view;
  return (
    <>
      <DaySettings part="hours" key={`hours-${day.date}-${day.hours.start}-${day.hours.end}`} api={api} date={day.date} hours={day.hours} workStyle={day.workStyle} apply={applyKeepingFocus} say={say} />
      <RecordPanel api={api} view={view} apply={apply} say={say} isToday={isToday} timeZone={timeZone} />
    </>
  );
}
