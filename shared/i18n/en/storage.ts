import type { CatalogueShape } from '../catalogue-shape.js';
import type { storageJa } from '../ja/storage.js';

/** English: storage notices and refusals (a file damaged, out of reach or held by another app). `satisfies` holds it to exactly the keys of ja/storage.ts. */
export const storageEn = {
  notice: {
    title: 'A saved file had a problem',
    corrupt: 'The file for "{{document}}" was damaged and could not be read. The original was moved aside to the place below; the app started with a fresh one.',
    invalid: 'The file for "{{document}}" held invalid content and could not be read. The original was moved aside to the place below; the app started with a fresh one.',
    newer_version: 'The file for "{{document}}" was saved by a newer version of the app and could not be read. The original was moved aside to the place below.',
    not_own: 'Where the file for "{{document}}" belongs there was something that is not the app\'s own regular file (such as a symbolic link). Nothing was read from or written to where it points. It was not deleted but moved to the place below; the app started with a fresh one. If you did not expect this, contact your IT staff.',
    unreadable: 'The file for "{{document}}" cannot be read ({{reason}}). It was neither moved nor overwritten. Its content is not shown and changes to it are not saved. {{fix}}',
    unwritable: '"{{document}}" cannot be saved ({{reason}}). The changes that could not be saved were not applied. {{fix}}',
    folder_unwritable: 'The data folder cannot be written to ({{reason}}). Your records are shown, but changes are not saved. {{fix}}',
    keptAt: 'Kept at: {{path}}',
    path: 'Location: {{path}}',
    dismiss: 'Understood',
    documents: {
      settings: 'Settings',
      calendar: 'Calendar',
      inventory: 'Task inventory',
      templates: 'Templates',
      daysMonth: 'Day records of {{month}}/{{year}}',
      remindersMonth: 'Reminder log of {{month}}/{{year}}',
      checklistsMonth: 'Preparation checklists of {{month}}/{{year}}',
      focus: 'Focus timer',
      notices: 'Notices',
      'checklist-template': 'Default checklist items',
      'supervisor-checks': 'Supervisor checks',
      'survey-answers': 'Survey answers',
      'data-folder': 'Data folder',
    },
  },
  storage: {
    reasons: {
      permission: 'no permission',
      readOnly: 'read-only',
      noSpace: 'the disk is full',
      busy: 'another program is using it',
    },
    fixes: {
      permission: 'Give the user who runs this app permission to read and write the file and its folder, then restart the app. If you do not know how, pass this message on to your IT staff.',
      readOnly: 'Make the data folder writable again (turn off read-only), or choose a writable place for it, then restart the app.',
      noSpace: 'Free up disk space by deleting files you no longer need, then save again.',
      busy: 'Wait a moment until the other program (such as a virus scanner) has finished with the file, then try again.',
    },
    writeRefused: '"{{document}}" could not be saved ({{reason}}). This change has not been saved. {{fix}} (Location: {{path}})',
    readFailed: '"{{document}}" could not be read ({{reason}}). {{fix}} (Location: {{path}})',
    readRefused: 'The file for "{{document}}" cannot be read ({{reason}}), so changes to it are not saved: saving would lose the content that could not be read. {{fix}} (Location: {{path}})',
  },
  dataLock: {
    title: 'The Telework Techo data is already open elsewhere',
    body: 'This data folder ({{dataDir}}) is already in use by another Telework Techo ({{owner}}). Opening the same data in two places at once would lose what one of them saves, so it is not opened here.',
    ownerElectron: 'the desktop app, process {{pid}} on {{host}}, since {{since}}',
    ownerPreview: 'the browser preview, process {{pid}} on {{host}}, since {{since}}',
    ownerUnknown: 'unknown',
    openPreview: 'The browser preview that has it open is at: {{url}}',
    useElectron: 'Use the window of the desktop app that is running (its icon is in the system tray).',
    otherHost: 'It is open on another computer ({{host}}). Quit the app there, then start it again. If you are sure the app is not running there, delete this file and start again: {{lockPath}}',
    closeFirst: 'To use it somewhere else, quit the one that is running first.',
  },
} as const satisfies CatalogueShape<typeof storageJa>;
