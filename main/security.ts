import type { App, Session, WebContents } from 'electron';

/**
 * Locks down every web contents the app ever creates: no navigation away from the app, no new
 * windows, no `<webview>`. Applied from `web-contents-created`, so nothing can slip past it.
 */
export function guardWebContents(
  contents: WebContents,
  isAllowedUrl: (url: string) => boolean,
  onBlocked: (what: string, url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url)) {
      event.preventDefault();
      onBlocked('navigation', url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedUrl(url)) {
      event.preventDefault();
      onBlocked('redirect', url);
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview', '');
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('new window', url);
    return { action: 'deny' };
  });
}

/** Denies every permission request and check (camera, notifications from pages, and so on). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Applies `guardWebContents` to every web contents the app creates from now on. */
export function guardAllWebContents(
  app: App,
  isAllowedUrl: (url: string) => boolean,
  onBlocked: (what: string, url: string) => void,
): void {
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, isAllowedUrl, onBlocked),
  );
}
