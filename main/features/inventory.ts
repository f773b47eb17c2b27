/** inventory:* — the 業務の棚卸 entries a block can refer to. */
import { openDocument } from '../persistence/document-repository.js';
import { createInventoryService, inventoryDocument } from '../services/inventory-service.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function inventoryFeature({ documents, ports }: FeatureContext) {
  const inventory = createInventoryService(openDocument('inventory', inventoryDocument, documents), ports.newId);
  const handlers: GroupHandlers<'inventory'> = {
    'inventory:list': () => inventory.list(),
    'inventory:save': ({ id, item }) => inventory.save(id, item),
    'inventory:delete': ({ id }) => inventory.remove(id),
  };
  return { handlers, inventory };
}
