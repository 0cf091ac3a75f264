/**
 * The night volume, 0 to 100 in steps of 5 (stored 0 to 1): one control for Settings and the
 * welcome's sound check, so both move the same setting the same way.
 */
export function VolumeSlider({
  label,
  volume,
  onChange,
}: {
  label: string;
  volume: number;
  onChange(volume: number): void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={5}
        value={Math.round(volume * 100)}
        onChange={(event) => onChange(Number(event.target.value) / 100)}
      />
    </label>
  );
}
