/**
 * The trial's survey offered in the window (issue #17): a line under the now strip while an
 * occasion is due and neither answered nor declined — never a dialog, nothing blocks. Its live
 * region is always there, so the offer is read out politely when it appears.
 */
import { useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { SurveyState } from '../../../shared/trial/survey-answers.js';

export function SurveyOffer({ api, date, state, onOpen, onChange }: { api: TechoApi; date: string; state: SurveyState | undefined; onOpen: () => void; onChange: (s: SurveyState) => void }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<string>();
  const [error, setError] = useState<string>();
  const due = state?.survey ? state.due : null;
  const decline = async () => {
    if (!due) return;
    const r = await api.surveyDecline({ date, occasion: due });
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setSaid(t('survey.declined'));
    onChange(r.data);
    // The buttons are gone: focus continues at the view's heading, never <body>.
    const heading = document.querySelector<HTMLElement>('#main section h2');
    if (heading) heading.tabIndex = -1;
    heading?.focus();
  };
  // Nothing at all without a survey; with one, a polite live region (not role=status: the views' own status lines keep that role to themselves).
  if (!state?.survey) return null;
  return (
    <div className="survey-offer-area" aria-live="polite">
      {due && state?.trial ? (
        <section className="survey-offer" aria-label={t('survey.offerLabel')}>
          <p>{t('survey.offer', { trial: state.trial.name, occasion: t(`survey.occasions.${due}`) })}</p>
          <div className="actions">
            <button type="button" onClick={onOpen}>
              {t('survey.answer')}
            </button>
            <button type="button" className="secondary" onClick={() => void decline()}>
              {t('survey.decline')}
            </button>
          </div>
          {error && <p className="error-text">{error}</p>}
        </section>
      ) : (
        said && <p className="hint">{said}</p>
      )}
    </div>
  );
}
