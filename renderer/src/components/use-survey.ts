/**
 * The trial's survey state for the window (issue #17), apart from the offer's component so the
 * shell can ask without loading the survey's words: the offer and its words come only for someone
 * whose organisation file brought a survey.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { SurveyState } from '../../../shared/trial/survey-answers.js';

/** The survey state for `date`; asked only when the settings hold a trial with a survey. */
export function useSurvey(api: TechoApi, date: string | undefined, hasSurvey: boolean) {
  const [state, setState] = useState<SurveyState>();
  const load = useCallback(() => {
    if (!date || !hasSurvey) return setState(undefined);
    void api.surveyState({ date }).then((r) => r.ok && setState(r.data));
  }, [api, date, hasSurvey]);
  useEffect(() => {
    load();
    if (!hasSurvey) return;
    // A 始業 recorded on a telework day (or a changed trial) can make an occasion due.
    const offDay = api.on('day:changed', load);
    const offSettings = api.on('settings:changed', load);
    return () => {
      offDay();
      offSettings();
    };
  }, [api, load, hasSurvey]);
  return { state, setState };
}
