import type { ReactNode } from 'react';
import { t, type MessageKey } from '../i18n';

/** A screen's heading and a calm sentence, until the feature behind it lands. */
export function PlaceholderScreen(props: {
  readonly heading: MessageKey;
  readonly text: MessageKey;
  readonly children?: ReactNode;
}) {
  return (
    <>
      <h1 className="screen__heading">{t(props.heading)}</h1>
      <p className="screen__text">{t(props.text)}</p>
      {props.children}
    </>
  );
}
