/** The week view: Monday to Sunday around a date, each day's plan summed up (breaks left out). */
import { type LocalDate, addDays, weekStart } from '../../shared/calendar/local-date.js';
import type { Week } from '../../shared/ipc/contract.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import type { DayService } from './day-service.js';

export function createWeekService(days: Pick<DayService, 'get'>) {
  return {
    get(date: LocalDate): Week {
      const start = weekStart(date);
      return {
        start,
        days: Array.from({ length: 7 }, (_, i) => {
          const v = days.get(addDays(start, i));
          const work = v.day.blocks.filter((b) => b.kind !== 'break');
          return {
            date: v.day.date,
            info: v.info,
            workStyle: v.day.workStyle,
            telework: v.telework,
            blockCount: work.length,
            plannedMinutes: work.reduce((sum, b) => sum + toMinutes(b.end) - toMinutes(b.start), 0),
            stored: v.stored,
          };
        }),
      };
    },
  };
}
