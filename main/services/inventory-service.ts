/** 業務の棚卸 entries, stored in inventory.json. */
import { type InventoryInput, type InventoryItem, inventoryItemSchema } from '../../shared/inventory/inventory-schema.js';
import { UserError } from './user-error.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import { listDocument } from '../persistence/list-document.js';
import type { NewId } from '../ports/ids.js';

type Inventory = { items: InventoryItem[] };

export const inventoryDocument: DocumentType<Inventory> = listDocument('items', inventoryItemSchema, 500);

export interface InventoryLookup {
  find(id: string): InventoryItem | undefined;
}

export function createInventoryService(repo: DocumentRepository<Inventory>, newId: NewId) {
  return {
    list: () => repo.load().items,
    find: (id: string) => repo.load().items.find((i) => i.id === id),
    save(id: string | null, input: InventoryInput): InventoryItem[] {
      const items = repo.load().items;
      if (id !== null && !items.some((i) => i.id === id)) throw new UserError('invalid_input', 'day.blockGone');
      const next = id === null ? [...items, { ...input, id: newId() }] : items.map((i) => (i.id === id ? { ...input, id } : i));
      return repo.save({ items: next }).items;
    },
    remove(id: string): InventoryItem[] {
      return repo.save({ items: repo.load().items.filter((i) => i.id !== id) }).items;
    },
    /** Replaces every entry at once (organisation defaults import). */
    replaceAll(items: InventoryInput[]): InventoryItem[] {
      return repo.save({ items: items.map((i) => ({ ...i, id: newId() })) }).items;
    },
  };
}
export type InventoryService = ReturnType<typeof createInventoryService>;
