/*
 * The app's own typeface, Atkinson Hyperlegible (SIL Open Font License), made by the Braille
 * Institute for readers with low vision: letters that are hard to mistake (I, l and 1; 0 and O),
 * which suits tired eyes in a dark room. It ships with the app and is served from app://, so every
 * screen and the report look the same on every system, whatever fonts it has.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-700.css';

export const APP_FONT_FAMILY = 'Atkinson Hyperlegible';

/**
 * Loads the app's font before the first screen is drawn, so nothing is laid out twice (no jump as
 * the font arrives) and a page printed at once is printed in it. From the app's own files this
 * takes a few milliseconds; if it fails, the system's font stands in.
 */
export async function loadAppFont(): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all(
    ['400', '700'].map((weight) =>
      document.fonts.load(`${weight} 1em "${APP_FONT_FAMILY}"`).catch(() => []),
    ),
  );
}
