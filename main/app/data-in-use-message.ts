/**
 * What a second instance says when the data folder is already open elsewhere, in Japanese and in
 * English together: it cannot read the settings to know the user's language (they belong to the
 * instance that holds the folder).
 */
import { formatShortDate } from '../../shared/calendar/japanese-date.js';
import { localDateOf, localMinutesOf } from '../../shared/calendar/local-date.js';
import { translatorFor } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { LockOwner } from '../adapters/data-folder-lock.js';

export interface DataInUse {
  root: string;
  lockPath: string;
  owner: LockOwner | undefined;
  otherHost: boolean;
}

/** 12/1(火) 8:30 — the time the other instance took the folder. */
function since(iso: string, language: Language): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '?';
  const minutes = localMinutesOf(ms);
  return `${formatShortDate(localDateOf(ms), language)} ${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function linesIn(language: Language, inUse: DataInUse): string[] {
  const t = translatorFor(language);
  const { owner } = inUse;
  const who = owner
    ? t(owner.shell === 'electron' ? 'dataLock.ownerElectron' : 'dataLock.ownerPreview', { pid: owner.pid, host: owner.hostname, since: since(owner.startedAt, language) })
    : t('dataLock.ownerUnknown');
  const next = inUse.otherHost
    ? t('dataLock.otherHost', { host: owner?.hostname ?? '?', lockPath: inUse.lockPath })
    : owner?.url
      ? t('dataLock.openPreview', { url: owner.url })
      : owner?.shell === 'electron'
        ? t('dataLock.useElectron')
        : t('dataLock.closeFirst');
  return [t('dataLock.body', { dataDir: inUse.root, owner: who }), next];
}

export function dataInUseMessage(inUse: DataInUse): { title: string; lines: string[] } {
  return {
    title: `${translatorFor('ja')('dataLock.title')} / ${translatorFor('en')('dataLock.title')}`,
    lines: [...linesIn('ja', inUse), '', ...linesIn('en', inUse)],
  };
}
