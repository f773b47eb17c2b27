/** A fieldset of check boxes or radio buttons, one per choice, with an error under it. */
export interface Choice {
  key: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function ChoiceGroup({ legend, type, name, choices, error }: { legend: string; type: 'checkbox' | 'radio'; name: string; choices: Choice[]; error?: string | undefined }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="check-list">
        {choices.map((c) => (
          <label key={c.key} className="check">
            <input type={type} name={name} checked={c.checked} onChange={(e) => c.onChange(e.target.checked)} /> {c.label}
          </label>
        ))}
      </div>
      {error && <p className="error-text">{error}</p>}
    </fieldset>
  );
}
