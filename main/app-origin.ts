/** The privileged scheme the built renderer is served from. */
export const APP_SCHEME = 'app';
/** The host part of every app URL. */
export const APP_HOST = 'bedtime';
/** The app's own origin: the only origin that may talk to main. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The renderer's start page. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The app's identity on Windows (notifications, taskbar): the packaged app's `appId`. */
export const APP_USER_MODEL_ID = 'app.bedtimestretch.desktop';

/** Tells whether a URL belongs to the app (its own origin, or the dev server in development). */
export function isAppUrl(rawUrl: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
