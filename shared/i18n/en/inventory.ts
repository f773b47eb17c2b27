import type { CatalogueShape } from '../catalogue-shape.js';
import type { inventoryJa } from '../ja/inventory.js';

/** English: 業務の棚卸 and its telework fitness. `satisfies` holds it to exactly the keys of ja/inventory.ts. */
export const inventoryEn = {
  inventory: {
    title: 'Task inventory',
    intro: 'Record each of your tasks and whether it can be done by telework. Planning a "not possible" task on a telework day shows a warning.',
    add: 'Add a task',
    taskTitle: 'Task name',
    kind: 'Type',
    fitness: 'Telework',
    reason: 'Reason',
    minutes: 'Usual time (min)',
    note: 'Note',
    save: 'Save task',
    editShort: 'Edit',
    edit: 'Edit "{{title}}"',
    delete: 'Delete "{{title}}"',
    empty: 'No tasks yet.',
  },
  fitness: { yes: 'Telework OK', partial: 'Partly', no: 'Not possible' },
  unfitReasons: { personalInfo: 'Personal data', counter: 'Counter service', coreSystem: 'Core system', paper: 'Paper documents', other: 'Other' },
} as const satisfies CatalogueShape<typeof inventoryJa>;
