import { messagesEn, type MessageCatalog } from './catalog-en';

/**
 * The whole catalog main speaks in: English, unless main chose another language at start (the
 * pseudo-locale in tests). One place, so the tray, the notifications, the dialogs and the window
 * all speak the language chosen once.
 */
let inForce: MessageCatalog = messagesEn;

export function setCatalogInForce(catalog: MessageCatalog): void {
  inForce = catalog;
}

export function catalogInForce(): MessageCatalog {
  return inForce;
}
