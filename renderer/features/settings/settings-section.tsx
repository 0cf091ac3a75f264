import type { ReactNode } from 'react';

/**
 * One group of Settings: a real heading in a calm size, a short line saying what the group
 * holds, then its controls. The heading names the region, so a screen reader can jump to it.
 */
export function SettingsSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="settings-section">
      <h2 id={id} className="settings-section__heading" tabIndex={-1}>
        {title}
      </h2>
      <p className="settings-section__intro">{intro}</p>
      {children}
    </section>
  );
}

/** A change that could not be saved, right under the control it concerns. */
export function SaveProblemNote({ message }: { message: string }) {
  return (
    <p className="notice notice--inline" role="alert">
      {message}
    </p>
  );
}

/** A setting that is on or off. */
export function Toggle(props: { label: string; isOn: boolean; onChange(isOn: boolean): void }) {
  return (
    <label className="field field--toggle">
      <input
        type="checkbox"
        checked={props.isOn}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
