/** record:* — the work record (始業・終業, interruptions, permission), kept with the day by the day service. */
import type { DayService } from '../services/day-service.js';
import type { GroupHandlers } from './feature-context.js';

export function recordFeature(days: DayService) {
  const handlers: GroupHandlers<'record'> = {
    'record:clock': ({ date, field, reason }) => days.clockNow(date, field, reason),
    'record:setTime': ({ date, field, minutes, reason }) => days.setRecordTime(date, field, minutes, reason),
    'record:saveInterruption': ({ date, interruption, reason }) => days.saveInterruption(date, interruption, reason),
    'record:deleteInterruption': ({ date, id, reason }) => days.deleteInterruption(date, id, reason),
    'record:setPermission': ({ date, permissionRef }) => days.setPermission(date, permissionRef),
  };
  return { handlers };
}
